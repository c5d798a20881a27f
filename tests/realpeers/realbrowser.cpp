#include "tests/realpeers/realbrowser.h"

#include "tests/realpeers/realauthserver.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

namespace Plugboard::Test::RealBrowser {

namespace {

constexpr int kSignInTimeoutMs = 90'000;

QJsonObject harnessError(const QString& why)
{
    return { { QStringLiteral("harness_error"), why } };
}

} // namespace

QJsonObject signIn(const QUrl& authorizationUrl, Client client, const QStringList& extraArguments)
{
    if (const QString missing = RealAuthServer::missingPrerequisite(); !missing.isEmpty())
        return harnessError(missing);
    QProcess process;
    process.setWorkingDirectory(RealAuthServer::harnessFolder());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(
        QStringLiteral("node"),
        QStringList { QStringLiteral("signin.mjs"), QStringLiteral("--client"),
                      client == Client::Chromium ? QStringLiteral("chromium") : QStringLiteral("curl"),
                      QStringLiteral("--timeout-ms"), QString::number(kSignInTimeoutMs - 10'000) }
            + extraArguments);
    process.write(authorizationUrl.toEncoded() + '\n');
    process.closeWriteChannel();
    if (!finished.wait(kSignInTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return harnessError(QStringLiteral("signin.mjs did not finish in time"));
    }
    const QByteArray out = process.readAllStandardOutput();
    const QJsonObject result = QJsonDocument::fromJson(out.trimmed()).object();
    if (process.exitCode() != 0 || result.isEmpty())
        return harnessError(QStringLiteral("signin.mjs failed (exit %1): %2")
                                .arg(process.exitCode())
                                .arg(QString::fromUtf8(process.readAllStandardError() + out)));
    return result;
}

} // namespace Plugboard::Test::RealBrowser
