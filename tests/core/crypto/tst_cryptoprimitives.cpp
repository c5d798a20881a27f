// The OpenSSL wrappers the vault uses, against published known answers:
// AES-256-GCM from NIST CAVP (gcmEncryptExtIV256.rsp, 96-bit IVs, 128-bit
// tags, with and without AAD) and scrypt from RFC 7914 §12.
#include "core/audit/auditmac.h"
#include "core/crypto/cryptoprimitives.h"

#include <QTest>

using namespace Plugboard;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

} // namespace

class TestCryptoPrimitives final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gcmKnownAnswers_data();
    void gcmKnownAnswers();
    void gcmRefusesAChangedByte_data();
    void gcmRefusesAChangedByte();
    void gcmRefusesBadSizes();
    void scryptKnownAnswers_data();
    void scryptKnownAnswers();
    void scryptHonoursTheMemoryBound();
    void hmacAndHkdfKnownAnswers();
    void randomBytesDiffer();
    void wipeZeroesAndEmpties();
};

void TestCryptoPrimitives::gcmKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");
    // [Keylen = 256] [IVlen = 96] [Taglen = 128] of gcmEncryptExtIV256.rsp.
    QTest::newRow("PTlen=0 AADlen=0 (SP 800-38D test case 13)")
        << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray() << QByteArray() << QByteArray()
        << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("PTlen=128 AADlen=0 Count=0")
        << hex("31bdadd96698c204aa9ce1448ea94ae1fb4a9a0b3c9d773b51bb1822666b8f22")
        << hex("0d18e06c7c725ac9e362e1ce") << hex("2db5168e932556f8089a0622981d017d") << QByteArray()
        << hex("fa4362189661d163fcd6a56d8bf0405a") << hex("d636ac1bbedd5cc3ee727dc2ab4a9489");
    QTest::newRow("PTlen=128 AADlen=128 Count=0")
        << hex("92e11dcdaa866f5ce790fd24501f92509aacf4cb8b1339d50c9c1240935dd08b")
        << hex("ac93a1a6145299bde902f21a") << hex("2d71bcfa914e4ac045b2aa60955fad24")
        << hex("1e0889016f67601c8ebea4943bc23ad6") << hex("8995ae2e6df3dbf96fac7b7137bae67f")
        << hex("eca5aa77d51d4a0a14d9c51e1da474ab");
    QTest::newRow("PTlen=128 AADlen=160")
        << hex("83688deb4af8007f9b713b47cfa6c73e35ea7a3aa4ecdb414dded03bf7a0fd3a")
        << hex("0b459724904e010a46901cf3") << hex("33d893a2114ce06fc15d55e454cf90c3")
        << hex("794a14ccd178c8ebfd1379dc704c5e208f9d8424") << hex("cc66bee423e3fcd4c0865715e9586696")
        << hex("0fb291bd3dba94a1dfd8b286cfb97ac5");
    QTest::newRow("PTlen=104 AADlen=160 Count=1")
        << hex("97431e565e8370a4879de962746a2fd67eca868b1c8e51eece2c1f94f74af407")
        << hex("17fb63066e2726d282ecc610") << hex("e21629cc973fbe40176e621d9d")
        << hex("78e7374da7c77be5938de8dd76cf0308618306a9") << hex("80dbd469de480389ba6c2fca52")
        << hex("4e284abb8b4f9f13c7497ae56df05fa5");
    QTest::newRow("PTlen=408 AADlen=0 Count=8")
        << hex("595f259c55abe00ae07535ca5d9b09d6efb9f7e9abb64605c337acbd6b14fc7e")
        << hex("92f258071d79af3e63672285")
        << hex("a6fee33eb110a2d769bbc52b0f36969c287874f665681477a25fc4c48015c541fbe2394133ba490a34ee2dd67b898"
               "177"
               "849a91")
        << QByteArray()
        << hex("bbca4a9e09ae9690c0f6f8d405e53dccd666aa9c5fa13c8758bc30abe1ddd1bcce0d36a1eaaaaffef20cd3c5970b9"
               "673"
               "f8a65c")
        << hex("26ccecb9976fd6ac9c2c0f372c52c821");
}

void TestCryptoPrimitives::gcmKnownAnswers()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);
    const std::optional<Crypto::GcmOutput> sealed = Crypto::aes256GcmEncrypt(key, iv, aad, plaintext);
    QVERIFY(sealed);
    QCOMPARE(sealed->ciphertext.toHex(), ciphertext.toHex());
    QCOMPARE(sealed->tag.toHex(), tag.toHex());
    const std::optional<QByteArray> opened = Crypto::aes256GcmDecrypt(key, iv, aad, ciphertext, tag);
    QVERIFY(opened);
    QCOMPARE(opened->toHex(), plaintext.toHex());
}

void TestCryptoPrimitives::gcmRefusesAChangedByte_data()
{
    QTest::addColumn<QString>("part");
    for (const char* part : { "key", "iv", "aad", "ciphertext", "tag" })
        QTest::newRow(part) << QString::fromLatin1(part);
}

