#pragma once

#include <QByteArray>

namespace Plugboard::SecureRandom {

/// `count` bytes from the kernel's CSPRNG (getrandom, through
/// QRandomGenerator::system()). Used for OAuth state and PKCE verifiers, where a predictable value lets
/// another program on the machine complete someone else's login.
QByteArray bytes(int count);

/// `byteCount` random bytes as unpadded base64url text (RFC 4648 §5), the
/// alphabet OAuth allows in state and code_verifier without escaping.
QByteArray urlSafeToken(int byteCount);

/// Compares two secrets in time that depends only on their length, so a
/// callback's state cannot be guessed byte by byte from response timing.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

} // namespace Plugboard::SecureRandom
