#pragma once

#include "app/cli/command.h"
#include "core/backup/backupimport.h"

#include <memory>

namespace Plugboard {
class BackupExport;
class Services;
} // namespace Plugboard

namespace Plugboard::Cli {

class CliPassphraseProvider;

/// `plugboard-cli backup export FILE` and `backup import FILE
/// [--replace|--keep]`: the encrypted backup (BackupExport, BackupImport)
/// of custom providers, app credentials, connections with their tokens and
/// grants, apps' secrets and preferences.
///
/// The backup's passphrase comes from a hidden prompt (twice for export,
/// at least 8 characters, as in the window) or, with --passphrase-stdin,
/// the first line of standard input; never from
/// PLUGBOARD_VAULT_PASSPHRASE_COMMAND, which gives the vault's. When the
/// vault is the secret store, its own passphrase is asked as for any
/// command.
///
/// Import restores what is new here. For what exists here already:
/// --replace takes the backup's copies, --keep keeps this profile's; with
/// neither, a terminal asks item by item, and without a terminal the
/// import refuses, naming the items and both options, and imports nothing.
/// One line per item on standard output (or --json).
class BackupCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupCommand)

public:
    explicit BackupCommand(QObject* parent = nullptr);
    ~BackupCommand() override;

    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<Argument> arguments() const override;
    void configure(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    void exportTo(const QString& path, bool json, Console& console);
    void onExported(BackupExport* job, bool json, Console& console);
    void importFrom(const QString& path, const QCommandLineParser& parser, Console& console);
    void onImported(BackupImport* job, bool json, Console& console);
    /// The decisions for items that exist here: asked at a terminal, refused elsewhere.
    static Result<BackupImport::Decisions> ask(const QList<BackupItem>& existing, Console& console);
    static void printJson(const QString& path, const QList<BackupItem>& restored,
                          const QList<BackupItem>& kept, const QList<BackupFailure>& failed,
                          Console& console);

    QCommandLineOption m_passphraseStdin;
    QCommandLineOption m_replace;
    QCommandLineOption m_keep;
    QCommandLineOption m_json;
    std::unique_ptr<CliPassphraseProvider> m_source;
    std::unique_ptr<Services> m_services;
};

} // namespace Plugboard::Cli
