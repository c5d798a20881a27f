#include "app/dbus/plugboardbusobject.h"

#include "app/dbus/appsecretrequest.h"
#include "app/dbus/authorizerequest.h"
#include "app/dbus/businterface.h"
#include "app/dbus/busservice.h"
#include "app/dbus/commandlineprotocol.h"
#include "app/dbus/commandlinetokenrequest.h"
#include "app/dbus/tokenhandout.h"
#include "core/services.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QHash>

namespace Plugboard {

namespace {

/// Each method's input signature, as the XML declares it.
const QHash<QString, QString>& signatures()
{
    static const QHash<QString, QString> table {
        { QStringLiteral("ListConnections"), QString() },
        { QStringLiteral("GetAccessToken"), QStringLiteral("sa{sv}") },
        { CommandLineProtocol::method(), QStringLiteral("sa{sv}") },
        { QStringLiteral("Authorize"), QStringLiteral("sasa{sv}") },
        { QStringLiteral("SetSecret"), QStringLiteral("ss") },
        { QStringLiteral("GetSecret"), QStringLiteral("s") },
        { QStringLiteral("HasSecret"), QStringLiteral("s") },
        { QStringLiteral("DeleteSecret"), QStringLiteral("s") },
    };
    return table;
}

Error invalid(const QString& message)
{
    return { ErrorCode::InvalidArgument, message };
}

/// InvalidArgument unless `text` is a usable name of at most `limit`.
std::optional<Error> checkName(const QString& what, const QString& text, qsizetype limit)
{
    if (text.trimmed().isEmpty())
        return invalid(PlugboardBusObject::tr("The %1 must not be empty.").arg(what));
    if (text.size() > limit)
        return invalid(PlugboardBusObject::tr("The %1 is longer than %2 characters.").arg(what).arg(limit));
    if (text.contains(QChar(0)))
        return invalid(PlugboardBusObject::tr("The %1 must not contain NUL characters.").arg(what));
    return std::nullopt;
}

} // namespace

PlugboardBusObject::PlugboardBusObject(BusService* service)
    : QDBusVirtualObject(service)
    , m_service(service)
{ }

PlugboardBusObject::~PlugboardBusObject() = default;

QString PlugboardBusObject::introspect(const QString& path) const
{
    return path == BusInterface::objectPath() ? BusInterface::introspection() : QString();
}

bool PlugboardBusObject::handleMessage(const QDBusMessage& message, const QDBusConnection& connection)
{
    if (message.type() != QDBusMessage::MethodCallMessage || message.path() != BusInterface::objectPath())
        return false;
    // Introspection and the standard interfaces are Qt's to answer.
    if (!message.interface().isEmpty() && message.interface() != BusInterface::interfaceName())
        return false;
    if (!signatures().contains(message.member()))
        return false;
    dispatch(message, connection);
    return true;
}

void PlugboardBusObject::dispatch(const QDBusMessage& message, const QDBusConnection& connection)
{
    const QString method = message.member();
    const QString expected = signatures().value(method);
    std::optional<Error> refused;
    if (message.signature() != expected)
        refused = invalid(tr("%1 takes arguments of type \"%2\", not \"%3\".")
                              .arg(method, expected, message.signature().left(64)));
    else if (method == QLatin1String("ListConnections"))
        listConnections(message, connection);
    else if (method == QLatin1String("GetAccessToken") || method == CommandLineProtocol::method())
        refused = getAccessToken(message);
    else if (method == QLatin1String("Authorize"))
        refused = authorize(message);
    else
        refused = secretCall(message);
    if (refused)
        connection.send(BusInterface::errorReply(message, *refused));
}

std::optional<Error> PlugboardBusObject::getAccessToken(const QDBusMessage& message)
{
    const QVariantList args = message.arguments();
    const QString connectionId = args.at(0).toString();
    if (std::optional<Error> bad = checkName(tr("connection name"), connectionId, kMaxNameLength))
        return bad;
    Result<BusOptions> options = BusOptions::parse(args.at(1), true);
    if (!options)
        return options.error();
    if (message.member() == CommandLineProtocol::method())
        (new CommandLineTokenRequest(m_service, message, connectionId, options.value().minValidity))->start();
    else
        (new TokenHandout(m_service, message, connectionId, options.value()))->start();
    return std::nullopt;
}

std::optional<Error> PlugboardBusObject::authorize(const QDBusMessage& message)
{
    const QVariantList args = message.arguments();
    const QString platform = args.at(0).toString();
    if (std::optional<Error> bad = checkName(tr("platform"), platform, kMaxNameLength))
        return bad;
    const QStringList scopes = args.at(1).toStringList();
    if (scopes.size() > kMaxScopes)
        return invalid(tr("Ask for at most %1 scopes at once.").arg(kMaxScopes));
    for (const QString& scope : scopes) {
        if (std::optional<Error> bad = checkName(tr("scope"), scope, kMaxNameLength))
            return bad;
    }
    Result<BusOptions> options = BusOptions::parse(args.at(2), false);
    if (!options)
        return options.error();
    (new AuthorizeRequest(m_service, message, platform, scopes, options.value()))->start();
    return std::nullopt;
}

std::optional<Error> PlugboardBusObject::secretCall(const QDBusMessage& message)
{
    const QVariantList args = message.arguments();
    const QString method = message.member();
    const QString key = args.at(0).toString();
    if (std::optional<Error> bad = checkName(tr("secret's key"), key, AppSecretRequest::kMaxKeyLength))
        return bad;
    AppSecretRequest::Operation operation = AppSecretRequest::Operation::Get;
    QString value;
    if (method == QLatin1String("SetSecret")) {
        operation = AppSecretRequest::Operation::Set;
        value = args.at(1).toString();
        if (value.size() > AppSecretRequest::kMaxValueLength || value.contains(QChar(0)))
            return invalid(tr("A secret's value must be text of at most %1 characters, without NUL.")
                               .arg(AppSecretRequest::kMaxValueLength));
    } else if (method == QLatin1String("HasSecret")) {
        operation = AppSecretRequest::Operation::Has;
    } else if (method == QLatin1String("DeleteSecret")) {
        operation = AppSecretRequest::Operation::Delete;
    }
    (new AppSecretRequest(m_service, message, operation, key, value))->start();
    return std::nullopt;
}

void PlugboardBusObject::listConnections(const QDBusMessage& message, const QDBusConnection& connection)
{
    // Metadata only: anyone may list, as with `plugboard-cli list`. Re-read
    // first, so a connection the command line just made is there.
    (void)m_service->services()->connections()->reload();
    connection.send(message.createReply(QVariant::fromValue(m_service->listing())));
}

} // namespace Plugboard
