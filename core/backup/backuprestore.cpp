#include "core/backup/backuprestore.h"

#include "core/catalog/platformcatalog.h"
#include "core/catalog/platformrecordparser.h"
#include "core/storage/connectionstore.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBackupRestore, "plugboard.backup.restore")

namespace Plugboard {

BackupRestore::BackupRestore(BackupDocument document, const QList<BackupItem>& items,
                             const Decisions& decisions, SecretStore* secrets, ConnectionStore* connections,
                             QObject* parent)
    : Job(parent)
    , m_document(std::move(document))
    , m_queue(items)
    , m_decisions(decisions)
    , m_secrets(secrets)
    , m_connections(connections)
{ }

BackupRestore::~BackupRestore() = default;

void BackupRestore::run()
{
    (void)m_connections->load(); // a file it cannot read fails each connection's write, with why
    // Restore order (see the class comment); a stable sort keeps the backup's order within a kind.
    static constexpr BackupItem::Kind kOrder[]
        = { BackupItem::Kind::Provider, BackupItem::Kind::Setting, BackupItem::Kind::Credentials,
            BackupItem::Kind::AppSecret, BackupItem::Kind::Connection };
    const auto rank
        = [](const BackupItem& item) { return std::find(std::begin(kOrder), std::end(kOrder), item.kind); };
    std::stable_sort(m_queue.begin(), m_queue.end(),
                     [&rank](const BackupItem& a, const BackupItem& b) { return rank(a) < rank(b); });
    next();
}

void BackupRestore::next()
{
    while (!m_queue.isEmpty()) {
        const BackupItem item = m_queue.takeFirst();
        const BackupItem::Decision decision = m_decisions.value(
            item.key(), item.exists ? BackupItem::Decision::Keep : BackupItem::Decision::Replace);
        if (item.exists && decision == BackupItem::Decision::Keep) {
            m_kept.append(item);
            continue;
        }
        switch (item.kind) {
        case BackupItem::Kind::Provider:
            record(item, restoreProvider(item).error());
            continue;
        case BackupItem::Kind::Setting:
            record(item, restoreSetting(item).error());
            continue;
        case BackupItem::Kind::Credentials:
        case BackupItem::Kind::AppSecret:
            if (const std::optional<std::pair<QString, QString>> secret = secretFor(item)) {
                writeSecret(item, secret->first, secret->second);
                return;
            }
            record(item, missing());
            continue;
        case BackupItem::Kind::Connection:
            restoreConnection(item);
            return;
        }
    }
    const Error firstFailure = m_failed.isEmpty() ? Error() : m_failed.constFirst().error;
    qCInfo(lcBackupRestore) << "restored" << m_restored.size() << "kept" << m_kept.size() << "failed"
                            << m_failed.size();
    emitFinished(firstFailure);
}

Result<void> BackupRestore::restoreProvider(const BackupItem& item) const
{
    const auto found = std::find_if(m_document.providers.cbegin(), m_document.providers.cend(),
                                    [&item](const BackupDocument::Provider& p) { return p.id == item.id; });
    if (found == m_document.providers.cend())
        return missing();
    const Result<PlatformRecord> parsed = PlatformRecordParser::parse(found->record, item.id);
    if (!parsed)
        return parsed.error();
    if (parsed.value().id != item.id)
        return Error { ErrorCode::InvalidRecord,
                       tr("The backup's record of %1 names another id, %2; it was not restored.")
                           .arg(item.id, parsed.value().id) };
    PlatformCatalog catalog; // writes the file; the window's catalog follows the folder
    return catalog.addCustom(parsed.value(), PlatformCatalog::ExistingCustom::Replace);
}

Result<void> BackupRestore::restoreSetting(const BackupItem& item) const
{
    for (const BackupSettings::Entry& entry : m_document.settings) {
        if (entry.key == item.id)
            return BackupSettings::write(entry);
    }
    return missing();
}

std::optional<std::pair<QString, QString>> BackupRestore::secretFor(const BackupItem& item) const
{
    if (item.kind == BackupItem::Kind::Credentials) {
        for (const BackupDocument::Credentials& entry : m_document.credentials) {
            if (entry.platformId == item.id)
                return std::make_pair(SecretStore::credentialsKey(entry.platformId), entry.secret);
        }
    }
    for (const BackupDocument::AppSecret& secret : m_document.appSecrets) {
        if (item.kind == BackupItem::Kind::AppSecret && secret.key == item.id)
            return std::make_pair(secret.key, secret.secret);
    }
    return std::nullopt;
}

Error BackupRestore::missing()
{
    return { ErrorCode::InvalidArgument, tr("The backup does not hold this item.") };
}

void BackupRestore::writeSecret(const BackupItem& item, const QString& key, const QString& value)
{
    startJob(m_secrets->write(key, value), this, [this, item](SecretJob* write) {
        record(item, write->error());
        next();
    });
}

// Tokens first, then the metadata: the keyring is the truth, and a crash in
// between leaves tokens nobody lists, never a connection without tokens.
void BackupRestore::restoreConnection(const BackupItem& item)
{
    const BackupDocument::ConnectionEntry* entry = entryFor(item.id);
    if (!entry) {
        record(item, missing());
        next();
        return;
    }
    const QString key = SecretStore::connectionKey(entry->connection.platformId, entry->connection.accountId);
    SecretJob* tokens = entry->tokens ? m_secrets->write(key, *entry->tokens)
        : item.exists                 ? m_secrets->removeAll(key) // it had none: neither will this one
                                      : nullptr;
    if (!tokens) {
        restoreMetadata(item);
        return;
    }
    startJob(tokens, this, [this, item](SecretJob* written) {
        if (written->error().isError()) {
            record(item, written->error());
            next();
            return;
        }
        restoreMetadata(item);
    });
}

void BackupRestore::restoreMetadata(const BackupItem& item)
{
    const Connection& restored = entryFor(item.id)->connection;
    // upsert() keeps the grants of a connection it replaces; the backup's
    // grants are part of what "replace" means, so a present one is updated whole.
    const Result<void> saved = m_connections->connection(item.id)
        ? m_connections->update(item.id, [&restored](Connection& stored) { stored = restored; })
        : m_connections->upsert(restored);
    record(item, saved.error());
    next();
}

const BackupDocument::ConnectionEntry* BackupRestore::entryFor(const QString& connectionId) const
{
    for (const BackupDocument::ConnectionEntry& entry : m_document.connections) {
        if (entry.connection.id() == connectionId)
            return &entry;
    }
    return nullptr;
}

void BackupRestore::record(const BackupItem& item, const Error& error)
{
    if (!error.isError()) {
        m_restored.append(item);
        return;
    }
    qCInfo(lcBackupRestore) << "could not restore" << item.key() << error.codeName();
    m_failed.append({ item, error });
}

void BackupRestore::finishing()
{
    m_document.wipe();
    m_queue.clear();
}

} // namespace Plugboard
