#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <chrono>

class QTimer;

namespace Plugboard {

struct Connection;
class TokenService;
class ValidTokenJob;

/// Renews tokens shortly before they expire while the app runs: one
/// single-shot timer per connection that can renew itself, due kLead (plus
/// up to kMaxJitter, so several Plugboard processes and connections do not
/// all fire at once) before its expiry. No polling: with nothing due,
/// nothing wakes up.
///
/// A Degraded connection is retried with StateRules::retryDelay()
/// backoff. Connections that need the user (NeedsReconnect, Error) get no
/// timer. Those that cannot renew themselves get one timer at the moment
/// they turn Expiring and one at expiry, through stateChangeDue(), so the
/// window and tray can say so in time.
///
/// Follows the ConnectionStore by itself: start() once.
class RefreshScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshScheduler)

public:
    static constexpr std::chrono::minutes kLead { 5 };
    static constexpr std::chrono::seconds kMaxJitter { 30 };

    explicit RefreshScheduler(TokenService* service, QObject* parent = nullptr);
    ~RefreshScheduler() override;

    /// Schedules the store's connections and follows its changes.
    void start();
    /// Tests set 0 for exact due times.
    void setMaxJitter(std::chrono::milliseconds jitter) { m_maxJitter = jitter; }

    /// When the connection's next automatic renewal is due; invalid when
    /// none is scheduled.
    QDateTime dueAt(const QString& connectionId) const;
    /// How many renewal timers are running (one per scheduled connection).
    int scheduledCount() const;

Q_SIGNALS:
    /// A connection that cannot renew itself turns Expiring or expires now:
    /// re-read the states.
    void stateChangeDue();

private:
    struct Entry
    {
        QTimer* timer = nullptr;
        QDateTime due;
        QDateTime expiresAt; ///< what `due` was computed from
        int failures = -1; ///< the backoff step `due` was computed for; -1 when not Degraded
        int localFailures = 0; ///< renewals that failed without changing the store
    };

    void reschedule();
    void schedule(const Connection& connection);
    void scheduleStateChange(const QList<Connection>& connections);
    void fire(const QString& connectionId);
    void onRenewed(ValidTokenJob* job);
    void drop(const QString& connectionId);
    QDateTime renewalAt(const QDateTime& expiresAt) const;
    QDateTime retryAt(int failures) const;
    std::chrono::milliseconds jitter() const;

    TokenService* m_service = nullptr;
    QHash<QString, Entry> m_entries;
    QTimer* m_stateChange = nullptr;
    std::chrono::milliseconds m_maxJitter = kMaxJitter;
};

} // namespace Plugboard
