#include "app/cli/commands/backupcommand.h"

#include "app/cli/clipassphraseprovider.h"
#include "app/cli/console.h"
#include "core/backup/backupexport.h"
#include "core/backup/backupfile.h"
#include "core/services.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace Plugboard::Cli {

namespace {

const QLatin1String kExport("export");
const QLatin1String kImport("import");

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QJsonArray jsonItems(const QList<BackupItem>& items)
{
    QJsonArray list;
    for (const BackupItem& item : items)
        list.append(
            QJsonObject { { QStringLiteral("kind"), item.kindName() }, { QStringLiteral("id"), item.id } });
    return list;
}

} // namespace

BackupCommand::BackupCommand(QObject* parent)
    : Command(parent)
    , m_passphraseStdin(QStringLiteral("passphrase-stdin"),
                        tr("Reads the backup's passphrase from standard input, as one line."))
    , m_replace(QStringLiteral("replace"),
                tr("With import: what exists here already is replaced by the backup's copy."))
    , m_keep(QStringLiteral("keep"),
             tr("With import: what exists here already is kept; the rest is restored."))
    , m_json(QStringLiteral("json"), tr("Prints JSON for programs."))
{ }

BackupCommand::~BackupCommand() = default;

QString BackupCommand::summary() const
{
    return tr("Saves providers, credentials, connections with their tokens, grants and settings in one "
              "encrypted file, or restores them from it.");
}

QString BackupCommand::synopsis() const
{
    return QStringLiteral("export FILE | import FILE [--replace|--keep] [--passphrase-stdin] [--json]");
}

QList<Command::Argument> BackupCommand::arguments() const
{
    return { { QStringLiteral("ACTION"), tr("export or import."), false, QStringLiteral("export|import") },
             { QStringLiteral("FILE"), tr("The backup file to write or read."), false } };
}

void BackupCommand::configure(QCommandLineParser& parser)
{
    parser.addOptions({ m_passphraseStdin, m_replace, m_keep, m_json });
}

void BackupCommand::run(const QCommandLineParser& parser, Console& console)
{
    const QString action = parser.positionalArguments().value(0);
    const QString path = parser.positionalArguments().value(1);
    const bool decided = parser.isSet(m_replace) || parser.isSet(m_keep);
    const bool misplaced
        = (decided && action != kImport) || (parser.isSet(m_replace) && parser.isSet(m_keep));
    if ((action != kExport && action != kImport) || path.isEmpty() || misplaced) {
        failLater(console,
                  { ErrorCode::InvalidArgument, tr("Use `plugboard-cli backup %1`.").arg(synopsis()) });
        return;
    }
    m_source = std::make_unique<CliPassphraseProvider>(console);
    m_source->setStandardInput(parser.isSet(m_passphraseStdin));
    m_source->setUsesPassphraseCommand(false); // that command gives the vault's passphrase
    m_services = std::make_unique<Services>(passphrases(console));
    if (action == kExport)
        exportTo(path, parser.isSet(m_json), console);
    else
        importFrom(path, parser, console);
}

void BackupCommand::exportTo(const QString& path, bool json, Console& console)
{
    Result<QByteArray> passphrase = m_source->readNew(
        { tr("New passphrase for the backup %1:").arg(shown(path)), tr("The same passphrase again:"),
          tr("The two passphrases differ. No backup was written.") },
        BackupFile::kMinimumPassphraseLength);
    if (!passphrase) {
        failLater(console, passphrase.error());
        return;
    }
    bool weak = false;
    const Crypto::ScryptParams params = BackupFile::newParams(&weak);
    if (weak)
        console.hint(tr("Warning: %1 is set: this backup's key derivation is weak, for tests only.")
                         .arg(QString::fromLatin1(BackupFile::testCostVariable())));
    auto* job = new BackupExport(path, std::move(passphrase).value(), params, m_services->secrets(),
                                 m_services->connections(), this);
    startJob(job, this, [this, json, &console](BackupExport* done) { onExported(done, json, console); });
}

