#include "core/audit/audittrail.h"
#include "core/audit/auditverifier.h"
#include "tests/support/memorysecretstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Plugboard;
using Plugboard::Test::MemorySecretStore;

namespace {

QList<AuditEntry> signedEntries(const AuditLog& log)
{
    QList<AuditEntry> entries = log.readAll();
    entries.removeIf([](const AuditEntry& e) { return e.sequence == 0; });
    return entries;
}

bool waitIdle(AuditTrail& trail)
{
    if (trail.isIdle())
        QTest::qWait(0); // the flush is queued
    return QTest::qWaitFor([&trail] { return trail.isIdle(); }, 5000);
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_store.emplace();
        AuditTrail::setProcessActor(QStringLiteral("cli:/usr/bin/zsh"));
    }

    void createsItsKeyInTheSecretStoreOnFirstUse()
    {
        AuditTrail trail(&*m_store, m_dir->path());
        QCOMPARE(m_store->jobsRun(), 0); // creating it touches nothing
        QSignalSpy recorded(&trail, &AuditTrail::recorded);
        trail.record(AuditEvent::CredentialsSaved, QStringLiteral("github"));
        trail.record(AuditEvent::GrantGiven, QStringLiteral("github/42"), AuditTrail::ok(),
                     QStringLiteral("/usr/bin/gh"));
        QVERIFY(waitIdle(trail));
        QCOMPARE(recorded.size(), 2);

        const QString stored = m_store->peek(AuditTrail::keyName());
        QCOMPARE(stored.size(), 64);
        const QList<AuditEntry> entries = signedEntries(trail.log());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).event, QStringLiteral("credentials.saved"));
        QCOMPARE(entries.at(0).actor, QStringLiteral("cli:/usr/bin/zsh"));
        QCOMPARE(entries.at(1).detail, QStringLiteral("/usr/bin/gh"));
        QVERIFY(AuditVerifier::verify(trail.log(), QByteArray::fromHex(stored.toLatin1())).holds());
        QVERIFY(!QFile(trail.log().currentFile()).readAll().contains(stored.toLatin1()));
    }

    void laterProcessesSignWithTheSameKey()
    {
        {
            AuditTrail first(&*m_store, m_dir->path());
            first.record(AuditEvent::ProviderAdded, QStringLiteral("acme"));
            QVERIFY(waitIdle(first));
        }
        const QString key = m_store->peek(AuditTrail::keyName());
        AuditTrail second(&*m_store, m_dir->path());
        second.record(AuditEvent::ProviderRemoved, QStringLiteral("acme"), AuditTrail::ok(), {},
                      QStringLiteral("dbus:org.example.App"));
        QVERIFY(waitIdle(second));
        QCOMPARE(m_store->peek(AuditTrail::keyName()), key);
        const QList<AuditEntry> entries = signedEntries(second.log());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().actor, QStringLiteral("dbus:org.example.App"));
        QVERIFY(AuditVerifier::verify(second.log(), QByteArray::fromHex(key.toLatin1())).holds());
    }

    void keepsEntriesPendingWhileTheKeyIsOutOfReach()
    {
        m_store->setCondition(MemorySecretStore::Condition::Unavailable);
        AuditTrail trail(&*m_store, m_dir->path());
        trail.record(AuditEvent::VaultWrongPassphrase, QStringLiteral("vault"),
                     QStringLiteral("wrong_passphrase"));
        QVERIFY(waitIdle(trail));
        QCOMPARE(signedEntries(trail.log()).size(), 0);
        QCOMPARE(trail.log().readAll().size(), 1);

        m_store->setCondition(MemorySecretStore::Condition::Available);
        AuditTrail later(&*m_store, m_dir->path());
        later.record(AuditEvent::VaultUnlocked, QStringLiteral("vault"));
        QVERIFY(waitIdle(later));
        const QList<AuditEntry> entries = signedEntries(later.log());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).event, QStringLiteral("vault.wrong_passphrase"));
        QVERIFY(entries.at(0).late);
        QVERIFY(!entries.at(1).late);
    }

    void aTrailDestroyedWhileWaitingLeavesItsEntriesPending()
    {
        {
            AuditTrail trail(&*m_store, m_dir->path());
            trail.record(AuditEvent::TokenHandedOut, QStringLiteral("github/42"));
        }
        const QList<AuditEntry> all = AuditLog(m_dir->path()).readAll();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().sequence, 0);
    }

    void noteGoesToTheCurrentTrail()
    {
        AuditTrail::note(AuditEvent::CredentialsRemoved, QStringLiteral("none")); // no trail: nothing happens
        {
            AuditTrail trail(&*m_store, m_dir->path());
            QCOMPARE(AuditTrail::current(), &trail);
            AuditTrail::note(AuditEvent::CredentialsRemoved, QStringLiteral("github"));
            QVERIFY(waitIdle(trail));
            QCOMPARE(signedEntries(trail.log()).size(), 1);
        }
        QCOMPARE(AuditTrail::current(), nullptr);
    }

    void recordsTheVaultsUnlocks()
    {
        AuditTrail trail(&*m_store, m_dir->path());
        Q_EMIT m_store->unlockFinished({ ErrorCode::WrongPassphrase, QStringLiteral("wrong") });
        Q_EMIT m_store->unlockFinished({});
        QVERIFY(waitIdle(trail));
        const QList<AuditEntry> entries = signedEntries(trail.log());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).event, QStringLiteral("vault.wrong_passphrase"));
        QCOMPARE(entries.at(0).outcome, QStringLiteral("wrong_passphrase"));
        QCOMPARE(entries.at(1).event, QStringLiteral("vault.unlocked"));
    }

    void verifyNeedsTheKey()
    {
        AuditTrail trail(&*m_store, m_dir->path());
        trail.record(AuditEvent::CredentialsSaved, QStringLiteral("github"));
        QVERIFY(waitIdle(trail));

        std::optional<Result<AuditVerdict>> outcome;
        trail.verify(this, [&outcome](const Result<AuditVerdict>& verdict) { outcome = verdict; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->value().holds());

        m_store->insert(AuditTrail::keyName(), QString(64, u'0'));
        outcome.reset();
        trail.verify(this, [&outcome](const Result<AuditVerdict>& verdict) { outcome = verdict; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->value().problem, AuditVerdict::Problem::Changed);

        m_store.emplace(); // a keyring reset: no key at all
        AuditTrail again(&*m_store, m_dir->path());
        outcome.reset();
        again.verify(this, [&outcome](const Result<AuditVerdict>& verdict) { outcome = verdict; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->value().problem, AuditVerdict::Problem::KeyMissing);
    }

    void verifiesAnEmptyTrailWithoutAKey()
    {
        AuditTrail trail(&*m_store, m_dir->path());
        std::optional<Result<AuditVerdict>> outcome;
        trail.verify(this, [&outcome](const Result<AuditVerdict>& verdict) { outcome = verdict; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->value().holds());
        QCOMPARE(outcome->value().entries, 0);
        QVERIFY(!m_store->contains(AuditTrail::keyName())); // verifying never creates one
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<MemorySecretStore> m_store;
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