void TestCryptoPrimitives::gcmRefusesAChangedByte()
{
    QFETCH(QString, part);
    QByteArray key = hex("92e11dcdaa866f5ce790fd24501f92509aacf4cb8b1339d50c9c1240935dd08b");
    QByteArray iv = hex("ac93a1a6145299bde902f21a");
    QByteArray aad = hex("1e0889016f67601c8ebea4943bc23ad6");
    QByteArray ciphertext = hex("8995ae2e6df3dbf96fac7b7137bae67f");
    QByteArray tag = hex("eca5aa77d51d4a0a14d9c51e1da474ab");
    QByteArray& changed = part == QLatin1String("key") ? key
        : part == QLatin1String("iv")                  ? iv
        : part == QLatin1String("aad")                 ? aad
        : part == QLatin1String("ciphertext")          ? ciphertext
                                                       : tag;
    changed[3] = char(changed.at(3) ^ 0x01);
    QVERIFY(!Crypto::aes256GcmDecrypt(key, iv, aad, ciphertext, tag));
}

void TestCryptoPrimitives::gcmRefusesBadSizes()
{
    const QByteArray key(32, 'k');
    QVERIFY(!Crypto::aes256GcmEncrypt(QByteArray(16, 'k'), QByteArray(12, 'n'), {}, "x"));
    QVERIFY(!Crypto::aes256GcmEncrypt(key, QByteArray(16, 'n'), {}, "x"));
    QVERIFY(!Crypto::aes256GcmDecrypt(key, QByteArray(12, 'n'), {}, "x", QByteArray(15, 't')));
}

void TestCryptoPrimitives::scryptKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("RFC 7914: empty, N=16")
        << QByteArray() << QByteArray() << quint64(16) << 1u << 1u
        << hex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
               "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("RFC 7914: password/NaCl, N=1024")
        << QByteArray("password") << QByteArray("NaCl") << quint64(1024) << 8u << 16u
        << hex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d983"
               "0da"
               "c727afb94a83ee6d8360cbdfa2cc0640");
    QTest::newRow("RFC 7914: pleaseletmein, N=16384")
        << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << quint64(16384) << 8u << 1u
        << hex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d49705242a9"
               "af9"
               "e61e85dc0d651e40dfcf017b45575887");
}

void TestCryptoPrimitives::scryptKnownAnswers()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, expected);
    const std::optional<QByteArray> derived = Crypto::scrypt(passphrase, salt, n, r, p, 64, quint64(1) << 30);
    QVERIFY(derived);
    QCOMPARE(derived->toHex(), expected.toHex());
}

void TestCryptoPrimitives::scryptHonoursTheMemoryBound()
{
    // N=2^20, r=8 needs 1 GiB: refused under a 16 MiB bound, without trying.
    QVERIFY(!Crypto::scrypt("p", "s", quint64(1) << 20, 8, 1, 32, quint64(16) << 20));
    QVERIFY(!Crypto::scrypt("p", "s", 1000, 8, 1, 32, quint64(1) << 30)); // N not a power of two
}

void TestCryptoPrimitives::hmacAndHkdfKnownAnswers()
{
    // RFC 4231 test case 2 and RFC 5869 test case 1.
    QCOMPARE(Crypto::hmacSha256("Jefe", "what do ya want for nothing?")->toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    // The audit chain's MAC (Qt, so the lean CLI signs without OpenSSL) is
    // the same function: RFC 4231 case 2, and a 32-byte key like the trail's.
    QCOMPARE(AuditMac::sign("Jefe", "what do ya want for nothing?")->toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    const QByteArray key(AuditMac::kKeyBytes, '\x5c');
    QCOMPARE(AuditMac::sign(key, QByteArray(1000, 'e')), Crypto::hmacSha256(key, QByteArray(1000, 'e')));
    QCOMPARE(
        Crypto::hkdfSha256(QByteArray(22, '\x0b'), hex("000102030405060708090a0b0c"),
                           hex("f0f1f2f3f4f5f6f7f8f9"), 42)
            ->toHex(),
        QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
}

void TestCryptoPrimitives::randomBytesDiffer()
{
    const std::optional<QByteArray> a = Crypto::randomBytes(12);
    const std::optional<QByteArray> b = Crypto::randomBytes(12);
    QVERIFY(a && b);
    QCOMPARE(a->size(), 12);
    QVERIFY(*a != *b);
}

void TestCryptoPrimitives::wipeZeroesAndEmpties()
{
    QByteArray key(32, 'k');
    Crypto::wipe(key);
    QVERIFY(key.isEmpty());
    QVERIFY(Crypto::equalInConstantTime("abc", "abc"));
    QVERIFY(!Crypto::equalInConstantTime("abc", "abd"));
    QVERIFY(!Crypto::equalInConstantTime("abc", "abcd"));
}

QTEST_GUILESS_MAIN(TestCryptoPrimitives)
#include "tst_cryptoprimitives.moc"
