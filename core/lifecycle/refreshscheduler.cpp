#include "core/lifecycle/refreshscheduler.h"

#include "core/lifecycle/staterules.h"
#include "core/lifecycle/tokenservice.h"
#include "core/lifecycle/validtokenjob.h"
#include "core/storage/connection.h"
#include "core/storage/connectionstore.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcScheduler, "plugboard.lifecycle.scheduler")

namespace Plugboard {

namespace {

/// QTimer counts in int milliseconds (about 24 days); a renewal further
/// away is re-planned when the timer fires instead.
constexpr qint64 kLongestTimerMs = qint64(24) * 24 * 3600 * 1000;

qint64 msUntil(const QDateTime& when)
{
    return std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, kLongestTimerMs);
}

} // namespace

RefreshScheduler::RefreshScheduler(TokenService* service, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_stateChange(new QTimer(this))
{
    m_stateChange->setSingleShot(true);
    m_stateChange->setTimerType(Qt::VeryCoarseTimer);
    connect(m_stateChange, &QTimer::timeout, this, &RefreshScheduler::stateChangeDue);
}

RefreshScheduler::~RefreshScheduler() = default;

void RefreshScheduler::start()
{
    connect(m_service->connections(), &ConnectionStore::changed, this, &RefreshScheduler::reschedule);
    reschedule();
}

QDateTime RefreshScheduler::dueAt(const QString& connectionId) const
{
    const auto it = m_entries.constFind(connectionId);
    return it == m_entries.constEnd() ? QDateTime() : it->due;
}

int RefreshScheduler::scheduledCount() const
{
    return int(m_entries.size());
}

void RefreshScheduler::reschedule()
{
    const QList<Connection> connections = m_service->connections()->connections();
    QSet<QString> present;
    for (const Connection& connection : connections) {
        present.insert(connection.id());
        schedule(connection);
    }
    const QStringList known = m_entries.keys();
    for (const QString& id : known) {
        if (!present.contains(id))
            drop(id);
    }
    scheduleStateChange(connections);
}

void RefreshScheduler::schedule(const Connection& connection)
{
    const QString id = connection.id();
    const bool needsUser
        = connection.state == ConnectionState::NeedsReconnect || connection.state == ConnectionState::Error;
    if (needsUser || !connection.refreshable || !connection.expiresAt.isValid()) {
        drop(id);
        return;
    }
    const bool degraded = connection.state == ConnectionState::Degraded;
    const int failures = degraded ? std::max(1, m_service->consecutiveFailures(id)) : -1;
    Entry& entry = m_entries[id];
    // Unchanged facts keep their timer: every store change (another
    // connection's, a save from the CLI) would otherwise push it away.
    if (entry.timer && entry.expiresAt == connection.expiresAt && entry.failures == failures)
        return;
    if (!entry.timer) {
        entry.timer = new QTimer(this);
        entry.timer->setSingleShot(true);
        entry.timer->setTimerType(Qt::VeryCoarseTimer);
        connect(entry.timer, &QTimer::timeout, this, [this, id] { fire(id); });
    }
    entry.due = degraded ? retryAt(failures) : renewalAt(connection.expiresAt);
    entry.expiresAt = connection.expiresAt;
    entry.failures = failures;
    entry.timer->start(int(msUntil(entry.due)));
    qCDebug(lcScheduler) << "renewal of" << id << "due in"
                         << QDateTime::currentDateTimeUtc().secsTo(entry.due) << "s";
}

void RefreshScheduler::scheduleStateChange(const QList<Connection>& connections)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime next;
    for (const Connection& connection : connections) {
        if (connection.refreshable || !connection.expiresAt.isValid())
            continue;
        const QDateTime expiring = connection.expiresAt.addSecs(
            -std::chrono::duration_cast<std::chrono::seconds>(StateRules::kExpiringSoon).count());
        for (const QDateTime& moment : { expiring, connection.expiresAt }) {
            if (moment > now && (!next.isValid() || moment < next))
                next = moment;
        }
    }
    if (next.isValid())
        m_stateChange->start(int(msUntil(next)));
    else
        m_stateChange->stop();
}

void RefreshScheduler::fire(const QString& connectionId)
{
    const auto it = m_entries.constFind(connectionId);
    if (it == m_entries.constEnd())
        return;
    if (it->due > QDateTime::currentDateTimeUtc().addSecs(1)) { // a very long wait, cut at kLongestTimerMs
        it->timer->start(int(msUntil(it->due)));
        return;
    }
    const bool degraded = it->failures > 0;
    // Degraded: renew now to learn whether the platform is back. Otherwise
    // ask for more validity than is left, which renews unless another
    // process already did.
    ValidTokenJob* job = degraded
        ? m_service->renewNow(connectionId)
        : m_service->validToken(connectionId, kLead + kMaxJitter + std::chrono::minutes(1));
    startJob(job, this, &RefreshScheduler::onRenewed);
}

void RefreshScheduler::onRenewed(ValidTokenJob* job)
{
    const QString id = job->connectionId();
    qCInfo(lcScheduler) << "automatic renewal of" << id << "ended with" << job->error().codeName();
    const auto it = m_entries.find(id);
    // A running timer means the store changed and the connection has been
    // planned again already (the usual case: the flight saved new metadata).
    if (it == m_entries.end() || it->timer->isActive())
        return;
    // Nothing in the store changed (a keyring error, or another process had
    // renewed and its metadata is behind): plan from what this job learned,
    // so a stale expiry can never make the timer spin.
    if (job->error().isError()) {
        it->localFailures += 1;
        it->due = retryAt(it->localFailures);
    } else if (job->tokens().expiresAt.isValid()) {
        it->localFailures = 0;
        it->due = renewalAt(job->tokens().expiresAt);
    } else {
        drop(id);
        return;
    }
    it->timer->start(int(msUntil(it->due)));
}

QDateTime RefreshScheduler::renewalAt(const QDateTime& expiresAt) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime beforeExpiry = expiresAt.addMSecs(
        -std::chrono::duration_cast<std::chrono::milliseconds>(kLead).count() - jitter().count());
    // Tokens that live less than kLead are renewed halfway through their
    // remaining life, not again and again right away.
    const QDateTime halfway = now.addMSecs(std::max<qint64>(0, now.msecsTo(expiresAt) / 2));
    return std::max(beforeExpiry, halfway);
}

QDateTime RefreshScheduler::retryAt(int failures) const
{
    return QDateTime::currentDateTimeUtc().addMSecs(
        std::chrono::duration_cast<std::chrono::milliseconds>(StateRules::retryDelay(failures)).count()
        + jitter().count());
}

void RefreshScheduler::drop(const QString& connectionId)
{
    const auto it = m_entries.find(connectionId);
    if (it == m_entries.end())
        return;
    delete it->timer;
    m_entries.erase(it);
}

std::chrono::milliseconds RefreshScheduler::jitter() const
{
    if (m_maxJitter.count() <= 0)
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(QRandomGenerator::global()->bounded(qint64(m_maxJitter.count()) + 1));
}

} // namespace Plugboard
