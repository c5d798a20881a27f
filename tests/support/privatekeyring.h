#pragma once

#include <QString>

namespace Plugboard::Test {

/// Tells whether this process runs inside the suite's private D-Bus session
/// with its own unlocked gnome-keyring (started by scripts/build-and-test.sh).
/// Keyring tests call this first and *fail* when it is missing: they must
/// never write into a real user's keyring, and never pass by skipping.
namespace PrivateKeyring {

bool isActive();
QString whyNotActive();

} // namespace PrivateKeyring
} // namespace Plugboard::Test
