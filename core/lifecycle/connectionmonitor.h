#pragma once

#include "core/error.h"
#include "core/storage/connection.h"

#include <QList>
#include <QObject>
#include <QSet>

class QTimer;

namespace Plugboard {

class HealthCheck;
class RefreshScheduler;
class TokenService;

/// The window's and the tray's view of the connections: the one facade they
/// ask. It keeps tokens renewed in the background (RefreshScheduler), runs
/// health checks on request, and reports every connection with the state
/// to show: StateRules::effectiveState(), or Refreshing while this
/// process renews it. Reads metadata only; the keyring is touched by the
/// renewals and checks it starts.
class ConnectionMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMonitor)

public:
    /// `service` must outlive the monitor.
    explicit ConnectionMonitor(TokenService* service, QObject* parent = nullptr);
    ~ConnectionMonitor() override;

    /// Starts renewing tokens before they expire.
    void start();
    RefreshScheduler* scheduler() const { return m_scheduler; }

    /// Every connection, its `state` replaced by the state to show now.
    QList<Connection> connections() const;
    bool isChecking(const QString& connectionId) const { return m_checking.contains(connectionId); }

    /// Confirms with the platform that the connection works (HealthCheck);
    /// a check already running for it is not started twice.
    void checkNow(const QString& connectionId);
    /// checkNow() for every connection, one after another.
    void checkAll();

Q_SIGNALS:
    /// connections() changed: metadata, a renewal starting or ending, a
    /// connection turning Expiring with time. Emitted once per turn of the
    /// event loop, however many of those happened in it.
    void changed();
    /// A check ended; `error` says why it failed (None when it worked).
    /// `verified` is false when the platform offers nothing to check with
    /// (HealthCheck::verifiedAtPlatform()).
    void checkFinished(const QString& connectionId, const Plugboard::Error& error, bool verified);

private:
    void onRefreshStarted(const QString& connectionId);
    void onRefreshFinished(const QString& connectionId);
    void onChecked(HealthCheck* check);
    void checkNextQueued();
    void announce();

    TokenService* m_service = nullptr;
    RefreshScheduler* m_scheduler = nullptr;
    QTimer* m_announce = nullptr; ///< folds the changes of one event-loop turn into one changed()
    QSet<QString> m_refreshing;
    QSet<QString> m_checking;
    QStringList m_queued; ///< checkAll(): checks still to run
};

} // namespace Plugboard
