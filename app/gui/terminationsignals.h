#pragma once

#include <QObject>

class QSocketNotifier;

namespace Plugboard {

/// Turns SIGTERM, SIGINT and SIGHUP into QCoreApplication::quit(). A
/// desktop session ends its programs with SIGTERM at logout (and a terminal
/// with SIGHUP or Ctrl+C): quitting runs the same shutdown as File ▸ Quit,
/// so sign-ins are cancelled, the single-instance socket is removed and
/// nothing is left half-done, instead of the process dying mid-way.
///
/// A signal handler may do almost nothing: it writes one byte to a socket
/// pair, and a QSocketNotifier on the other end quits from the event loop.
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    /// Installs the handlers; the watcher lives as long as `parent`.
    static void install(QObject* parent);

private:
    TerminationSignals(int readEnd, QObject* parent);
    ~TerminationSignals() override;

    static void onSignal(int signal);
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Plugboard