void BackupCommand::onExported(BackupExport* job, bool json, Console& console)
{
    if (job->error().isError()) {
        fail(console, job->error());
        return;
    }
    const QList<BackupItem> items = job->items();
    if (json) {
        const QJsonObject object { { QStringLiteral("file"), shown(job->filePath()) },
                                   { QStringLiteral("exported"), jsonItems(items) } };
        console.data(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (const BackupItem& item : items)
            console.data(tr("Exported %1").arg(item.describe()));
    }
    console.hint(tr("Wrote the encrypted backup %1 (%n item(s)). It holds your tokens and secrets: keep it, "
                    "and its passphrase, somewhere safe.",
                    nullptr, int(items.size()))
                     .arg(shown(job->filePath())));
    Q_EMIT finished(ExitCode::Ok);
}

void BackupCommand::importFrom(const QString& path, const QCommandLineParser& parser, Console& console)
{
    Result<QByteArray> passphrase = m_source->read(tr("Passphrase of the backup %1:").arg(shown(path)));
    if (!passphrase) {
        failLater(console, passphrase.error());
        return;
    }
    auto* job = new BackupImport(path, std::move(passphrase).value(), m_services->secrets(),
                                 m_services->connections(), this);
    if (parser.isSet(m_replace))
        job->setPolicy(BackupItem::Decision::Replace);
    else if (!parser.isSet(m_keep))
        job->setDecider([&console](const QList<BackupItem>& existing, const BackupImport::Answer& answer) {
            answer(ask(existing, console));
        });
    const bool json = parser.isSet(m_json);
    startJob(job, this, [this, json, &console](BackupImport* done) { onImported(done, json, console); });
}

Result<BackupImport::Decisions> BackupCommand::ask(const QList<BackupItem>& existing, Console& console)
{
    if (!::isatty(STDIN_FILENO)) {
        QStringList names;
        for (const BackupItem& item : existing)
            names.append(item.describe());
        return Error {
            ErrorCode::InvalidArgument,
            tr("%n item(s) of the backup exist here already: %1. Run the import again with --replace "
               "to take the backup's copies, or with --keep to keep what is here (what is new is "
               "restored either way). Nothing was imported.",
               nullptr, int(existing.size()))
                .arg(names.join(QStringLiteral("; ")))
        };
    }
    BackupImport::Decisions decisions;
    std::optional<BackupItem::Decision> forAll;
    for (const BackupItem& item : existing) {
        while (!forAll && !decisions.contains(item.key())) {
            console.hint(
                tr("%1 exists here already. Replace it with the backup's copy? r = replace, k = keep, "
                   "R = replace all, K = keep all [k]:")
                    .arg(item.describe()));
            const QString answer = console.readLine().trimmed();
            if (answer == QLatin1String("R") || answer == QLatin1String("K"))
                forAll = answer == QLatin1String("R") ? BackupItem::Decision::Replace
                                                      : BackupItem::Decision::Keep;
            else if (answer.isEmpty() || answer.compare(QLatin1String("k"), Qt::CaseInsensitive) == 0)
                decisions.insert(item.key(), BackupItem::Decision::Keep);
            else if (answer.compare(QLatin1String("r"), Qt::CaseInsensitive) == 0)
                decisions.insert(item.key(), BackupItem::Decision::Replace);
        }
        if (forAll)
            decisions.insert(item.key(), *forAll);
    }
    return decisions;
}

void BackupCommand::onImported(BackupImport* job, bool json, Console& console)
{
    if (json) {
        printJson(job->filePath(), job->restored(), job->kept(), job->failed(), console);
    } else {
        for (const BackupItem& item : job->restored())
            console.data(tr("Restored %1").arg(item.describe()));
        for (const BackupItem& item : job->kept())
            console.data(tr("Kept %1 as it is here").arg(item.describe()));
        for (const BackupFailure& failure : job->failed())
            console.hint(tr("Not restored: %1: %2").arg(failure.item.describe(), failure.error.message));
    }
    if (job->error().isError()) {
        fail(console, job->error());
        return;
    }
    console.hint(tr("Imported %1: %n item(s) restored.", nullptr, int(job->restored().size()))
                     .arg(shown(job->filePath())));
    Q_EMIT finished(ExitCode::Ok);
}

void BackupCommand::printJson(const QString& path, const QList<BackupItem>& restored,
                              const QList<BackupItem>& kept, const QList<BackupFailure>& failed,
                              Console& console)
{
    QJsonArray failures;
    for (const BackupFailure& failure : failed)
        failures.append(QJsonObject { { QStringLiteral("kind"), failure.item.kindName() },
                                      { QStringLiteral("id"), failure.item.id },
                                      { QStringLiteral("error"), failure.error.codeName() },
                                      { QStringLiteral("message"), failure.error.message } });
    const QJsonObject object { { QStringLiteral("file"), shown(path) },
                               { QStringLiteral("restored"), jsonItems(restored) },
                               { QStringLiteral("kept"), jsonItems(kept) },
                               { QStringLiteral("failed"), failures } };
    console.data(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

} // namespace Plugboard::Cli
