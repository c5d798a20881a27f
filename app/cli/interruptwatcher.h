#pragma once

#include <QObject>

class QSocketNotifier;

namespace Plugboard::Cli {

/// Turns Ctrl+C (SIGINT) and SIGTERM into a Qt signal, so a command can
/// cancel its work cleanly (nothing half stored, the "cancelled" message and
/// exit code) instead of dying mid-write.
///
/// The handler only writes one byte to a self-pipe (async-signal-safe); a
/// QSocketNotifier reads it on the event loop and emits interrupted(). After
/// the first signal the default action is restored, so a second Ctrl+C ends
/// the process at once if cancelling hangs. One watcher at a time; the
/// previous handlers come back when it is destroyed.
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

    /// False when the pipe or handlers could not be set up (signals then
    /// keep their default action).
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    /// The signal's number (SIGINT, SIGTERM), from the event loop.
    void interrupted(int signalNumber);

private:
    void onReadable();

    int m_fds[2] = { -1, -1 };
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Plugboard::Cli
