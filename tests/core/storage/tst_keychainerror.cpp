// KeychainError::toError: every QtKeychain outcome that libsecret, KWallet
// and the D-Bus layer are known to produce, with the texts they really send
// (see /work/shared/notes, QtKeychain 0.13.2 on Debian 12).
#include "core/storage/keychainerror.h"

#include <QTest>

using namespace Plugboard;
using KeychainError::Code;
using KeychainError::Operation;

Q_DECLARE_METATYPE(Code)
Q_DECLARE_METATYPE(Operation)
Q_DECLARE_METATYPE(ErrorCode)

class TestKeychainError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsCodeAndText_data();
    void mapsCodeAndText();
    void unavailableAndLockedMessagesSayWhatToDo();
    void notFoundWarnsItMayBeLocked();
    void otherFailuresQuoteTheBackend();
};

void TestKeychainError::mapsCodeAndText_data()
{
    QTest::addColumn<Code>("code");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorCode>("expected");

    const QString noBus = QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY");
    const QString noService
        = QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
    const QString noCollection = QStringLiteral(
        "Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d");
    const QString deadBus = QStringLiteral("Could not connect: No such file or directory");
    const QString serviceGone = QStringLiteral("GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The "
                                               "name :1.7 was not provided by any .service files");
    const QString lockedCollection = QStringLiteral("Cannot create an item in a locked collection");

    QTest::newRow("no error") << Code::NoError << Operation::Write << QString() << ErrorCode::None;
    QTest::newRow("no session bus, write")
        << Code::OtherError << Operation::Write << noBus << ErrorCode::KeyringUnavailable;
    QTest::newRow("no session bus, read")
        << Code::OtherError << Operation::Read << noBus << ErrorCode::KeyringUnavailable;
    QTest::newRow("bus address points nowhere")
        << Code::OtherError << Operation::Read << deadBus << ErrorCode::KeyringUnavailable;
    QTest::newRow("no secret service, write")
        << Code::OtherError << Operation::Write << noService << ErrorCode::KeyringUnavailable;
    QTest::newRow("no secret service, read")
        << Code::OtherError << Operation::Read << noService << ErrorCode::KeyringUnavailable;
    QTest::newRow("no secret service, remove")
        << Code::OtherError << Operation::Remove << noService << ErrorCode::KeyringUnavailable;
    QTest::newRow("no login collection")
        << Code::OtherError << Operation::Write << noCollection << ErrorCode::KeyringUnavailable;
    QTest::newRow("secret service went away")
        << Code::OtherError << Operation::Read << serviceGone << ErrorCode::KeyringUnavailable;
    QTest::newRow("kwallet not running")
        << Code::NoBackendAvailable << Operation::Write
        << QStringLiteral("The name org.kde.kwalletd5 was not provided by any "
                          ".service files")
        << ErrorCode::KeyringUnavailable;
    QTest::newRow("no backend") << Code::NoBackendAvailable << Operation::Write << QString()
                                << ErrorCode::KeyringUnavailable;
    QTest::newRow("locked collection, write")
        << Code::AccessDenied << Operation::Write << lockedCollection << ErrorCode::KeyringLocked;
    QTest::newRow("locked collection, remove")
        << Code::AccessDenied << Operation::Remove << lockedCollection << ErrorCode::KeyringLocked;
    QTest::newRow("kwallet refused") << Code::AccessDenied << Operation::Read
                                     << QStringLiteral("Access to keychain denied")
                                     << ErrorCode::KeyringAccessDenied;
    QTest::newRow("user declined") << Code::AccessDeniedByUser << Operation::Read
                                   << QStringLiteral("Access denied by user")
                                   << ErrorCode::KeyringAccessDenied;
    QTest::newRow("entry not found, read") << Code::EntryNotFound << Operation::Read
                                           << QStringLiteral("Entry not found") << ErrorCode::SecretNotFound;
    QTest::newRow("entry not found, remove")
        << Code::EntryNotFound << Operation::Remove << QStringLiteral("Entry not found") << ErrorCode::None;
    QTest::newRow("entry not found, write") << Code::EntryNotFound << Operation::Write
                                            << QStringLiteral("Entry not found") << ErrorCode::StorageFailed;
    QTest::newRow("could not delete")
        << Code::CouldNotDeleteEntry << Operation::Remove
        << QStringLiteral("Could not delete encrypted data from settings") << ErrorCode::StorageFailed;
    QTest::newRow("not implemented") << Code::NotImplemented << Operation::Write
                                     << QStringLiteral("Not implemented") << ErrorCode::StorageFailed;
    QTest::newRow("other error, unknown text") << Code::OtherError << Operation::Write
                                               << QStringLiteral("Unknown error") << ErrorCode::StorageFailed;
    QTest::newRow("other error, no text")
        << Code::OtherError << Operation::Read << QString() << ErrorCode::StorageFailed;
    // "locked" only decides for AccessDenied; an OtherError stays a failure.
    QTest::newRow("other error mentioning locked")
        << Code::OtherError << Operation::Write << QStringLiteral("file is locked by another process")
        << ErrorCode::StorageFailed;
}

void TestKeychainError::mapsCodeAndText()
{
    QFETCH(Code, code);
    QFETCH(Operation, operation);
    QFETCH(QString, text);
    QFETCH(ErrorCode, expected);

    const Error error = KeychainError::toError(code, text, operation);
    QCOMPARE(error.codeName(), errorCodeName(expected));
    QCOMPARE(error.message.isEmpty(), expected == ErrorCode::None);
}

void TestKeychainError::unavailableAndLockedMessagesSayWhatToDo()
{
    QCOMPARE(
        KeychainError::toError(Code::NoBackendAvailable, QString(), Operation::Write).message,
        QStringLiteral("No keyring service is running. Start your desktop's keyring (GNOME Keyring, KWallet "
                       "or KeePassXC with Secret Service) and try again."));
    QCOMPARE(KeychainError::toError(Code::AccessDenied,
                                    QStringLiteral("Cannot create an item in a locked collection"),
                                    Operation::Write)
                 .message,
             QStringLiteral("Your keyring is locked. Unlock it and try again."));
}

void TestKeychainError::notFoundWarnsItMayBeLocked()
{
    // libsecret reports a locked keyring on read as "not found": the message
    // must not claim the secret is gone.
    const Error error
        = KeychainError::toError(Code::EntryNotFound, QStringLiteral("Entry not found"), Operation::Read);
    QVERIFY2(error.message.contains(QLatin1String("locked")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("Unlock")), qPrintable(error.message));
}

void TestKeychainError::otherFailuresQuoteTheBackend()
{
    const QString text = QStringLiteral("Some D-Bus failure 42");
    const Error error = KeychainError::toError(Code::OtherError, text, Operation::Write);
    QCOMPARE(error.code, ErrorCode::StorageFailed);
    QVERIFY2(error.message.contains(text), qPrintable(error.message));
    QVERIFY(error.message.endsWith(QLatin1String("try again.")));
}

QTEST_GUILESS_MAIN(TestKeychainError)
#include "tst_keychainerror.moc"
