#pragma once

#include "app/dbus/consentprompter.h"
#include "app/dbus/grantusebook.h"
#include "app/dbus/tokenmemory.h"
#include "core/access/callerapplication.h"
#include "core/result.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

#include <chrono>
#include <optional>

namespace Plugboard {

class PlugboardBusObject;
class Services;

/// Serves org.plugboard.Plugboard1 on the session bus for the desktop app:
/// registers the object and the name, answers each call with a request job
/// (parented here, so none outlives the services it uses), and announces
/// ConnectionsChanged whenever what ListConnections returns changes, also
/// when another process (plugboard-cli) changed it.
class BusService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusService)

public:
    /// `services` must outlive the service; `prompter` asks the user (null:
    /// every question is denied, as without a display).
    BusService(Services* services, ConsentPrompter* prompter, QObject* parent = nullptr);
    ~BusService() override;

    /// Registers the object and takes the bus name; fails when the bus is
    /// unreachable or another process holds the name.
    Result<void> start(const QDBusConnection& bus = QDBusConnection::sessionBus());
    bool isServing() const { return m_serving; }

    /// How long a consent question waits for the user (tests shorten it).
    void setConsentTimeout(std::chrono::milliseconds timeout) { m_consentTimeout = timeout; }
    std::chrono::milliseconds consentTimeout() const { return m_consentTimeout; }

    Services* services() const { return m_services; }
    ConsentPrompter* prompter() const { return m_prompter; }
    QDBusConnection bus() const { return m_bus; }

    /// ListConnections' answer: one dict per connection, metadata only.
    QList<QVariantMap> listing() const;

    /// The application behind a bus name already looked up: unique names
    /// are never reused while the bus runs, so the answer holds.
    std::optional<CallerApplication> knownCaller(const QString& sender) const;
    /// The process id behind a bus name already looked up; 0 when unknown.
    qint64 knownCallerPid(const QString& sender) const { return m_callerPids.value(sender); }
    void rememberCaller(const QString& sender, const CallerApplication& caller, qint64 pid);

    /// The access tokens handed out lately (never a refresh token): the
    /// next hand-out of a connection whose metadata has not changed needs
    /// no keyring read. Emptied of a connection when it changes anywhere.
    TokenMemory* tokenMemory() { return &m_memory; }
    /// Where hand-outs under a grant are counted (written in batches).
    GrantUseBook* grantUses() { return m_grantUses; }

public Q_SLOTS:
    /// Sends ConnectionsChanged if the listing differs from the last one
    /// announced (connected to every change of the connection store).
    void announceChanges();

private:
    Services* m_services = nullptr;
    QPointer<ConsentPrompter> m_prompter;
    QDBusConnection m_bus;
    PlugboardBusObject* m_object = nullptr;
    QHash<QString, CallerApplication> m_callers;
    QHash<QString, qint64> m_callerPids;
    TokenMemory m_memory;
    GrantUseBook* m_grantUses = nullptr; ///< a child: flushed before the services go
    QList<QVariantMap> m_announced;
    std::chrono::milliseconds m_consentTimeout;
    bool m_serving = false;
};

} // namespace Plugboard
