#include "core/storage/credentialsjob.h"

#include "core/audit/audittrail.h"
#include "core/platformsettings.h"
#include "core/storage/connectionstore.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCredentials, "plugboard.storage.credentials")

namespace Plugboard {

CredentialsJob::CredentialsJob(Kind kind, SecretStore* store, const PlatformRecord& record, QObject* parent)
    : Job(parent)
    , m_kind(kind)
    , m_store(store)
    , m_record(record)
{ }

CredentialsJob::~CredentialsJob() = default;

CredentialsJob* CredentialsJob::load(SecretStore* store, const PlatformRecord& record, QObject* parent)
{
    return new CredentialsJob(Kind::Load, store, record, parent);
}

CredentialsJob* CredentialsJob::save(SecretStore* store, const PlatformRecord& record,
                                     const QMap<QString, QString>& values, QObject* parent)
{
    auto* job = new CredentialsJob(Kind::Save, store, record, parent);
    job->m_values = values;
    return job;
}

CredentialsJob* CredentialsJob::remove(SecretStore* store, const PlatformRecord& record, QObject* parent)
{
    return new CredentialsJob(Kind::Remove, store, record, parent);
}

void CredentialsJob::run()
{
    const QString key = SecretStore::credentialsKey(m_record.id);
    if (m_kind == Kind::Save) {
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
            if (!m_record.credentialField(it.key())) {
                emitFinished({ ErrorCode::InvalidArgument,
                               tr("%1 has no credential field \"%2\".").arg(m_record.name, it.key()) });
                return;
            }
        }
    }
    if (m_kind == Kind::Remove)
        startJob(m_store->remove(key), this, &CredentialsJob::onWritten);
    else
        startJob(m_store->read(key), this, &CredentialsJob::onRead);
}

void CredentialsJob::onRead(SecretJob* job)
{
    // Nothing stored yet is fine; a missing keyring is not, and a save must
    // not overwrite what it could not read. A locked keyring that returned
    // nothing for what we stored (KeyringLocked from the read) fails a load;
    // a save goes on as if nothing were stored: it fails at the write when
    // the keyring is locked, and replaces an entry cleared behind our back.
    const bool unreadable = job->error().code == ErrorCode::KeyringLocked;
    const bool nothingStored
        = job->error().code == ErrorCode::SecretNotFound || (unreadable && m_kind == Kind::Save);
    if (job->error().isError() && !nothingStored) {
        emitFinished(job->error());
        return;
    }
    if (!job->error().isError()) {
        Result<AppCredentials> stored = AppCredentials::fromJson(job->value());
        if (!stored && (m_kind == Kind::Load || stored.error().code == ErrorCode::UnsupportedFileVersion)) {
            emitFinished(stored.error());
            return;
        }
        m_hadStored = true;
        if (stored) // a damaged entry is replaced by a complete save
            m_credentials = std::move(stored).value();
    }
    if (m_kind == Kind::Load) {
        emitFinished({});
        return;
    }
    m_storedFingerprint = m_credentials.clientFingerprint();
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        m_credentials.setValue(m_record.credentialField(it.key())->key, it.value().trimmed());
    PlatformRecord needed = m_record;
    needed.credentials = PlatformSettings::requiredCredentials(m_record);
    if (Result<void> complete = m_credentials.checkComplete(needed); !complete) {
        Error error = complete.error();
        if (unreadable)
            error.message += QLatin1Char(' ')
                + tr("If you saved them before, your keyring may be locked: unlock it "
                     "and try again.");
        emitFinished(error);
        return;
    }
    SecretJob* write = m_store->write(SecretStore::credentialsKey(m_record.id), m_credentials.toJson());
    startJob(write, this, &CredentialsJob::onWritten);
}

void CredentialsJob::onWritten(SecretJob* job)
{
    if (m_kind == Kind::Remove && !job->error().isError())
        m_credentials = {};
    if (!job->error().isError()) {
        const AuditEvent event = m_kind == Kind::Remove ? AuditEvent::CredentialsRemoved
            : m_hadStored                               ? AuditEvent::CredentialsReplaced
                                                        : AuditEvent::CredentialsSaved;
        AuditTrail::note(event, m_record.id);
    }
    const QString fingerprint = m_credentials.clientFingerprint();
    if (m_kind == Kind::Save && !job->error().isError() && m_connections && !fingerprint.isEmpty()
        && fingerprint != m_storedFingerprint)
        markConnectionsLeftBehind();
    emitFinished(job->error());
}

void CredentialsJob::markConnectionsLeftBehind()
{
    // Said now, while the reason is known: the next renewal would only earn
    // an invalid_grant (or invalid_client) that explains nothing. Tokens
    // are not deleted, so switching back to the old client loses nothing.
    const QString fingerprint = m_credentials.clientFingerprint();
    const auto leftBehind = [&fingerprint](const Connection& c) {
        return !c.clientFingerprint.isEmpty() && c.clientFingerprint != fingerprint
            && c.state != ConnectionState::NeedsReconnect;
    };
    if (Result<void> read = m_connections->reload(); !read) {
        qCWarning(lcCredentials) << "saved new app credentials for" << m_record.id
                                 << "but could not read the connections:" << read.error().codeName();
        return;
    }
    for (const Connection& connection : m_connections->connectionsForPlatform(m_record.id)) {
        if (!leftBehind(connection))
            continue;
        const Error why { ErrorCode::InvalidGrant,
                          tr("%1's app credentials now use a different client ID; tokens issued to the old "
                             "app stop working there. Reconnect %2 to sign in with the new one.")
                              .arg(m_record.name, connection.id()) };
        bool marked = false;
        const Result<void> updated = m_connections->update(connection.id(), [&](Connection& c) {
            if (!leftBehind(c)) // changed by another process meanwhile
                return;
            c.state = ConnectionState::NeedsReconnect;
            c.setLastError(why);
            marked = true;
        });
        if (!updated)
            qCWarning(lcCredentials) << "could not mark" << connection.id()
                                     << "as needing a reconnect:" << updated.error().codeName();
        if (marked)
            m_connectionsLeftBehind.append(connection.id());
    }
}

QMap<QString, QString> CredentialsJob::savedFieldHints() const
{
    QMap<QString, QString> hints;
    for (const CredentialField& field : m_record.credentials) {
        if (m_credentials.value(field).isEmpty())
            continue;
        // A client ID is no secret (every sign-in link carries it): shown
        // whole, so a typo can be seen. Secrets: only that they are saved.
        hints.insert(field.key, field.secret ? QString() : m_credentials.value(field));
    }
    return hints;
}

void CredentialsJob::finishing()
{
    if (error().isError() && m_kind == Kind::Save)
        m_credentials = {}; // never hand back a half-merged set
}

} // namespace Plugboard
