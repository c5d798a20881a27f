#include "tests/support/secretstorecontract.h"

#include "tests/support/testsecrets.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace Plugboard::Test {

SecretJobOutcome runSecretJob(SecretJob* job, int timeoutMs)
{
    SecretJobOutcome outcome;
    bool insideStart = false;
    QObject receiver;
    onFinished(job, &receiver, [&](SecretJob* finished) {
        ++outcome.finishedCount;
        outcome.finishedInsideStart = outcome.finishedInsideStart || insideStart;
        outcome.error = finished->error();
        outcome.value = finished->value();
        outcome.removedKeys = finished->removedKeys();
    });
    insideStart = true;
    job->start();
    insideStart = false;
    outcome.timedOut = !QTest::qWaitFor([&] { return outcome.finishedCount > 0; }, timeoutMs);
    return outcome;
}

namespace SecretStoreContract {

namespace {

QString key(const QString& account)
{
    return SecretStore::connectionKey(QStringLiteral("contract"), account);
}

// Writes and checks success; QVERIFY needs a void function.
void mustWrite(SecretStore& store, const QString& key, const QString& value)
{
    const SecretJobOutcome outcome = runSecretJob(store.write(key, value));
    QVERIFY2(!outcome.timedOut, qPrintable(key));
    QVERIFY2(!outcome.error.isError(), qPrintable(key + QStringLiteral(": ") + outcome.error.message));
}

// Compares without printing the secret on a mismatch.
void mustRead(SecretStore& store, const QString& key, const QString& expected)
{
    const SecretJobOutcome outcome = runSecretJob(store.read(key));
    QVERIFY2(!outcome.timedOut, qPrintable(key));
    QVERIFY2(!outcome.error.isError(), qPrintable(key + QStringLiteral(": ") + outcome.error.message));
    QVERIFY2(outcome.value == expected,
             qPrintable(QStringLiteral("%1: read %2 characters, expected %3")
                            .arg(key)
                            .arg(outcome.value.size())
                            .arg(expected.size())));
}

void mustBeMissing(SecretStore& store, const QString& key)
{
    const SecretJobOutcome outcome = runSecretJob(store.read(key));
    QVERIFY2(!outcome.timedOut, qPrintable(key));
    QVERIFY2(outcome.error.code == ErrorCode::SecretNotFound,
             qPrintable(key + QStringLiteral(": ") + outcome.error.codeName()));
    QVERIFY(outcome.value.isEmpty());
}

} // namespace

void jobShape(SecretStore& store)
{
    const QString shapeKey = key(QStringLiteral("shape"));
    QPointer<SecretJob> write = store.write(shapeKey, fakeSecret(QStringLiteral("shape")));
    QCOMPARE(write->kind(), SecretJob::Kind::Write);
    QCOMPARE(write->key(), shapeKey);
    QVERIFY(write->autoDelete());
    QVERIFY(!write->isFinished());
    const SecretJobOutcome written = runSecretJob(write);
    QVERIFY(!written.timedOut);
    QVERIFY(!written.finishedInsideStart);
    QCOMPARE(written.error.code, ErrorCode::None);
    QTRY_VERIFY(write.isNull()); // auto-deleted after finished()

    SecretJob* read = store.read(shapeKey);
    read->setAutoDelete(false);
    QSignalSpy finished(read, &SecretJob::finished);
    read->start();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("started twice")));
    read->start(); // ignored, with a warning
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(20'000));
    QTest::qWait(100); // room for a wrong second emission
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<SecretJob*>(), read);
    QVERIFY(read->isFinished());
    QCOMPARE(read->kind(), SecretJob::Kind::Read);
    QCOMPARE(read->error().code, ErrorCode::None);
    QVERIFY(!read->value().isEmpty());
    delete read; // ours: auto-delete was off

    SecretJob* never = store.read(shapeKey);
    delete never; // a job never started may simply be deleted
    QCOMPARE(runSecretJob(store.remove(shapeKey)).error.code, ErrorCode::None);
}

void roundTrip(SecretStore& store)
{
    const QString value = fakeSecret(QStringLiteral("round-trip"));
    mustWrite(store, key(QStringLiteral("round-trip")), value);
    mustRead(store, key(QStringLiteral("round-trip")), value);
}

void overwrite(SecretStore& store)
{
    const QString first = fakeSecret(QStringLiteral("first"));
    const QString second = fakeSecret(QStringLiteral("second"));
    mustWrite(store, key(QStringLiteral("overwrite")), first);
    mustWrite(store, key(QStringLiteral("overwrite")), second);
    mustRead(store, key(QStringLiteral("overwrite")), second);
}

