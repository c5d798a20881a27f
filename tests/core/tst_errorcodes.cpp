#include "core/error.h"
#include "core/result.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Plugboard;

class TestErrorCodes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreUniqueSnakeCase();
    void namesAreStable_data();
    void namesAreStable();
    void resultCarriesValueOrError();
    void voidResultDefaultsToSuccess();
};

void TestErrorCodes::namesAreUniqueSnakeCase()
{
    static const QRegularExpression snakeCase(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
    QSet<QString> names;
    const int last = static_cast<int>(ErrorCode::Cancelled);
    for (int i = 0; i <= last; ++i) {
        const QString name = errorCodeName(static_cast<ErrorCode>(i));
        QVERIFY2(snakeCase.match(name).hasMatch(), qPrintable(name));
        QVERIFY2(name != QLatin1String("unknown"), qPrintable(QString::number(i)));
        names.insert(name);
    }
    QCOMPARE(names.size(), last + 1);
}

// These names are printed by the command line and read by scripts.
void TestErrorCodes::namesAreStable_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("locked") << ErrorCode::KeyringLocked << QStringLiteral("keyring_locked");
    QTest::newRow("denied") << ErrorCode::AccessDenied << QStringLiteral("access_denied");
    QTest::newRow("state") << ErrorCode::StateMismatch << QStringLiteral("state_mismatch");
    QTest::newRow("grant") << ErrorCode::InvalidGrant << QStringLiteral("invalid_grant");
    QTest::newRow("passphrase") << ErrorCode::WrongPassphrase << QStringLiteral("wrong_passphrase");
    QTest::newRow("redirect") << ErrorCode::RedirectUriMismatch << QStringLiteral("redirect_uri_mismatch");
}

void TestErrorCodes::namesAreStable()
{
    QFETCH(ErrorCode, code);
    QFETCH(QString, name);
    QCOMPARE(errorCodeName(code), name);
}

void TestErrorCodes::resultCarriesValueOrError()
{
    const Result<int> ok(42);
    QVERIFY(ok.hasValue());
    QCOMPARE(ok.value(), 42);

    const Result<int> failed(Error { ErrorCode::CorruptFile, QStringLiteral("broken") });
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::CorruptFile);
    QCOMPARE(failed.error().codeName(), QStringLiteral("corrupt_file"));
}

void TestErrorCodes::voidResultDefaultsToSuccess()
{
    QVERIFY(Result<void>().hasValue());
    QVERIFY(!Result<void>(Error { ErrorCode::Timeout, QStringLiteral("slow") }).hasValue());
}

QTEST_GUILESS_MAIN(TestErrorCodes)
#include "tst_errorcodes.moc"
