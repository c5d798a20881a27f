#pragma once

#include "core/storage/vaultpassphraseprovider.h"

#include <QCoreApplication>

namespace Plugboard::Cli {

class Console;

/// The vault passphrase on the command line, from the first source that
/// applies:
///  1. PLUGBOARD_VAULT_PASSPHRASE_COMMAND: a command run by /bin/sh whose
///     standard output, minus one trailing line break, is the passphrase
///     (for scripts and agents: `pass show plugboard`, `secret-tool lookup
///     …`). It fails or takes longer than 30 s → an error; its output is
///     never logged or shown;
///  2. standard input, one line per passphrase, where the command offers
///     --passphrase-stdin (setStandardInput());
///  3. a hidden prompt when standard input is a terminal;
///  4. otherwise KeyringLocked, saying how to give it.
/// Never from arguments. A source that gave a wrong passphrase is not asked
/// again in the same process: the answer would be the same.
///
/// The encrypted backup's passphrase comes from the same sources except
/// the first (setUsesPassphraseCommand(false)): that command gives the
/// vault's passphrase, which is not the backup's.
class CliPassphraseProvider final : public VaultPassphraseProvider
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::Cli::CliPassphraseProvider)

public:
    static constexpr int kCommandTimeoutMs = 30'000;

    explicit CliPassphraseProvider(Console& console);
    ~CliPassphraseProvider() override;
    Q_DISABLE_COPY_MOVE(CliPassphraseProvider)

    /// The environment variable naming the command.
    static QString commandVariable();

    void setStandardInput(bool use) { m_standardInput = use; }
    /// Whether PLUGBOARD_VAULT_PASSPHRASE_COMMAND is a source (the default).
    void setUsesPassphraseCommand(bool use) { m_usesCommand = use; }
    /// Whether the passphrase comes from a person at a terminal (so a new
    /// one is worth asking twice).
    bool isInteractive() const;

    void requestPassphrase(const Request& request, Answer answer) override;
    /// One passphrase from the sources, shown `prompt` on a terminal.
    Result<QByteArray> read(const QString& prompt);
    /// What readNew() says; each command words it for what the passphrase locks.
    struct NewPassphraseTexts
    {
        QString prompt; ///< "New passphrase for …:"
        QString again; ///< the prompt for the second time
        QString differ; ///< the error when the two differ
    };
    /// A new passphrase: asked twice when a person types it (isInteractive()),
    /// once otherwise; InvalidArgument when the two differ or it is shorter
    /// than `minimumLength` characters.
    Result<QByteArray> readNew(const NewPassphraseTexts& texts, int minimumLength = 0);

private:
    Result<QByteArray> fromCommand(const QString& command) const;

    Console& m_console;
    bool m_standardInput = false;
    bool m_usesCommand = true;
};

} // namespace Plugboard::Cli
