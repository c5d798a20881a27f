#include "app/dbus/busservice.h"

#include "app/dbus/businterface.h"
#include "app/dbus/consentprompter.h"
#include "app/dbus/plugboardbusobject.h"
#include "core/lifecycle/staterules.h"
#include "core/services.h"

#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QLoggingCategory>

namespace Plugboard {

namespace {

Q_LOGGING_CATEGORY(lcBus, "plugboard.dbus")

/// Enough for every program of a session; past it the cache starts over.
constexpr qsizetype kMaxRememberedCallers = 512;

} // namespace

BusService::BusService(Services* services, ConsentPrompter* prompter, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_bus(QStringLiteral("unconnected"))
    , m_consentTimeout(std::chrono::seconds(60))
{
    qDBusRegisterMetaType<QList<QVariantMap>>();
    m_object = new PlugboardBusObject(this);
    m_grantUses = new GrantUseBook(m_services->connections(), this);
    connect(m_services->connections(), &ConnectionStore::changed, this, &BusService::announceChanges);
    // Lookups compare with the metadata anyway; these drop stale tokens
    // from memory as soon as the change is known.
    connect(m_services->connections(), &ConnectionStore::changed, this,
            [this] { m_memory.prune(m_services->connections()->connections()); });
    connect(m_services->tokens(), &TokenService::refreshStarted, this,
            [this](const QString& connectionId) { m_memory.forget(connectionId); });
}

BusService::~BusService()
{
    if (!m_serving)
        return;
    m_bus.unregisterObject(BusInterface::objectPath());
    m_bus.unregisterService(BusInterface::serviceName());
}

Result<void> BusService::start(const QDBusConnection& bus)
{
    m_bus = bus;
    if (!m_bus.isConnected())
        return Error { ErrorCode::StorageFailed,
                       tr("Other applications cannot use your connections: the session bus is not "
                          "reachable (%1).")
                           .arg(m_bus.lastError().message()) };
    if (!m_bus.registerVirtualObject(BusInterface::objectPath(), m_object))
        return Error { ErrorCode::StorageFailed,
                       tr("Other applications cannot use your connections: the D-Bus object could not be "
                          "registered.") };
    if (!m_bus.registerService(BusInterface::serviceName())) {
        m_bus.unregisterObject(BusInterface::objectPath());
        return Error { ErrorCode::StorageFailed,
                       tr("Other applications cannot use your connections through this window: another "
                          "program already serves %1.")
                           .arg(BusInterface::serviceName()) };
    }
    m_serving = true;
    m_announced = listing();
    qCInfo(lcBus) << "serving" << BusInterface::serviceName();
    return {};
}

QList<QVariantMap> BusService::listing() const
{
    QList<QVariantMap> list;
    const TokenService* tokens = m_services->tokens();
    for (const Connection& connection : m_services->connections()->connections()) {
        const std::optional<PlatformRecord> record = tokens->record(connection.platformId);
        const ConnectionState state = StateRules::shownState(connection, record ? &*record : nullptr);
        list.append({
            { QStringLiteral("id"), connection.id() },
            { QStringLiteral("platform"), connection.platformId },
            { QStringLiteral("account"), connection.accountName },
            { QStringLiteral("state"), stateName(state) },
            { QStringLiteral("scopes"), connection.grantedScopes },
            { QStringLiteral("expires_at"),
              connection.expiresAt.isValid() ? connection.expiresAt.toSecsSinceEpoch() : qint64(0) },
        });
    }
    return list;
}

std::optional<CallerApplication> BusService::knownCaller(const QString& sender) const
{
    const auto it = m_callers.constFind(sender);
    return it == m_callers.cend() ? std::nullopt : std::optional(*it);
}

void BusService::rememberCaller(const QString& sender, const CallerApplication& caller, qint64 pid)
{
    if (m_callers.size() >= kMaxRememberedCallers) {
        m_callers.clear();
        m_callerPids.clear();
    }
    m_callers.insert(sender, caller);
    m_callerPids.insert(sender, pid);
}

void BusService::announceChanges()
{
    if (!m_serving)
        return;
    QList<QVariantMap> now = listing();
    if (now == m_announced)
        return;
    m_announced = std::move(now);
    m_bus.send(QDBusMessage::createSignal(BusInterface::objectPath(), BusInterface::interfaceName(),
                                          QStringLiteral("ConnectionsChanged")));
}

} // namespace Plugboard
