#pragma once

#include "core/audit/auditentry.h"
#include "core/audit/auditevent.h"
#include "core/audit/auditlog.h"
#include "core/audit/auditverdict.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Plugboard {

class SecretJob;
class SecretStore;

/// The tamper-evident record of everything that touches a secret (see
/// AuditEvent): record() appends one entry to the AuditLog, chained with
/// HMAC-SHA-256 under a random 32-byte key kept in the secret store
/// (keyName()), created by the first process that needs it. Someone who can
/// only write the files cannot hide an edit, a deletion or a reordering
/// from someone who can read the key (AuditVerifier).
///
/// Recording never fails or delays what is recorded. The key is read once
/// per process, when the first entry is recorded (never at startup); until
/// it is known, entries wait in memory. When it cannot be read without
/// asking (a locked vault) or at all (no keyring), they go to the pending
/// file, and the next process with the key signs them into the chain,
/// marked late. An entry still waiting when the trail is destroyed goes
/// there too.
///
/// One trail per process is current(): Services creates it, and code deep
/// in the core records through note() without being handed the trail,
/// the way it logs. The actor is the process's (setProcessActor()) unless
/// record() names another, as the D-Bus service does for its callers.
class AuditTrail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTrail)

public:
    /// `secrets` must outlive the trail. `folder` empty: AuditLog's default.
    explicit AuditTrail(SecretStore* secrets, const QString& folder = {}, QObject* parent = nullptr);
    ~AuditTrail() override;

    /// The trail entries go to; null when none exists.
    static AuditTrail* current();
    /// Who this process acts for: "plugboard" (the desktop app),
    /// "cli:<the parent process's executable>" (plugboard-cli).
    static void setProcessActor(const QString& actor);
    static QString processActor();
    /// The secret store key of the trail's MAC key.
    static QString keyName() { return QStringLiteral("audit/key"); }
    /// The outcome of what succeeded.
    static QString ok() { return QStringLiteral("ok"); }

    /// record() on current(), if there is one.
    static void note(AuditEvent event, const QString& subject, const QString& outcome = ok(),
                     const QString& detail = {});

    /// Records one event; `actor` empty: processActor().
    void record(AuditEvent event, const QString& subject, const QString& outcome = ok(),
                const QString& detail = {}, const QString& actor = {});
    /// Nothing waits for the key or the disk.
    bool isIdle() const { return m_queue.isEmpty() && !m_fetching; }

    const AuditLog& log() const { return m_log; }
    AuditLog& log() { return m_log; }

    /// Reads the key (asking for the vault's passphrase if needed, never
    /// creating one) and verifies the trail; `done` runs from the event
    /// loop while `context` lives. Fails when the key cannot be read.
    void verify(QObject* context, std::function<void(const Result<AuditVerdict>&)> done);

Q_SIGNALS:
    /// An entry was written (or set pending) by this process.
    void recorded(const Plugboard::AuditEntry& entry);
    /// isIdle() became true.
    void idle();

private:
    void flush();
    void readKey();
    void onKeyRead(SecretJob* job);
    void createKey();
    void useKey(const QByteArray& key);
    void setPending();
    void finishFetch();

    SecretStore* m_secrets = nullptr;
    AuditLog m_log;
    QList<AuditEntry> m_queue;
    std::optional<QByteArray> m_key;
    bool m_fetching = false;
    bool m_creating = false;
    std::unique_ptr<FileLock> m_keyLock; ///< held while this process creates the key
};

} // namespace Plugboard
