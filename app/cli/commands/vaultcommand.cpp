#include "app/cli/commands/vaultcommand.h"

#include "app/cli/clipassphraseprovider.h"
#include "app/cli/console.h"
#include "core/crypto/cryptoprimitives.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretbackend.h"
#include "core/storage/secretjob.h"
#include "core/storage/vaultsecretstore.h"
#include "core/storage/vaultsetup.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/stat.h>

namespace Plugboard::Cli {

namespace {

const QLatin1String kInit("init");
const QLatin1String kChange("change-passphrase");
const QLatin1String kStatus("status");

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// "0600", or empty when the file is missing.
QString fileMode(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return QStringLiteral("0%1").arg(info.st_mode & 0777, 3, 8, QLatin1Char('0'));
}

} // namespace

VaultCommand::VaultCommand(QObject* parent)
    : Command(parent)
    , m_passphraseStdin(QStringLiteral("passphrase-stdin"),
                        tr("Reads passphrases from standard input, one per line (change-passphrase: the "
                           "current one, then the new one)."))
    , m_move(QStringLiteral("move"),
             tr("With init: moves the secrets Plugboard saved in the keyring into the new vault, then "
                "deletes them from the keyring."))
    , m_keep(QStringLiteral("keep-keyring"),
             tr("With init: starts with an empty vault and leaves what the keyring holds where it is, "
                "unused (e.g. when there is no keyring to move it from)."))
    , m_json(QStringLiteral("json"), tr("Prints JSON for programs (with status)."))
    , m_unlock(QStringLiteral("unlock"), tr("With status: also opens the vault and counts its secrets."))
{ }

VaultCommand::~VaultCommand() = default;

QString VaultCommand::summary() const
{
    return tr("Keeps secrets in an encrypted file instead of the keyring: create it, change its passphrase, "
              "show its state.");
}

QString VaultCommand::synopsis() const
{
    return QStringLiteral("init [--move|--keep-keyring] | change-passphrase | status [--json] [--unlock] "
                          "[--passphrase-stdin]");
}

QList<Command::Argument> VaultCommand::arguments() const
{
    return { { QStringLiteral("ACTION"), tr("init, change-passphrase or status."), false,
               QStringLiteral("init|change-passphrase|status") } };
}

void VaultCommand::configure(QCommandLineParser& parser)
{
    parser.addOptions({ m_passphraseStdin, m_move, m_keep, m_json, m_unlock });
}

void VaultCommand::run(const QCommandLineParser& parser, Console& console)
{
    const QString action = parser.positionalArguments().value(0);
    const bool misplaced = ((parser.isSet(m_move) || parser.isSet(m_keep)) && action != kInit)
        || (parser.isSet(m_move) && parser.isSet(m_keep))
        || ((parser.isSet(m_json) || parser.isSet(m_unlock)) && action != kStatus);
    if ((action != kInit && action != kChange && action != kStatus) || misplaced) {
        failLater(console,
                  { ErrorCode::InvalidArgument, tr("Use `plugboard-cli vault %1`.").arg(synopsis()) });
        return;
    }
    m_source = std::make_unique<CliPassphraseProvider>(console);
    m_source->setStandardInput(parser.isSet(m_passphraseStdin));
    m_vault = std::make_unique<VaultFile>(VaultFile::defaultFilePath());
    if (action == kInit)
        init(parser.isSet(m_move), parser.isSet(m_keep), console);
    else if (action == kChange)
        changePassphrase(console);
    else
        status(parser.isSet(m_json), parser.isSet(m_unlock), console);
}

Crypto::ScryptParams VaultCommand::newVaultParams(Console& console)
{
    Crypto::ScryptParams params = Crypto::ScryptParams::standard();
    bool numeric = false;
    const int testLog2N = qEnvironmentVariableIntValue("PLUGBOARD_TEST_VAULT_LOG2N", &numeric);
    if (numeric && testLog2N >= 1 && testLog2N <= 12) {
        console.hint(tr("Warning: PLUGBOARD_TEST_VAULT_LOG2N is set: this vault's key derivation is weak, "
                        "for tests only."));
        params.log2N = quint8(testLog2N);
    }
    return params;
}

Result<QByteArray> VaultCommand::newPassphrase()
{
    return m_source->readNew({ tr("New passphrase for the vault %1:").arg(shown(m_vault->filePath())),
                               tr("The same passphrase again:"),
                               tr("The two passphrases differ. Nothing was changed.") });
}

void VaultCommand::init(bool move, bool keep, Console& console)
{
    if (m_vault->exists()) {
        failLater(console,
                  { ErrorCode::InvalidArgument,
                    tr("There is a vault at %1 already. Plugboard did not change it; use `plugboard-cli "
                       "vault change-passphrase` to change its passphrase.")
                        .arg(shown(m_vault->filePath())) });
        return;
    }
    m_keyring = std::make_unique<KeychainSecretStore>();
    const QStringList saved = m_keyring->knownKeys(); // names only: no keyring call yet
    if (!saved.isEmpty() && !move && !keep) {
        failLater(console,
                  { ErrorCode::InvalidArgument,
                    tr("Plugboard saved %n secret(s) in the keyring. Run `plugboard-cli vault init --move` "
                       "to move them into the vault (they are deleted from the keyring once the vault holds "
                       "them), or `plugboard-cli vault init --keep-keyring` to start with an empty vault "
                       "and leave them in the keyring, unused.",
                       nullptr, int(saved.size())) });
        return;
    }
    Result<QByteArray> passphrase = newPassphrase();
    if (!passphrase) {
        failLater(console, passphrase.error());
        return;
    }
    auto* setup = new VaultSetup(m_vault->filePath(), std::move(passphrase).value(), newVaultParams(console),
                                 keep ? nullptr : m_keyring.get(), this);
    startJob(setup, this, [this, &console](VaultSetup* done) {
        if (done->error().isError()) {
            fail(console, done->error());
            return;
        }
        console.hint(tr("Created the vault %1. Plugboard keeps its secrets there from now on.")
                         .arg(shown(m_vault->filePath())));
        if (done->keyringCleanupError().isError())
            console.hint(tr("Warning: %1").arg(done->keyringCleanupError().message));
        else if (done->movedCount() > 0)
            console.hint(
                tr("Moved %n secret(s) from the keyring into the vault.", nullptr, done->movedCount()));
        Q_EMIT finished(ExitCode::Ok);
    });
}

void VaultCommand::changePassphrase(Console& console)
{
    if (const Result<Crypto::SealHeader> header = m_vault->inspect(); !header) {
        failLater(console, header.error());
        return;
    }
    Result<QByteArray> current
        = m_source->read(tr("Current passphrase of the vault %1:").arg(shown(m_vault->filePath())));
    if (!current) {
        failLater(console, current.error());
        return;
    }
    Result<QByteArray> replacement = newPassphrase();
    if (!replacement) {
        Crypto::wipe(current.value());
        failLater(console, replacement.error());
        return;
    }
    const Result<void> changed = m_vault->changePassphrase(current.value(), replacement.value());
    Crypto::wipe(current.value());
    Crypto::wipe(replacement.value());
    if (!changed) {
        failLater(console, changed.error());
        return;
    }
    console.hint(tr("Changed the passphrase of the vault %1.").arg(shown(m_vault->filePath())));
    finishLater(ExitCode::Ok);
}

// What status shows, gathered first so a problem can be shown with it.
struct VaultCommand::Status
{
    SecretBackend::Kind backend = SecretBackend::Kind::Keyring;
    QString path;
    QString mode; ///< empty when there is no file
    std::optional<Crypto::SealHeader> header;
    int indexed = 0;
    int held = -1; ///< counted after unlocking; -1 when not unlocked
    Error problem;
};

void VaultCommand::status(bool json, bool unlock, Console& console)
{
    Status status;
    status.backend = SecretBackend::configured();
    status.path = m_vault->filePath();
    status.mode = fileMode(status.path);
    status.indexed = int(SecretKeyIndex(VaultSecretStore::indexService()).keys().size());
    if (!status.mode.isEmpty()) {
        const Result<Crypto::SealHeader> header = m_vault->inspect();
        if (header)
            status.header = header.value();
        else
            status.problem = header.error();
    }
    if (unlock && status.header) {
        Result<QByteArray> passphrase
            = m_source->read(tr("Passphrase of the vault %1:").arg(shown(status.path)));
        Result<Crypto::SealKey> key = passphrase
            ? Crypto::SealKey::derive(passphrase.value(), status.header->params, status.header->salt)
            : Result<Crypto::SealKey>(passphrase.error());
        if (passphrase)
            Crypto::wipe(passphrase.value());
        const Result<VaultFile::Secrets> opened
            = key ? m_vault->read(key.value()) : Result<VaultFile::Secrets>(key.error());
        if (opened)
            status.held = int(opened.value().size());
        else
            status.problem = opened.error();
    }
    if (json)
        printJson(status, console);
    else
        printText(status, console);
    if (status.problem.isError())
        failLater(console, status.problem);
    else
        finishLater(ExitCode::Ok);
}

void VaultCommand::printJson(const Status& status, Console& console)
{
    const auto optional = [](bool known, const QJsonValue& value) { return known ? value : QJsonValue(); };
    QJsonObject object {
        { QStringLiteral("backend"), SecretBackend::name(status.backend) },
        { QStringLiteral("path"), status.path },
        { QStringLiteral("exists"), !status.mode.isEmpty() },
        { QStringLiteral("file_mode"), optional(!status.mode.isEmpty(), status.mode) },
        { QStringLiteral("secrets_indexed"), status.indexed },
        { QStringLiteral("secrets"), optional(status.held >= 0, status.held) },
        { QStringLiteral("problem"), optional(status.problem.isError(), status.problem.codeName()) },
    };
    if (status.header) {
        const Crypto::ScryptParams& params = status.header->params;
        object.insert(QStringLiteral("format_version"), status.header->version);
        object.insert(QStringLiteral("scrypt"),
                      QJsonObject { { QStringLiteral("n"), qint64(1) << params.log2N },
                                    { QStringLiteral("r"), qint64(params.r) },
                                    { QStringLiteral("p"), qint64(params.p) },
                                    { QStringLiteral("memory_bytes"), qint64(params.memoryBytes()) } });
    }
    console.data(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

void VaultCommand::printText(const Status& status, Console& console)
{
    console.data(tr("Backend: %1").arg(SecretBackend::name(status.backend)));
    console.data(status.mode.isEmpty() ? tr("Vault: %1 (none)").arg(shown(status.path))
                                       : tr("Vault: %1").arg(shown(status.path)));
    if (!status.mode.isEmpty())
        console.data(tr("File mode: %1").arg(status.mode));
    if (status.header) {
        const Crypto::ScryptParams& params = status.header->params;
        console.data(tr("Format: %1").arg(status.header->version));
        console.data(tr("Key derivation: scrypt N=2^%1 r=%2 p=%3 (%4 MiB)")
                         .arg(params.log2N)
                         .arg(params.r)
                         .arg(params.p)
                         .arg(params.memoryBytes() >> 20));
    }
    console.data(status.held >= 0 ? tr("Secrets: %1 (unlocked and counted)").arg(status.held)
                                  : tr("Secrets: %1 (as listed without unlocking)").arg(status.indexed));
}

} // namespace Plugboard::Cli
