#pragma once

#include "app/cli/exitcode.h"

#include <QCommandLineParser>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Plugboard {
class VaultPassphraseProvider;
} // namespace Plugboard

namespace Plugboard::Cli {

class CliPassphraseProvider;
class Console;

/// One plugboard-cli subcommand ("token", "list", …). The application
/// declares the command's arguments() and checks their count, gives it a
/// parser to declare its options on, then runs it; the command reports once
/// through finished(), from the event loop or directly.
class Command : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)

public:
    /// A positional argument, in the order they are given.
    struct Argument
    {
        QString name; ///< "CONNECTION", as `--help` lists it
        QString description; ///< one line for `--help`
        bool optional = false; ///< only after the required ones
        QString syntax = {}; ///< for the usage line when not the name: "set|show|remove"
    };

    explicit Command(QObject* parent = nullptr);
    ~Command() override;

    /// The word that selects it: "token".
    virtual QString name() const = 0;
    /// One line for `plugboard-cli --help`.
    virtual QString summary() const = 0;
    /// "CONNECTION [--min-validity SECONDS] [--json]", after the name.
    virtual QString synopsis() const = 0;
    /// What the command takes; the application refuses fewer than the
    /// required ones or more than all of them before run().
    virtual QList<Argument> arguments() const { return {}; }
    /// Declares the options.
    virtual void configure(QCommandLineParser& /*parser*/) { }
    /// Does the work; emits finished() exactly once.
    virtual void run(const QCommandLineParser& parser, Console& console) = 0;

Q_SIGNALS:
    void finished(Plugboard::Cli::ExitCode code);

protected:
    /// Emits finished() from the event loop, for commands that know their
    /// result before the application has started waiting for it.
    void finishLater(ExitCode code)
    {
        QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
    }
    /// Reports `error` on standard error and ends with its exit code.
    void fail(Console& console, const Error& error);
    /// fail() for a command that has not returned from run() yet.
    void failLater(Console& console, const Error& error);
    /// Where the vault's passphrase comes from (CliPassphraseProvider), for
    /// Services; created on first use and kept as long as the command, so
    /// it outlives the command's services.
    VaultPassphraseProvider* passphrases(Console& console);

private:
    std::unique_ptr<CliPassphraseProvider> m_passphrases;
};

} // namespace Plugboard::Cli
