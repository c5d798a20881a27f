#include "core/backup/backupexport.h"

#include "core/audit/audittrail.h"
#include "core/backup/backupfile.h"
#include "core/backup/sealkeyjob.h"
#include "core/catalog/platformcatalog.h"
#include "core/catalog/platformrecordparser.h"
#include "core/crypto/cryptoprimitives.h"
#include "core/crypto/passphraseseal.h"
#include "core/storage/connectionstore.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBackupExport, "plugboard.backup.export")

namespace Plugboard {

namespace {

const QLatin1String kCredentialsPrefix("credentials/");
const QLatin1String kAppPrefix("app/");

} // namespace

BackupExport::BackupExport(const QString& filePath, QByteArray passphrase, const Crypto::ScryptParams& params,
                           SecretStore* secrets, ConnectionStore* connections, QObject* parent)
    : Job(parent)
    , m_filePath(filePath)
    , m_passphrase(std::move(passphrase))
    , m_params(params)
    , m_secrets(secrets)
    , m_connections(connections)
{ }

BackupExport::~BackupExport()
{
    Crypto::wipe(m_passphrase);
}

void BackupExport::run()
{
    if (const Result<void> gathered = gatherFiles(); !gathered) {
        emitFinished(gathered.error());
        return;
    }
    // Names only: no secret is read before the list is complete.
    const QStringList known = m_secrets->knownKeys();
    for (const QString& key : known) {
        const bool credentials = key.startsWith(kCredentialsPrefix)
            && PlatformRecordParser::isValidId(key.mid(kCredentialsPrefix.size()));
        if (credentials || !BackupDocument::AppSecret { key, QString() }.app().isEmpty())
            m_pending.append(key);
    }
    for (const BackupDocument::ConnectionEntry& entry : std::as_const(m_document.connections)) {
        const QString key
            = SecretStore::connectionKey(entry.connection.platformId, entry.connection.accountId);
        if (known.contains(key))
            m_pending.append(key);
    }
    qCInfo(lcBackupExport) << "exporting" << m_document.providers.size() << "providers,"
                           << m_document.connections.size() << "connections," << m_pending.size()
                           << "secrets";
    readNext();
}

Result<void> BackupExport::gatherFiles()
{
    if (Result<void> loaded = m_connections->load(); !loaded)
        return loaded;
    for (const Connection& connection : m_connections->connections())
        m_document.connections.append({ connection, std::nullopt });
    const QDir folder(PlatformCatalog::customDirectory());
    const QStringList shipped = PlatformCatalog::shippedIds();
    const QStringList files = folder.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        const QString id = name.chopped(5); // ".json"
        if (!PlatformRecordParser::isValidId(id) || shipped.contains(id))
            continue; // the catalog ignores such files too
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error {
                ErrorCode::StorageFailed,
                tr("Plugboard could not read the custom provider %1: %2. Check its permissions; no "
                   "backup was written.")
                    .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())
            };
        m_document.providers.append({ id, file.readAll() });
    }
    m_document.settings = BackupSettings::collect();
    return {};
}

void BackupExport::readNext()
{
    if (m_pending.isEmpty()) {
        seal();
        return;
    }
    const QString key = m_pending.takeFirst();
    startJob(m_secrets->read(key), this,
             [this, key](SecretJob* read) { onRead(key, read->error(), read->value()); });
}

void BackupExport::onRead(const QString& key, const Error& error, const QString& value)
{
    if (error.code == ErrorCode::SecretNotFound) {
        qCInfo(lcBackupExport) << "skipping" << key << "(gone meanwhile)";
        readNext();
        return;
    }
    if (error.isError()) {
        emitFinished({ error.code,
                       tr("Plugboard could not read %1 for the backup: %2 No backup was written.")
                           .arg(key, error.message) });
        return;
    }
    if (key.startsWith(kCredentialsPrefix)) {
        m_document.credentials.append({ key.mid(kCredentialsPrefix.size()), value });
    } else if (key.startsWith(kAppPrefix)) {
        m_document.appSecrets.append({ key, value });
    } else {
        for (BackupDocument::ConnectionEntry& entry : m_document.connections) {
            if (SecretStore::connectionKey(entry.connection.platformId, entry.connection.accountId) == key)
                entry.tokens = value;
        }
    }
    readNext();
}

void BackupExport::seal()
{
    m_document.created = QDateTime::currentDateTimeUtc();
    startJob(new SealKeyJob(std::exchange(m_passphrase, QByteArray()), m_params, QByteArray(), this), this,
             &BackupExport::onKey);
}

void BackupExport::onKey(SealKeyJob* job)
{
    std::optional<Crypto::SealKey> key = job->takeKey();
    if (!key) {
        emitFinished(job->error());
        return;
    }
    QByteArray plaintext = m_document.toJson();
    const Result<QByteArray> sealed = Crypto::PassphraseSeal::seal(plaintext, *key, BackupFile::kind());
    Crypto::wipe(plaintext);
    if (!sealed) {
        emitFinished(sealed.error());
        return;
    }
    if (const Result<void> written = BackupFile::write(m_filePath, sealed.value()); !written) {
        qCInfo(lcBackupExport) << "writing the backup failed:" << written.error().codeName();
        emitFinished(written.error());
        return;
    }
    m_items = m_document.items();
    m_document.wipe();
    qCInfo(lcBackupExport) << "exported" << m_items.size() << "items," << sealed.value().size() << "bytes";
    AuditTrail::note(AuditEvent::BackupExported, QFileInfo(m_filePath).absoluteFilePath(), AuditTrail::ok(),
                     QStringLiteral("%1 items").arg(m_items.size()));
    emitFinished();
}

void BackupExport::finishing()
{
    m_document.wipe();
    m_pending.clear();
    Crypto::wipe(m_passphrase);
}

} // namespace Plugboard
