#include "console.h"

#include <cstdio>

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

void Console::error(const Error& error)
{
    m_err << "plugboard-cli: " << error.message << " [" << error.codeName() << "]\n";
    m_err.flush();
}

QString Console::readLine()
{
    return m_in.readLine();
}

} // namespace Plugboard::Cli
