#include "tests/realpeers/realpeersteps.h"

#include "tests/cli/clisteps.h"
#include "tests/realpeers/realauthserver.h"
#include "tests/realpeers/realbrowser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

namespace Plugboard::Test::RealPeerSteps {

QString addPublicProvider(RealAuthServer& server)
{
    const CliProcess add = CliSteps::run({ QStringLiteral("providers"), QStringLiteral("add"), kPlatform,
                                           QStringLiteral("--discover"), server.issuer().toString(),
                                           QStringLiteral("--name"), QStringLiteral("Real OIDC") });
    if (add.exitCode != 0)
        return add.err;
    const CliProcess set = CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("set"), kPlatform,
                                           QStringLiteral("--client-id"), RealAuthServer::kPublicClient });
    return set.exitCode == 0 ? QString() : set.err;
}

QJsonObject onlyConnection()
{
    const CliProcess list = CliSteps::run({ QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonArray all = QJsonDocument::fromJson(list.out.toUtf8()).array();
    return all.size() == 1 ? all.first().toObject() : QJsonObject();
}

QString connectionsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/connections.json");
}

CliProcess connectWithCurl(const QString& login)
{
    CliProcess result;
    QProcess cli;
    QSignalSpy finished(&cli, &QProcess::finished);
    QSignalSpy output(&cli, &QProcess::readyReadStandardOutput);
    cli.start(CliSteps::program(),
              { QStringLiteral("connect"), kPlatform, QStringLiteral("--no-browser"),
                QStringLiteral("--timeout"), QStringLiteral("60") });
    QByteArray printed;
    while (!printed.contains('\n') && finished.isEmpty() && (output.wait(20'000) || cli.bytesAvailable() > 0))
        printed += cli.readAllStandardOutput();
    if (printed.contains('\n'))
        RealBrowser::signIn(QUrl::fromEncoded(printed.left(printed.indexOf('\n'))), RealBrowser::Client::Curl,
                            { QStringLiteral("--login"), login });
    if (finished.isEmpty() && !finished.wait(30'000)) {
        cli.kill();
        cli.waitForFinished(5000);
        return result;
    }
    result.exitCode = cli.exitCode();
    result.out = QString::fromUtf8(printed + cli.readAllStandardOutput());
    result.err = QString::fromUtf8(cli.readAllStandardError());
    return result;
}

qint64 memoryKiB(qint64 pid, const char* field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace Plugboard::Test::RealPeerSteps
