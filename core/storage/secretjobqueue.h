#pragma once

#include <QList>
#include <QPointer>

#include <functional>

namespace Plugboard {

class SecretJob;

/// Runs a SecretStore's jobs one at a time, in start order, for stores
/// whose work spans several steps (a keyring removal is two keychain jobs;
/// a vault write waits for its passphrase): without it, a job started later
/// could slip in between and undo an earlier one. A job deleted by its owner
/// while waiting is skipped.
class SecretJobQueue final
{
    Q_DISABLE_COPY_MOVE(SecretJobQueue)

public:
    /// `start` begins a job's work; the store calls runningDone() when that
    /// job is over, reported or not.
    explicit SecretJobQueue(std::function<void(SecretJob*)> start);
    ~SecretJobQueue();

    /// Queues `job`; starts it at once when no job runs.
    void add(SecretJob* job);
    /// The running job is over: starts the next one. Call only while the
    /// store still exists (a finished() slot may delete it).
    void runningDone();

private:
    void startNext();

    std::function<void(SecretJob*)> m_start;
    QList<QPointer<SecretJob>> m_waiting; ///< started, waiting for the one running
    bool m_busy = false;
};

} // namespace Plugboard
