#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

class QSocketNotifier;

namespace Plugboard::Cli {

class Console;

/// Reads addresses pasted into standard input while a sign-in waits, one per
/// line, without blocking the event loop: for `connect --no-browser` when the
/// browser runs on another machine and its redirect to this machine's
/// loopback address cannot load. Each line goes to `submit`; what it refuses
/// is reported on standard error and the reader keeps waiting for the next
/// line. Stops at the end of input (the listener keeps waiting) and once an
/// address has been accepted.
class PastedAddressReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PastedAddressReader)

public:
    using Submit = std::function<Result<void>(const QUrl& address)>;

    /// Longest line taken: a redirect with code, state and issuer is far
    /// shorter; anything longer is not one.
    static constexpr int kMaxLineLength = 16 * 1024;

    PastedAddressReader(Submit submit, Console& console, QObject* parent = nullptr);
    ~PastedAddressReader() override;

private:
    void readAvailable();
    void takeLine(const QByteArray& line);
    void stop();

    Submit m_submit;
    Console& m_console;
    QSocketNotifier* m_notifier = nullptr;
    QByteArray m_pending;
    bool m_overlong = false; ///< discarding the rest of a line over the limit
};

} // namespace Plugboard::Cli
