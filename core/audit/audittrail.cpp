#include "core/audit/audittrail.h"

#include "core/audit/auditmac.h"
#include "core/audit/auditverifier.h"
#include "core/crypto/cryptoprimitives.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAudit, "plugboard.audit")

namespace Plugboard {

namespace {

AuditTrail* g_current = nullptr;

QString& actorOfProcess()
{
    static QString actor = QStringLiteral("plugboard");
    return actor;
}

} // namespace

AuditTrail::AuditTrail(SecretStore* secrets, const QString& folder, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_log(folder)
{
    g_current = this;
    connect(m_secrets, &SecretStore::unlockFinished, this, [this](const Error& error) {
        if (!error.isError())
            record(AuditEvent::VaultUnlocked, QStringLiteral("vault"));
        else if (error.code == ErrorCode::WrongPassphrase)
            record(AuditEvent::VaultWrongPassphrase, QStringLiteral("vault"), error.codeName());
    });
}

AuditTrail::~AuditTrail()
{
    setPending();
    if (g_current == this)
        g_current = nullptr;
}

AuditTrail* AuditTrail::current()
{
    return g_current;
}

void AuditTrail::setProcessActor(const QString& actor)
{
    actorOfProcess() = actor;
}

QString AuditTrail::processActor()
{
    return actorOfProcess();
}

void AuditTrail::note(AuditEvent event, const QString& subject, const QString& outcome, const QString& detail)
{
    if (g_current)
        g_current->record(event, subject, outcome, detail);
}

void AuditTrail::record(AuditEvent event, const QString& subject, const QString& outcome,
                        const QString& detail, const QString& actor)
{
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.event = AuditEvents::name(event);
    entry.subject = subject;
    entry.actor = actor.isEmpty() ? processActor() : actor;
    entry.outcome = outcome;
    entry.detail = detail;
    m_queue.append(entry);
    // From the event loop: whoever records is in the middle of something
    // (a store update, a job's end) and should not hear recorded() inside it.
    if (m_queue.size() == 1)
        QTimer::singleShot(0, this, &AuditTrail::flush);
}

void AuditTrail::flush()
{
    if (m_queue.isEmpty() || m_fetching)
        return;
    if (!m_key) {
        readKey();
        return;
    }
    const QList<AuditEntry> queued = std::exchange(m_queue, {});
    for (const AuditEntry& entry : queued) {
        Result<AuditEntry> written = m_log.append(entry, *m_key);
        if (!written) {
            qCWarning(lcAudit) << "could not append to the audit trail:" << written.error().codeName();
            (void)m_log.appendPending(entry);
            Q_EMIT recorded(entry);
            continue;
        }
        Q_EMIT recorded(written.value());
    }
    Q_EMIT idle();
}

void AuditTrail::readKey()
{
    if (m_secrets->needsPassphrase()) {
        // Asking for a passphrase just to note something would be absurd;
        // the next process that has the vault open signs these.
        setPending();
        Q_EMIT idle();
        return;
    }
    m_fetching = true;
    startJob(m_secrets->read(keyName()), this, &AuditTrail::onKeyRead);
}

void AuditTrail::onKeyRead(SecretJob* job)
{
    if (!job->error().isError()) {
        if (const std::optional<QByteArray> key = AuditMac::parseStoredKey(job->value())) {
            useKey(*key);
            return;
        }
        qCWarning(lcAudit) << "the audit key in the secret store is damaged; entries stay pending";
    } else if (job->error().code == ErrorCode::SecretNotFound) {
        createKey();
        return;
    } else {
        qCInfo(lcAudit) << "audit key unavailable:" << job->error().codeName() << "- entries stay pending";
    }
    setPending();
    finishFetch();
}

void AuditTrail::createKey()
{
    if (!m_creating) {
        // Two processes recording their first entry at once must not each
        // make a key: under the lock, read again before creating one.
        Result<std::unique_ptr<FileLock>> held = m_log.lock(QStringLiteral("audit-key.lock"));
        if (!held) {
            setPending();
            finishFetch();
            return;
        }
        m_keyLock = std::move(held).value();
        m_creating = true;
        startJob(m_secrets->read(keyName()), this, &AuditTrail::onKeyRead);
        return;
    }
    std::optional<QByteArray> key = Crypto::randomBytes(AuditMac::kKeyBytes);
    if (!key) {
        setPending();
        finishFetch();
        return;
    }
    startJob(m_secrets->write(keyName(), QString::fromLatin1(key->toHex())), this,
             [this, key = *key](SecretJob* write) {
                 if (write->error().isError()) {
                     qCWarning(lcAudit) << "could not store the audit key:" << write->error().codeName();
                     setPending();
                     finishFetch();
                     return;
                 }
                 qCInfo(lcAudit) << "created the audit trail's key";
                 useKey(key);
             });
}

void AuditTrail::useKey(const QByteArray& key)
{
    m_key = key;
    finishFetch();
    flush();
}

void AuditTrail::setPending()
{
    const QList<AuditEntry> queued = std::exchange(m_queue, {});
    for (const AuditEntry& entry : queued) {
        if (Result<void> kept = m_log.appendPending(entry); !kept)
            qCWarning(lcAudit) << "lost an audit entry:" << entry.event << kept.error().codeName();
        Q_EMIT recorded(entry);
    }
}

void AuditTrail::finishFetch()
{
    m_fetching = false;
    m_creating = false;
    m_keyLock.reset();
    if (isIdle())
        Q_EMIT idle();
}

void AuditTrail::verify(QObject* context, std::function<void(const Result<AuditVerdict>&)> done)
{
    startJob(m_secrets->read(keyName()), context, [this, done = std::move(done)](SecretJob* job) {
        if (job->error().code == ErrorCode::SecretNotFound) {
            AuditVerdict verdict = AuditVerifier::verify(m_log, QByteArray(AuditMac::kKeyBytes, '\0'));
            if (verdict.entries > 0 || !verdict.holds()) {
                verdict = {};
                verdict.problem = AuditVerdict::Problem::KeyMissing;
                verdict.why = tr("The trail's key is not in the secret store, so its entries cannot be "
                                 "checked. Was the keyring reset, or the secrets moved without it?");
            }
            done(verdict);
            return;
        }
        if (job->error().isError()) {
            done(job->error());
            return;
        }
        const std::optional<QByteArray> key = AuditMac::parseStoredKey(job->value());
        if (!key) {
            done(Error { ErrorCode::CorruptFile,
                         tr("The audit trail's key in the secret store is damaged.") });
            return;
        }
        done(AuditVerifier::verify(m_log, *key));
    });
}

} // namespace Plugboard
