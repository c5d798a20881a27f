// Proves the ground under every secret: QtKeychain reaches a real
// gnome-keyring through libsecret in the suite's private D-Bus session.
#include "tests/support/privatekeyring.h"

#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace Plugboard;

namespace {

const QString kService = QStringLiteral("org.plugboard.Plugboard.tests");
const QString kKey = QStringLiteral("integration/round-trip");

// Runs a job to completion on the event loop and returns its error.
QKeychain::Error run(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(15000))
        qFatal("keychain job did not finish within 15 s");
    return job.error();
}

QKeychain::Error write(const QString& value)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(kKey);
    job.setTextData(value);
    const QKeychain::Error error = run(job);
    if (error != QKeychain::NoError)
        qWarning("write failed: %s", qPrintable(job.errorString()));
    return error;
}

std::pair<QKeychain::Error, QString> read()
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(kKey);
    const QKeychain::Error error = run(job);
    return { error, job.textData() };
}

} // namespace

class TestKeychainIntegration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadOverwriteDelete();
};

void TestKeychainIntegration::initTestCase()
{
    QVERIFY2(Test::PrivateKeyring::isActive(), qPrintable(Test::PrivateKeyring::whyNotActive()));
}

void TestKeychainIntegration::writeReadOverwriteDelete()
{
    const QString first = QStringLiteral("pb-test-secret-{\"access\":\"first\"}");
    const QString second = QStringLiteral("pb-test-secret-{\"access\":\"second\",\"é\":\"ü\"}");

    QCOMPARE(write(first), QKeychain::NoError);
    auto [error, value] = read();
    QCOMPARE(error, QKeychain::NoError);
    QCOMPARE(value, first);

    QCOMPARE(write(second), QKeychain::NoError);
    std::tie(error, value) = read();
    QCOMPARE(error, QKeychain::NoError);
    QCOMPARE(value, second);

    QKeychain::DeletePasswordJob remove(kService);
    remove.setKey(kKey);
    QCOMPARE(run(remove), QKeychain::NoError);

    std::tie(error, value) = read();
    QCOMPARE(error, QKeychain::EntryNotFound);
    QVERIFY(value.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychainIntegration)
#include "tst_keychainintegration.moc"
