#pragma once

#include "tests/support/cliprocess.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Plugboard::Test {

class RealAuthServer;

/// Steps shared by the tests that drive plugboard-cli against the real
/// authorization server: one provider, "realoidc", with the public client.
namespace RealPeerSteps {

inline const QString kPlatform = QStringLiteral("realoidc");

/// `providers add realoidc --discover <issuer>` and `credentials set` with
/// the public client; the error output, empty on success.
QString addPublicProvider(RealAuthServer& server);
/// The only connection `list --json` shows, or an empty object.
QJsonObject onlyConnection();
/// Where plugboard-cli keeps its connection metadata.
QString connectionsFile();
/// `plugboard-cli connect realoidc --no-browser` with curl signing in as
/// `login`; the finished run (exitCode -1 when it did not finish in time).
CliProcess connectWithCurl(const QString& login = QStringLiteral("alice"));
/// Reads /proc/PID/status: the "VmRSS" or "VmHWM" line, in KiB (0 if none).
qint64 memoryKiB(qint64 pid, const char* field);

} // namespace RealPeerSteps
} // namespace Plugboard::Test
