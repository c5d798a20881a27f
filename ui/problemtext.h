#pragma once

#include <QCoreApplication>
#include <QString>

namespace Plugboard {

struct Connection;
enum class ErrorCode;

/// What the window and the tray say about a connection's last failure.
/// The stored message was written in the language of the process that
/// met the failure (a window in German, a script in English): shown in
/// another language, it is said anew from its error code, in that
/// language, without the platform's own words. "Check now" brings the
/// full message back in the language in use.
class ProblemText final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::ProblemText)

public:
    /// Empty when the connection has no last failure.
    static QString shown(const Connection& connection, const QString& platformName);

private:
    static QString saidAnew(ErrorCode code, const QString& platformName);
};

} // namespace Plugboard
