#include "app/gui/terminationsignals.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace Plugboard {

namespace {

Q_LOGGING_CATEGORY(lcSignals, "plugboard.app.signals")

// The write end, for the handler (which can reach nothing but globals).
int g_writeEnd = -1;

constexpr int kSignals[] = { SIGTERM, SIGINT, SIGHUP };

void restoreDefaultHandlers()
{
    for (const int signal : kSignals)
        ::signal(signal, SIG_DFL);
}

} // namespace

void TerminationSignals::install(QObject* parent)
{
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, ends) != 0) {
        qCWarning(lcSignals) << "cannot watch for termination signals:" << qt_error_string(errno);
        return;
    }
    g_writeEnd = ends[0];
    new TerminationSignals(ends[1], parent);
    struct sigaction action = {};
    action.sa_handler = &TerminationSignals::onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : kSignals)
        ::sigaction(signal, &action, nullptr);
}

TerminationSignals::TerminationSignals(int readEnd, QObject* parent)
    : QObject(parent)
    , m_notifier(new QSocketNotifier(readEnd, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::onReadable);
}

TerminationSignals::~TerminationSignals()
{
    restoreDefaultHandlers();
    const int readEnd = int(m_notifier->socket());
    delete m_notifier; // before its descriptor closes
    ::close(readEnd);
    ::close(std::exchange(g_writeEnd, -1));
}

void TerminationSignals::onSignal(int signal)
{
    // Only async-signal-safe calls here; errno belongs to the code we interrupted.
    const int savedErrno = errno;
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_writeEnd, &byte, 1);
    errno = savedErrno;
}

void TerminationSignals::onReadable()
{
    char byte = 0;
    while (::read(int(m_notifier->socket()), &byte, 1) == 1) { }
    qCInfo(lcSignals) << "quitting on signal" << int(byte);
    // A second signal while shutting down ends the process at once, as
    // someone sending it again expects.
    restoreDefaultHandlers();
    QCoreApplication::quit();
}

} // namespace Plugboard
