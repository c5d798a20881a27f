#pragma once

#include "app/cli/command.h"
#include "core/crypto/sealkey.h"
#include "core/result.h"
#include "core/storage/vaultfile.h"

#include <memory>
#include <optional>

namespace Plugboard {
class KeychainSecretStore;
} // namespace Plugboard

namespace Plugboard::Cli {

class CliPassphraseProvider;

/// `plugboard-cli vault init [--move|--keep-keyring] | change-passphrase |
/// status [--json] [--unlock]`: the encrypted vault (VaultSecretStore) as
/// the secret store.
///
/// `init` asks for a new passphrase (twice at a terminal), creates the vault
/// and records vault as the backend (SecretBackend). Secrets already in the
/// keyring are not left behind silently: with any listed in the keyring's
/// index, init refuses unless told what to do with them. --move copies them
/// all into the new vault, switches, and only then deletes them from the
/// keyring (any read failing moves nothing); --keep-keyring starts empty and
/// leaves them (for a machine whose keyring is gone, or a fresh start).
///
/// `change-passphrase` asks for the current passphrase, then the new one,
/// and re-seals the vault with a fresh salt in one atomic replacement.
/// `status` shows what is known without the passphrase (backend, file,
/// format, scrypt cost, file mode, the index's count); --unlock also opens
/// the vault and counts what it holds.
///
/// Passphrases come from CliPassphraseProvider; --passphrase-stdin reads
/// them as lines (change-passphrase: the current one, then the new one).
class VaultCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultCommand)

public:
    explicit VaultCommand(QObject* parent = nullptr);
    ~VaultCommand() override;

    /// The scrypt cost of a new vault: the standard one, or a cheap one a
    /// test asks for through PLUGBOARD_TEST_VAULT_LOG2N (1–12; a warning says
    /// so on standard error).
    static Crypto::ScryptParams newVaultParams(Console& console);

    QString name() const override { return QStringLiteral("vault"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<Argument> arguments() const override;
    void configure(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    void init(bool move, bool keep, Console& console);
    void changePassphrase(Console& console);
    struct Status;
    void status(bool json, bool unlock, Console& console);
    static void printJson(const Status& status, Console& console);
    static void printText(const Status& status, Console& console);
    /// A new passphrase: asked twice at a terminal, once otherwise.
    Result<QByteArray> newPassphrase();

    QCommandLineOption m_passphraseStdin;
    QCommandLineOption m_move;
    QCommandLineOption m_keep;
    QCommandLineOption m_json;
    QCommandLineOption m_unlock;
    std::unique_ptr<CliPassphraseProvider> m_source;
    std::unique_ptr<VaultFile> m_vault;
    std::unique_ptr<KeychainSecretStore> m_keyring;
};

} // namespace Plugboard::Cli
