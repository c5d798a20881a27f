#include "app/cli/clipassphraseprovider.h"

#include "app/cli/console.h"
#include "core/crypto/cryptoprimitives.h"

#include <QDir>
#include <QProcess>

#include <unistd.h>

namespace Plugboard::Cli {

CliPassphraseProvider::CliPassphraseProvider(Console& console)
    : m_console(console)
{ }

CliPassphraseProvider::~CliPassphraseProvider() = default;

QString CliPassphraseProvider::commandVariable()
{
    return QStringLiteral("PLUGBOARD_VAULT_PASSPHRASE_COMMAND");
}

bool CliPassphraseProvider::isInteractive() const
{
    return (!m_usesCommand || qEnvironmentVariableIsEmpty(qPrintable(commandVariable()))) && !m_standardInput
        && ::isatty(STDIN_FILENO);
}

void CliPassphraseProvider::requestPassphrase(const Request& request, Answer answer)
{
    if (request.again && !isInteractive()) {
        answer(Error { ErrorCode::WrongPassphrase,
                       tr("Wrong passphrase for the vault %1. Nothing was changed.")
                           .arg(QDir::toNativeSeparators(request.vaultPath)) });
        return;
    }
    answer(read(tr("Passphrase of the vault %1:").arg(QDir::toNativeSeparators(request.vaultPath))));
}

Result<QByteArray> CliPassphraseProvider::read(const QString& prompt)
{
    const QString command = m_usesCommand ? qEnvironmentVariable(qPrintable(commandVariable())) : QString();
    if (!command.isEmpty())
        return fromCommand(command);
    if (m_standardInput || ::isatty(STDIN_FILENO)) {
        const QString given = m_standardInput ? m_console.readLine() : m_console.readSecret(prompt);
        if (given.isEmpty())
            return Error { ErrorCode::InvalidArgument,
                           m_standardInput ? tr("No passphrase on standard input: give it as one line.")
                                           : tr("An empty passphrase is not allowed.") };
        return given.toUtf8();
    }
    return Error { ErrorCode::KeyringLocked,
                   tr("The vault is locked, and there is no terminal to ask for its passphrase. Set %1 to a "
                      "command that prints it, or run the command in a terminal.")
                       .arg(commandVariable()) };
}

Result<QByteArray> CliPassphraseProvider::readNew(const NewPassphraseTexts& texts, int minimumLength)
{
    Result<QByteArray> first = read(texts.prompt);
    if (first && QString::fromUtf8(first.value()).size() < minimumLength) {
        Crypto::wipe(first.value());
        return Error { ErrorCode::InvalidArgument,
                       tr("The passphrase is too short: use at least %n characters. Nothing was changed.",
                          nullptr, minimumLength) };
    }
    if (!first || !isInteractive())
        return first;
    Result<QByteArray> second = read(texts.again);
    const bool same = second && Crypto::equalInConstantTime(first.value(), second.value());
    if (second)
        Crypto::wipe(second.value());
    if (same)
        return first;
    Crypto::wipe(first.value());
    return Error { ErrorCode::InvalidArgument, texts.differ };
}

Result<QByteArray> CliPassphraseProvider::fromCommand(const QString& command) const
{
    QProcess process;
    // Its error output goes to ours (a password manager may ask there);
    // standard input stays ours too, for a command that prompts.
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command });
    if (!process.waitForStarted(kCommandTimeoutMs))
        return Error { ErrorCode::KeyringUnavailable,
                       tr("%1 could not be started: %2").arg(commandVariable(), process.errorString()) };
    if (!process.waitForFinished(kCommandTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Error {
            ErrorCode::Timeout,
            tr("%1 did not finish within %2 s.").arg(commandVariable()).arg(kCommandTimeoutMs / 1000)
        };
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error { ErrorCode::KeyringUnavailable,
                       tr("%1 failed (exit status %2), so Plugboard has no passphrase for the vault.")
                           .arg(commandVariable())
                           .arg(process.exitCode()) };
    QByteArray passphrase = process.readAllStandardOutput();
    if (passphrase.endsWith('\n'))
        passphrase.chop(passphrase.endsWith("\r\n") ? 2 : 1);
    if (passphrase.isEmpty())
        return Error {
            ErrorCode::KeyringUnavailable,
            tr("%1 printed nothing, so Plugboard has no passphrase for the vault.").arg(commandVariable())
        };
    return passphrase;
}

} // namespace Plugboard::Cli
