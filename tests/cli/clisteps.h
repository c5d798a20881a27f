#pragma once

#include "tests/support/cliprocess.h"

#include <QDateTime>

namespace Plugboard::Test {

class FakeOAuthProvider;

/// The steps a script takes with plugboard-cli against the suite's fake
/// provider, shared by the command-line tests. Each returns the finished
/// run (exitCode -1 when it did not finish in time).
namespace CliSteps {

/// The plugboard-cli under test: this build's, or $PLUGBOARD_TEST_CLI when
/// set (to run the same scenarios against another build, such as main's,
/// and see them fail there).
QString program();
CliProcess run(const QStringList& arguments, const QByteArray& input = {});
/// `providers add ID --discover <provider's issuer>`.
CliProcess addProvider(const QString& id, FakeOAuthProvider& provider);
/// `credentials set ID --client-id … --client-secret-stdin`, the secret piped in.
CliProcess setCredentials(const QString& id, FakeOAuthProvider& provider);
/// `connect ID --no-browser`, with FakeBrowser following the printed URL.
CliProcess connect(const QString& id, const QStringList& extraArguments = {});

/// Moves the stored access token's expiry of a connection to `expiresAt`,
/// in the keyring, as time passing would. False when there is none.
bool setTokenExpiry(const QString& platformId, const QString& accountId, const QDateTime& expiresAt);
/// The connection's TokenSet JSON as the keyring holds it (empty if none).
QString storedTokens(const QString& platformId, const QString& accountId);
/// Forgets everything the tests stored: keyring entries, data and settings.
void forgetEverything();

} // namespace CliSteps
} // namespace Plugboard::Test
