#pragma once

#include "core/error.h"

#include <QTextStream>

namespace Plugboard::Cli {

/// Where plugboard-cli writes: data (a token, JSON, a URL) to standard
/// output, so scripts can capture it alone; everything meant for a person
/// (hints, progress, errors) to standard error.
class Console final
{
    Q_DISABLE_COPY_MOVE(Console)

public:
    Console();
    ~Console();

    void data(const QString& line);
    void hint(const QString& line);
    /// True when hints reach a terminal (a person), not a pipe or file.
    bool hintsGoToTerminal() const;
    /// "plugboard-cli: <message> [<code>]" on standard error.
    void error(const Error& error);
    /// Reads one line from standard input (a secret piped in), without the
    /// line break; an empty string at end of input.
    QString readLine();
    /// Reads a secret: from a terminal with `prompt` on standard error and
    /// echo off; from a pipe, the first line. Never from arguments.
    QString readSecret(const QString& prompt);

private:
    QTextStream m_out;
    QTextStream m_err;
    QTextStream m_in;
};

} // namespace Plugboard::Cli
