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

// Runs a harness script with `input` on its standard input (never in
// arguments: it carries codes) and returns the JSON line it printed.
QJsonObject runHarness(const QString& script, const QStringList& arguments, const QByteArray& input)
{
    if (const QString missing = RealAuthServer::missingPrerequisite(); !missing.isEmpty())
        return harnessError(missing);
    QProcess process;
    process.setWorkingDirectory(RealAuthServer::harnessFolder());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(
        QStringLiteral("node"),
        QStringList { script, QStringLiteral("--timeout-ms"), QString::number(kSignInTimeoutMs - 10'000) }
            + arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(kSignInTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return harnessError(script + QStringLiteral(" did not finish in time"));
    }
    const QByteArray out = process.readAllStandardOutput();
    const QJsonObject result = QJsonDocument::fromJson(out.trimmed()).object();
    if (process.exitCode() != 0 || result.isEmpty())
        return harnessError(QStringLiteral("%1 failed (exit %2): %3")
                                .arg(script)
                                .arg(process.exitCode())
                                .arg(QString::fromUtf8(process.readAllStandardError() + out)));
    return result;
}

} // namespace

QJsonObject signIn(const QUrl& authorizationUrl, Client client, const QStringList& extraArguments)
{
    return runHarness(
        QStringLiteral("signin.mjs"),
        QStringList { QStringLiteral("--client"),
                      client == Client::Chromium ? QStringLiteral("chromium") : QStringLiteral("curl") }
            + extraArguments,
        authorizationUrl.toEncoded() + '\n');
}

QJsonObject approveDevice(const QUrl& verificationUrl, const QString& userCode,
                          const QStringList& extraArguments)
{
    return runHarness(QStringLiteral("device.mjs"), extraArguments,
                      verificationUrl.toEncoded() + '\n' + userCode.toUtf8() + '\n');
}

} // namespace Plugboard::Test::RealBrowser
