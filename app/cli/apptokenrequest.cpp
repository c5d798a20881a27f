#include "app/cli/apptokenrequest.h"

#include "app/dbus/businterface.h"
#include "app/dbus/commandlineprotocol.h"
#include "app/dbus/instancesocket.h"
#include "core/applicationinfo.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

namespace Plugboard::Cli {

namespace {

Q_LOGGING_CATEGORY(lcAppToken, "plugboard.cli.app")

/// What the app says when the connection itself failed: reading the keyring
/// would end the same way, after a second renewal attempt at the platform.
bool isConnectionError(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidGrant:
    case ErrorCode::MissingCredentials:
    case ErrorCode::InvalidClient:
    case ErrorCode::InvalidScope:
    case ErrorCode::ExchangeFailed:
    case ErrorCode::DiscoveryFailed:
    case ErrorCode::Network:
    case ErrorCode::Tls:
    case ErrorCode::Timeout:
        return true;
    default:
        return false;
    }
}

QDateTime utcOrInvalid(qint64 msecs)
{
    return msecs > 0 ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC) : QDateTime();
}

} // namespace

AppTokenRequest::AppTokenRequest(const QString& connectionId, std::chrono::seconds minValidity,
                                 QObject* parent)
    : Job(parent)
    , m_connectionId(connectionId)
    , m_minValidity(minValidity)
{ }

AppTokenRequest::~AppTokenRequest() = default;

bool AppTokenRequest::appMayBeRunning()
{
    return InstanceSocket::exists(ApplicationInfo::appId());
}

bool AppTokenRequest::takeAlreadyAsked()
{
    const bool asked = qEnvironmentVariableIsSet(kAskedVariable);
    qunsetenv(kAskedVariable);
    return asked;
}

void AppTokenRequest::run()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        emitFinished({ ErrorCode::KeyringUnavailable, QStringLiteral("no session bus") });
        return;
    }
    QDBusMessage call
        = QDBusMessage::createMethodCall(BusInterface::serviceName(), BusInterface::objectPath(),
                                         BusInterface::interfaceName(), CommandLineProtocol::method());
    call << m_connectionId
         << QVariantMap { { QStringLiteral("min_validity"), quint32(m_minValidity.count()) },
                          { QStringLiteral("interactive"), false } };
    // Asking must not start the app: only a running app has tokens in memory.
    call.setAutoStartService(false);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, CommandLineProtocol::kDeadlineMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &AppTokenRequest::onReply);
}

void AppTokenRequest::onReply(QDBusPendingCallWatcher* watcher)
{
    watcher->deleteLater();
    const QDBusMessage reply = watcher->reply();
    if (reply.type() == QDBusMessage::ErrorMessage) {
        const std::optional<ErrorCode> code = CommandLineProtocol::codeOf(reply.errorName());
        m_final = code && isConnectionError(*code);
        qCDebug(lcAppToken) << "the app did not hand out the token:" << reply.errorName();
        emitFinished({ code.value_or(ErrorCode::KeyringUnavailable), reply.errorMessage() });
        return;
    }
    const QVariantList values = reply.arguments();
    if (reply.signature() != QLatin1String("ssxxasb") || values.size() != 6) {
        emitFinished({ ErrorCode::KeyringUnavailable, QStringLiteral("unexpected answer") });
        return;
    }
    m_tokens.accessToken = values.at(0).toString();
    m_tokens.tokenType = values.at(1).toString();
    m_tokens.expiresAt = utcOrInvalid(values.at(2).toLongLong());
    m_tokens.obtainedAt = utcOrInvalid(values.at(3).toLongLong());
    m_tokens.grantedScopes = values.at(4).toStringList();
    m_renewable = values.at(5).toBool();
    qCDebug(lcAppToken) << "the running app handed out" << m_connectionId;
    emitFinished(m_tokens.accessToken.isEmpty()
                     ? Error { ErrorCode::KeyringUnavailable, QStringLiteral("empty") }
                     : Error {});
}

} // namespace Plugboard::Cli
