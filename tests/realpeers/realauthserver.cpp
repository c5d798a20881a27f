#include "tests/realpeers/realauthserver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>

namespace Plugboard::Test {

namespace {

constexpr int kStartTimeoutMs = 30'000;
constexpr int kCallTimeoutMs = 10'000;

} // namespace

QString RealAuthServer::harnessFolder()
{
    return QStringLiteral(PLUGBOARD_REALPEERS_DIR);
}

QString RealAuthServer::missingPrerequisite()
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return QStringLiteral("Node.js is not installed (apt-get install nodejs npm); the real-server tests "
                              "need it.");
    if (!QFileInfo::exists(harnessFolder() + QStringLiteral("/node_modules/oidc-provider/package.json")))
        return QStringLiteral("The pinned npm packages are missing: run `npm ci` in %1 "
                              "(scripts/build-and-test.sh does).")
            .arg(harnessFolder());
    return {};
}

RealAuthServer::RealAuthServer(int accessTokenTtlSeconds)
{
    m_startError = missingPrerequisite();
    if (!m_startError.isEmpty())
        return;
    m_process.setWorkingDirectory(harnessFolder());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral("node"),
                    { QStringLiteral("oidc-server.mjs"), QStringLiteral("--access-token-ttl"),
                      QString::number(accessTokenTtlSeconds) });
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        m_startError = QStringLiteral("node did not start: ") + m_process.errorString();
        return;
    }
    // One JSON line announces the issuer; the event loop keeps running so
    // nothing else in the test stalls meanwhile.
    QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
    QByteArray line;
    while (!line.contains('\n') && m_process.state() == QProcess::Running
           && (m_process.bytesAvailable() > 0 || output.wait(kStartTimeoutMs)))
        line += m_process.readAllStandardOutput();
    const QJsonObject ready = QJsonDocument::fromJson(line.trimmed()).object();
    m_issuer = QUrl(ready.value(QStringLiteral("issuer")).toString());
    if (!m_issuer.isValid())
        m_startError = QStringLiteral("oidc-server.mjs did not announce its issuer: ")
            + QString::fromUtf8(line + m_process.readAllStandardError());
}

RealAuthServer::~RealAuthServer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the server exits when its stdin closes
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonObject RealAuthServer::call(const QByteArray& verb, const QString& pathAndQuery)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_issuer.toString() + pathAndQuery));
    request.setTransferTimeout(kCallTimeoutMs);
    QNetworkReply* reply = network.sendCustomRequest(request, verb);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kCallTimeoutMs);
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return object;
}

QJsonObject RealAuthServer::stats()
{
    return call("GET", QStringLiteral("/test/stats"));
}

void RealAuthServer::resetStats()
{
    call("POST", QStringLiteral("/test/reset-stats"));
}

void RealAuthServer::setAccessTokenTtl(int seconds)
{
    call("POST", QStringLiteral("/test/ttl?access=%1").arg(seconds));
}

bool RealAuthServer::isActive(const QString& token)
{
    return call("GET",
                QStringLiteral("/test/introspect?token=")
                    + QString::fromLatin1(QUrl::toPercentEncoding(token)))
        .value(QStringLiteral("active"))
        .toBool();
}

QStringList RealAuthServer::issuedTokens()
{
    const QJsonObject tokens = call("GET", QStringLiteral("/test/tokens"));
    QStringList all;
    for (const QString& kind : { QStringLiteral("access"), QStringLiteral("refresh") }) {
        const QJsonArray list = tokens.value(kind).toArray();
        for (const QJsonValue& value : list)
            all.append(value.toString());
    }
    return all;
}

} // namespace Plugboard::Test
