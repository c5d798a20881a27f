// The sealed-file format: round trips, and every kind of damage told apart
// (damaged, newer, wrong passphrase, changed on purpose), never a crash.
#include "core/crypto/passphraseseal.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Plugboard;
using Crypto::PassphraseSeal;
using Crypto::ScryptParams;
using Crypto::SealKey;

namespace {

const QByteArray kKind = QByteArrayLiteral("TEST");
const QString kSource = QStringLiteral("/home/someone/.local/share/plugboard/vault.pbv");
// Cheap for unit tests; the real cost is exercised by tst_vaultsecretstore.
const ScryptParams kCheap { 4, 8, 1 };

SealKey keyFor(const QByteArray& passphrase, const QByteArray& salt = {})
{
    Result<SealKey> key = SealKey::derive(passphrase, kCheap, salt);
    if (!key)
        qFatal("derive failed");
    return std::move(key).value();
}

QByteArray sealed(const SealKey& key, const QByteArray& plaintext)
{
    const Result<QByteArray> bytes = PassphraseSeal::seal(plaintext, key, kKind);
    return bytes ? bytes.value() : QByteArray();
}

/// Recomputes the trailing SHA-256, as someone changing the file on purpose would.
QByteArray withChecksum(QByteArray bytes)
{
    const int body = int(bytes.size()) - PassphraseSeal::kChecksumBytes;
    bytes.replace(body, PassphraseSeal::kChecksumBytes,
                  QCryptographicHash::hash(bytes.first(body), QCryptographicHash::Sha256));
    return bytes;
}

} // namespace

class TestPassphraseSeal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void everySealHasAFreshNonce();
    void headerIsReadableWithoutThePassphrase();
    void wrongPassphraseIsToldApart();
    void flippedByteAnywhereIsDamage();
    void changedOnPurposeIsAnIntegrityError_data();
    void changedOnPurposeIsAnIntegrityError();
    void truncatedAtEveryLength();
    void newerVersionIsRefused();
    void otherKindIsRefused();
    void absurdParametersAreRefusedBeforeDeriving();
    void headerCannotDemandMinutesOfWork();
};

void TestPassphraseSeal::roundTrip()
{
    const SealKey key = keyFor("correct horse");
    for (const QByteArray& plaintext : { QByteArray(), QByteArray("{}"), QByteArray(100'000, 'x') }) {
        const QByteArray bytes = sealed(key, plaintext);
        QCOMPARE(bytes.size(),
                 PassphraseSeal::kHeaderBytes + plaintext.size() + PassphraseSeal::kTagBytes
                     + PassphraseSeal::kChecksumBytes);
        QVERIFY(!plaintext.isEmpty() ? !bytes.contains(plaintext) : true);
        const Result<QByteArray> opened = PassphraseSeal::open(bytes, key, kKind, kSource);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened.value(), plaintext);
        // Another derivation from the same passphrase and salt opens it too.
        QVERIFY(PassphraseSeal::open(bytes, keyFor("correct horse", key.salt()), kKind, kSource));
    }
}

void TestPassphraseSeal::everySealHasAFreshNonce()
{
    const SealKey key = keyFor("pass");
    const Result<Crypto::SealHeader> one = PassphraseSeal::inspect(sealed(key, "same"), kKind, kSource);
    const Result<Crypto::SealHeader> two = PassphraseSeal::inspect(sealed(key, "same"), kKind, kSource);
    QVERIFY(one && two);
    QCOMPARE(one.value().nonce.size(), 12);
    QVERIFY(one.value().nonce != two.value().nonce);
    QCOMPARE(one.value().salt, two.value().salt);
    QVERIFY(keyFor("pass").salt() != key.salt()); // a fresh salt per derivation without one
}

void TestPassphraseSeal::headerIsReadableWithoutThePassphrase()
{
    const SealKey key = keyFor("pass");
    const Result<Crypto::SealHeader> header = PassphraseSeal::inspect(sealed(key, "x"), kKind, kSource);
    QVERIFY(header);
    QCOMPARE(header.value().version, PassphraseSeal::kVersion);
    QCOMPARE(header.value().params, kCheap);
    QCOMPARE(header.value().salt, key.salt());
    QCOMPARE(header.value().keyCheck, key.keyCheck());
    QVERIFY(!key.keyCheck().isEmpty());
}

void TestPassphraseSeal::wrongPassphraseIsToldApart()
{
    const SealKey key = keyFor("right");
    const QByteArray bytes = sealed(key, "secret");
    const Result<QByteArray> opened
        = PassphraseSeal::open(bytes, keyFor("wrong", key.salt()), kKind, kSource);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::WrongPassphrase);
    QVERIFY2(opened.error().message.contains(QStringLiteral("Wrong passphrase")),
             qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(kSource));
}

// Accidents (a flipped bit, a lost block): the checksum catches them before
// the passphrase is looked at, so the message is "damaged", whatever the
// passphrase.
void TestPassphraseSeal::flippedByteAnywhereIsDamage()
{
    const SealKey key = keyFor("pass");
    const QByteArray bytes = sealed(key, "{\"connection/a/1\":\"value\"}");
    for (int at = 0; at < bytes.size(); ++at) {
        QByteArray damaged = bytes;
        damaged[at] = char(damaged.at(at) ^ 0x10);
        const Result<QByteArray> opened = PassphraseSeal::open(damaged, key, kKind, kSource);
        QVERIFY2(!opened, qPrintable(QString::number(at)));
        const ErrorCode code = opened.error().code;
        // A flip in the version field can read as a newer format.
        QVERIFY2(code == ErrorCode::CorruptFile || (code == ErrorCode::UnsupportedFileVersion && at < 8),
                 qPrintable(QStringLiteral("byte %1: %2").arg(at).arg(opened.error().codeName())));
        QVERIFY2(opened.error().message.contains(kSource), qPrintable(opened.error().message));
    }
}

