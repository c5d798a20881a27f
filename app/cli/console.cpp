#include "app/cli/console.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Plugboard::Cli {

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
    , m_in(stdin)
{ }

Console::~Console()
{
    m_out.flush();
    m_err.flush();
}

void Console::data(const QString& line)
{
    m_out << line << '\n';
    m_out.flush();
}

void Console::hint(const QString& line)
{
    m_err << line << '\n';
    m_err.flush();
}

bool Console::hintsGoToTerminal() const
{
    return ::isatty(STDERR_FILENO) == 1;
}

void Console::error(const Error& error)
{
    m_err << "plugboard-cli: " << error.message << " [" << error.codeName() << "]\n";
    m_err.flush();
}

QString Console::readLine()
{
    return m_in.readLine();
}

QString Console::readSecret(const QString& prompt)
{
    if (!::isatty(STDIN_FILENO))
        return readLine();
    hint(prompt);
    termios saved {};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    const QString secret = readLine();
    if (canHide) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        hint(QString()); // the Enter the user typed was not echoed
    }
    return secret;
}

} // namespace Plugboard::Cli
