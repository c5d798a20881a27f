#include "app/cli/pastedaddressreader.h"

#include "app/cli/console.h"

#include <QSocketNotifier>

#include <cerrno>
#include <unistd.h>

namespace Plugboard::Cli {

PastedAddressReader::PastedAddressReader(Submit submit, Console& console, QObject* parent)
    : QObject(parent)
    , m_submit(std::move(submit))
    , m_console(console)
    , m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &PastedAddressReader::readAvailable);
}

PastedAddressReader::~PastedAddressReader() = default;

void PastedAddressReader::readAvailable()
{
    char buffer[4096];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (count <= 0) { // end of input, or nothing more can come
        if (!m_pending.isEmpty() && !m_overlong)
            takeLine(std::exchange(m_pending, {}));
        stop();
        return;
    }
    m_pending.append(buffer, count);
    qsizetype newline;
    while (m_notifier && (newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        if (std::exchange(m_overlong, false))
            continue; // the tail of a line already refused
        takeLine(line);
    }
    if (m_pending.size() > kMaxLineLength) {
        m_pending.clear();
        m_overlong = true;
        m_console.error({ ErrorCode::InvalidArgument,
                          tr("That line is too long to be the address of a sign-in. Paste only the address "
                             "from the browser's address bar.") });
    }
}

void PastedAddressReader::takeLine(const QByteArray& line)
{
    const QByteArray address = line.trimmed();
    if (address.isEmpty())
        return;
    const Result<void> accepted = m_submit(QUrl::fromEncoded(address, QUrl::TolerantMode));
    if (accepted) {
        m_console.hint(tr("Got it: finishing the sign-in…"));
        stop();
        return;
    }
    m_console.error(accepted.error());
}

void PastedAddressReader::stop()
{
    if (!m_notifier)
        return;
    // Usually called from the notifier's own signal: not deleted in it.
    m_notifier->setEnabled(false);
    m_notifier->deleteLater();
    m_notifier = nullptr;
}

} // namespace Plugboard::Cli
