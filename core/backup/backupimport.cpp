#include "core/backup/backupimport.h"

#include "core/audit/audittrail.h"
#include "core/backup/backupfile.h"
#include "core/backup/sealkeyjob.h"
#include "core/catalog/platformcatalog.h"
#include "core/crypto/cryptoprimitives.h"
#include "core/crypto/passphraseseal.h"
#include "core/storage/connectionstore.h"
#include "core/storage/secretstore.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcBackupImport, "plugboard.backup.import")

namespace Plugboard {

BackupImport::BackupImport(const QString& filePath, QByteArray passphrase, SecretStore* secrets,
                           ConnectionStore* connections, QObject* parent)
    : Job(parent)
    , m_filePath(filePath)
    , m_passphrase(std::move(passphrase))
    , m_secrets(secrets)
    , m_connections(connections)
{ }

BackupImport::~BackupImport()
{
    Crypto::wipe(m_passphrase);
}

void BackupImport::run()
{
    Result<QByteArray> bytes = BackupFile::read(m_filePath);
    const Result<Crypto::SealHeader> header = bytes
        ? Crypto::PassphraseSeal::inspect(bytes.value(), BackupFile::kind(), m_filePath)
        : Result<Crypto::SealHeader>(bytes.error());
    if (!header) {
        qCInfo(lcBackupImport) << "the backup does not open:" << header.error().codeName();
        emitFinished(header.error());
        return;
    }
    m_sealed = std::move(bytes).value();
    startJob(new SealKeyJob(std::exchange(m_passphrase, QByteArray()), header.value().params,
                            header.value().salt, this),
             this, &BackupImport::onKey);
}

void BackupImport::onKey(SealKeyJob* job)
{
    const std::optional<Crypto::SealKey> key = job->takeKey();
    if (!key) {
        emitFinished(job->error());
        return;
    }
    Result<QByteArray> opened = Crypto::PassphraseSeal::open(m_sealed, *key, BackupFile::kind(), m_filePath);
    m_sealed.clear();
    if (!opened) {
        qCInfo(lcBackupImport) << "the backup does not open:" << opened.error().codeName();
        emitFinished(opened.error());
        return;
    }
    Result<BackupDocument> document = BackupDocument::fromJson(opened.value(), m_filePath);
    Crypto::wipe(opened.value());
    if (!document) {
        qCInfo(lcBackupImport) << "the backup's contents are unreadable:" << document.error().codeName();
        emitFinished(document.error());
        return;
    }
    m_document = std::move(document).value();
    m_items = survey();
    decide();
}

QList<BackupItem> BackupImport::survey() const
{
    (void)m_connections->load(); // what is here now; a file it cannot read shows as no connections
    const QStringList known = m_secrets->knownKeys(); // names only
    const QString providers = PlatformCatalog::customDirectory() + QLatin1Char('/');
    QList<BackupItem> items = m_document->items();
    for (BackupItem& item : items) {
        switch (item.kind) {
        case BackupItem::Kind::Provider:
            item.exists = QFileInfo::exists(providers + item.id + QStringLiteral(".json"));
            break;
        case BackupItem::Kind::Setting:
            item.exists = BackupSettings::contains(item.id);
            break;
        case BackupItem::Kind::Credentials:
            item.exists = known.contains(SecretStore::credentialsKey(item.id));
            break;
        case BackupItem::Kind::AppSecret:
            item.exists = known.contains(item.id);
            break;
        case BackupItem::Kind::Connection:
            item.exists = m_connections->connection(item.id).has_value()
                || known.contains(SecretStore::connectionKey(Connection::platformOf(item.id),
                                                             Connection::accountOf(item.id)));
            break;
        }
    }
    return items;
}

void BackupImport::decide()
{
    QList<BackupItem> existing;
    for (const BackupItem& item : std::as_const(m_items)) {
        if (item.exists)
            existing.append(item);
    }
    qCInfo(lcBackupImport) << "the backup holds" << m_items.size() << "items," << existing.size()
                           << "exist here";
    if (existing.isEmpty() || !m_decider) {
        onDecided(Decisions());
        return;
    }
    m_decider(existing, [self = QPointer<BackupImport>(this)](Result<Decisions> decisions) {
        if (self)
            self->onDecided(std::move(decisions));
    });
}

void BackupImport::onDecided(Result<Decisions> decisions)
{
    if (isFinished() || !m_document)
        return; // answered twice
    if (!decisions) {
        emitFinished(decisions.error());
        return;
    }
    Decisions all;
    for (const BackupItem& item : std::as_const(m_items)) {
        all.insert(item.key(),
                   item.exists ? decisions.value().value(item.key(), m_policy)
                               : BackupItem::Decision::Replace);
    }
    auto* restore = new BackupRestore(std::move(*m_document), m_items, all, m_secrets, m_connections, this);
    m_document.reset();
    startJob(restore, this, &BackupImport::onRestored);
}

void BackupImport::onRestored(BackupRestore* restore)
{
    m_restored = restore->restored();
    m_kept = restore->kept();
    m_failed = restore->failed();
    if (!m_failed.isEmpty()) {
        const BackupFailure& first = m_failed.constFirst();
        AuditTrail::note(
            AuditEvent::BackupImported, QFileInfo(m_filePath).absoluteFilePath(), first.error.codeName(),
            QStringLiteral("%1 restored, %2 failed").arg(m_restored.size()).arg(m_failed.size()));
        emitFinished(
            { first.error.code,
              tr("%n item(s) of the backup could not be restored; the others were. The first: %1: %2",
                 nullptr, int(m_failed.size()))
                  .arg(first.item.describe(), first.error.message) });
        return;
    }
    qCInfo(lcBackupImport) << "imported:" << m_restored.size() << "restored," << m_kept.size() << "kept";
    AuditTrail::note(AuditEvent::BackupImported, QFileInfo(m_filePath).absoluteFilePath(), AuditTrail::ok(),
                     QStringLiteral("%1 restored, %2 kept").arg(m_restored.size()).arg(m_kept.size()));
    emitFinished();
}

void BackupImport::finishing()
{
    if (m_document)
        m_document->wipe();
    m_document.reset();
    m_sealed.clear();
    Crypto::wipe(m_passphrase);
}

} // namespace Plugboard