void readMissing(SecretStore& store)
{
    const SecretJobOutcome outcome = runSecretJob(store.read(key(QStringLiteral("never-written"))));
    QVERIFY(!outcome.timedOut);
    QCOMPARE(outcome.error.code, ErrorCode::SecretNotFound);
    QVERIFY(outcome.value.isEmpty());
    // Callers must not take "not found" as proof of absence.
    QVERIFY2(outcome.error.message.contains(QLatin1String("locked")), qPrintable(outcome.error.message));
}

void remove(SecretStore& store)
{
    const QString removed = key(QStringLiteral("removed"));
    const QString kept = key(QStringLiteral("kept"));
    const QString keptValue = fakeSecret(QStringLiteral("kept"));
    mustWrite(store, removed, fakeSecret(QStringLiteral("removed")));
    mustWrite(store, kept, keptValue);

    const SecretJobOutcome outcome = runSecretJob(store.remove(removed));
    QVERIFY(!outcome.timedOut);
    QCOMPARE(outcome.error.code, ErrorCode::None);
    mustBeMissing(store, removed);
    mustRead(store, kept, keptValue);

    QCOMPARE(runSecretJob(store.remove(removed)).error.code, ErrorCode::None); // already gone
}

void removeAllIsScoped(SecretStore& store)
{
    const QString platform = QStringLiteral("contract");
    const QString connection = SecretStore::connectionKey(platform, QStringLiteral("1"));
    const QStringList doomed { connection, connection + QStringLiteral("/refresh") };
    // Same platform, an account id that merely starts alike; another
    // platform with the same account id; the platform's app credentials.
    const QStringList kept { SecretStore::connectionKey(platform, QStringLiteral("12")),
                             SecretStore::connectionKey(QStringLiteral("contract-other"),
                                                        QStringLiteral("1")),
                             SecretStore::credentialsKey(platform) };
    QHash<QString, QString> values;
    for (const QString& k : doomed + kept) {
        values.insert(k, fakeSecret(QStringLiteral("scoped")));
        mustWrite(store, k, values.value(k));
        if (QTest::currentTestFailed())
            return;
    }

    const SecretJobOutcome outcome = runSecretJob(store.removeAll(connection));
    QVERIFY(!outcome.timedOut);
    QCOMPARE(outcome.error.code, ErrorCode::None);
    QCOMPARE(outcome.removedKeys, doomed); // sorted: "…/1" before "…/1/refresh"

    for (const QString& k : doomed)
        mustBeMissing(store, k);
    for (const QString& k : kept)
        mustRead(store, k, values.value(k));

    const SecretJobOutcome again = runSecretJob(store.removeAll(connection));
    QCOMPARE(again.error.code, ErrorCode::None);
    QVERIFY(again.removedKeys.isEmpty());
}

void unusualValues(SecretStore& store)
{
    const QString json = QStringLiteral("{\"access_token\":\"%1\",\"scopes\":[\"a b\",\"c\"]}")
                             .arg(fakeSecret(QStringLiteral("json")));
    QString large = fakeSecret(QStringLiteral("large"));
    while (large.size() < 100 * 1024)
        large += QStringLiteral("0123456789abcdef");
    const QList<std::pair<QString, QString>> values {
        { QStringLiteral("unicode"),
          fakeSecret(QStringLiteral("unicode")) + QStringLiteral(" é ü ß 日本語 🔑 \u200b") },
        { QStringLiteral("json"), json },
        { QStringLiteral("lines"),
          fakeSecret(QStringLiteral("lines")) + QStringLiteral("\nline 2\r\n\ttab") },
        { QStringLiteral("empty"), QString() },
        { QStringLiteral("large"), large },
    };
    for (const auto& [name, value] : values) {
        mustWrite(store, key(name), value);
        mustRead(store, key(name), value);
        if (QTest::currentTestFailed())
            return;
    }
}

void invalidArguments(SecretStore& store)
{
    const QString withNul = fakeSecret(QStringLiteral("nul")) + QChar(0) + QStringLiteral("tail");
    const QList<std::pair<const char*, SecretJob*>> jobs {
        { "read without key", store.read(QString()) },
        { "write without key", store.write(QString(), fakeSecret(QStringLiteral("no-key"))) },
        { "remove without key", store.remove(QString()) },
        { "value with NUL", store.write(key(QStringLiteral("nul")), withNul) },
    };
    for (const auto& [name, job] : jobs) {
        const SecretJobOutcome outcome = runSecretJob(job);
        QVERIFY2(!outcome.timedOut, name);
        QVERIFY2(!outcome.finishedInsideStart, name);
        QCOMPARE(outcome.finishedCount, 1);
        QVERIFY2(outcome.error.code == ErrorCode::InvalidArgument, name);
        QVERIFY(!outcome.error.message.isEmpty());
    }
    mustBeMissing(store, key(QStringLiteral("nul")));
}

} // namespace SecretStoreContract
} // namespace Plugboard::Test