void TestPassphraseSeal::changedOnPurposeIsAnIntegrityError_data()
{
    QTest::addColumn<int>("at");
    QTest::addColumn<bool>("readsAsWrongPassphrase");
    // The salt, parameters and key check decide the key: changing them looks
    // exactly like another passphrase. Everything else fails GCM.
    QTest::newRow("kind") << 9 << false;
    QTest::newRow("salt") << 25 << true;
    QTest::newRow("nonce") << 40 << false;
    QTest::newRow("key check") << 60 << true;
    QTest::newRow("ciphertext") << PassphraseSeal::kHeaderBytes + 2 << false;
    QTest::newRow("tag") << -PassphraseSeal::kChecksumBytes - 3 << false;
}

void TestPassphraseSeal::changedOnPurposeIsAnIntegrityError()
{
    QFETCH(int, at);
    QFETCH(bool, readsAsWrongPassphrase);
    const SealKey key = keyFor("pass");
    QByteArray bytes = sealed(key, "{\"connection/a/1\":\"value\"}");
    const int index = at >= 0 ? at : int(bytes.size()) + at;
    bytes[index] = char(bytes.at(index) ^ 0x01);
    bytes = withChecksum(bytes);
    const Result<QByteArray> opened = PassphraseSeal::open(bytes, key, kKind, kSource);
    QVERIFY(!opened);
    if (readsAsWrongPassphrase) {
        QVERIFY(opened.error().code == ErrorCode::WrongPassphrase
                || opened.error().code == ErrorCode::InvalidArgument);
    } else {
        QVERIFY2(opened.error().code == ErrorCode::CorruptFile, qPrintable(opened.error().codeName()));
        QVERIFY(opened.error().message.contains(kSource));
    }
}

void TestPassphraseSeal::truncatedAtEveryLength()
{
    const SealKey key = keyFor("pass");
    const QByteArray bytes = sealed(key, "{\"k\":\"v\"}");
    for (int length = 0; length < bytes.size(); ++length) {
        const Result<QByteArray> opened = PassphraseSeal::open(bytes.first(length), key, kKind, kSource);
        QVERIFY2(!opened && opened.error().code == ErrorCode::CorruptFile,
                 qPrintable(QString::number(length)));
        QVERIFY(opened.error().message.contains(kSource));
    }
    QVERIFY(!PassphraseSeal::open(bytes + "x", key, kKind, kSource)); // one byte too many
}

void TestPassphraseSeal::newerVersionIsRefused()
{
    const SealKey key = keyFor("pass");
    QByteArray bytes = sealed(key, "x");
    bytes[7] = char(PassphraseSeal::kVersion + 1);
    const Result<Crypto::SealHeader> header = PassphraseSeal::inspect(bytes, kKind, kSource);
    QVERIFY(!header);
    QCOMPARE(header.error().code, ErrorCode::UnsupportedFileVersion);
    QVERIFY(header.error().message.contains(QStringLiteral("newer Plugboard")));
    QVERIFY(header.error().message.contains(kSource));
}

void TestPassphraseSeal::otherKindIsRefused()
{
    const SealKey key = keyFor("pass");
    const Result<QByteArray> opened = PassphraseSeal::open(sealed(key, "x"), key, "BKUP", kSource);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::CorruptFile);
}

void TestPassphraseSeal::absurdParametersAreRefusedBeforeDeriving()
{
    QVERIFY(!ScryptParams({ 30, 8, 1 }).isReasonable()); // 128 GiB
    QVERIFY(!ScryptParams({ 15, 8, 0 }).isReasonable());
    QVERIFY(ScryptParams::standard().isReasonable());
    const SealKey key = keyFor("pass");
    QByteArray bytes = sealed(key, "x");
    bytes[13] = char(40); // log2 N
    const Result<Crypto::SealHeader> header = PassphraseSeal::inspect(withChecksum(bytes), kKind, kSource);
    QVERIFY(!header);
    QCOMPARE(header.error().code, ErrorCode::CorruptFile);
}

// Found while writing the header's fuzz target (tests/fuzz): memory alone
// was bounded, so a file asking for 1 GiB with p = 16 made an unlock run
// sixteen 1 GiB scrypt passes (about a minute here). The total work (memory
// times p) is what is bounded now: at most 16 times the standard cost.
void TestPassphraseSeal::headerCannotDemandMinutesOfWork()
{
    QVERIFY(!ScryptParams({ 23, 1, 16 }).isReasonable()); // 1 GiB, 16 passes
    QVERIFY(!ScryptParams({ 20, 8, 2 }).isReasonable()); // 1 GiB, 2 passes
    QVERIFY(ScryptParams({ 20, 8, 1 }).isReasonable()); // 1 GiB once
    QVERIFY(ScryptParams({ 16, 8, 16 }).isReasonable()); // 64 MiB, 16 passes
    QVERIFY(!ScryptParams({ 16, 8, 17 }).isReasonable());
    const SealKey key = keyFor("pass");
    QByteArray bytes = sealed(key, "x");
    bytes[13] = char(23); // log2 N
    bytes.replace(14, 8, QByteArray::fromHex("0000000100000010")); // r = 1, p = 16
    const Result<Crypto::SealHeader> header = PassphraseSeal::inspect(withChecksum(bytes), kKind, kSource);
    QVERIFY(!header);
    QCOMPARE(header.error().code, ErrorCode::CorruptFile);
}

QTEST_GUILESS_MAIN(TestPassphraseSeal)
#include "tst_passphraseseal.moc"
