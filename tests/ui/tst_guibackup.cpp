// File ▸ Export backup… and Import backup… from the window, end to end: the
// real desktop wiring, the private keyring, the real dialogs driven as a
// person would (the file dialog through its test seam). A custom provider,
// its credentials and a connection are exported, everything is forgotten,
// a new window imports them back (after a wrong passphrase, asked again)
// and shows the connection's card; a second import asks about what exists
// and replaces only what was ticked.
#include "app/gui/backupflow.h"
#include "app/gui/desktopapplication.h"
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/storage/connectionstore.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/tokenset.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/secretstorecontract.h"
#include "tests/support/testsecrets.h"
#include "ui/backupconflictdialog.h"
#include "ui/backupresultdialog.h"
#include "ui/filechooser.h"
#include "ui/mainwindow.h"
#include "ui/passphrasedialog.h"
#include "ui/secretlineedit.h"
#include "ui/statusmessages.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Plugboard;

namespace {

const QString kPlatform = QStringLiteral("guibackup");
const QString kConnection = QStringLiteral("guibackup/user-7");
const QString kPassphrase = QStringLiteral("window backup passphrase");

/// Answers the PassphraseDialogs that open next, one answer each, as a
/// person would type; `problems` collects what each showed under its fields.
void typeIntoPassphraseDialogs(QStringList answers, QStringList* problems,
                               QPointer<PassphraseDialog> answered = nullptr)
{
    QTimer::singleShot(50, [answers, problems, answered]() mutable {
        PassphraseDialog* dialog = nullptr;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* found = qobject_cast<PassphraseDialog*>(widget);
                found && found->isVisible() && found != answered)
                dialog = found;
        }
        if (!dialog) {
            typeIntoPassphraseDialogs(answers, problems, answered);
            return;
        }
        problems->append(dialog->findChild<QLabel*>(QStringLiteral("problemLabel"))->text());
        for (auto* field : dialog->findChildren<SecretLineEdit*>())
            field->lineEdit()->setText(answers.constFirst());
        dialog->findChild<QPushButton*>(QStringLiteral("acceptPushButton"))->click();
        answers.removeFirst();
        if (!answers.isEmpty())
            typeIntoPassphraseDialogs(answers, problems, dialog);
    });
}

QString storedSecret(const QString& key)
{
    KeychainSecretStore keyring;
    const Test::SecretJobOutcome read = Test::runSecretJob(keyring.read(key));
    return read.error.isError() ? QString() : read.value;
}

void forgetEverything()
{
    KeychainSecretStore keyring;
    QVERIFY(!Test::runSecretJob(keyring.removeAll(QString())).error.isError());
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
}

} // namespace

class TestGuiBackup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exportThenImportThroughTheFileMenu();

private:
    void seedProfile(Test::FakeOAuthProvider& provider);
    void exportFrom(DesktopApplication& desktop);
    QString backupPath() const { return QDir::home().filePath(QStringLiteral("window.pbbackup")); }

    QString m_credentials;
    QString m_tokens;
};

void TestGuiBackup::initTestCase()
{
    QVERIFY2(Test::PrivateKeyring::isActive(), qPrintable(Test::PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
    qputenv("PLUGBOARD_TEST_BACKUP_LOG2N", "4");
    forgetEverything();
}

void TestGuiBackup::cleanupTestCase()
{
    forgetEverything();
}

void TestGuiBackup::seedProfile(Test::FakeOAuthProvider& provider)
{
    PlatformRecord record = provider.record();
    record.id = kPlatform;
    record.name = QStringLiteral("GUI Backup IdP");
    PlatformCatalog catalog;
    QVERIFY(catalog.addCustom(record));
    m_credentials = QStringLiteral("{\"client_id\":\"%1\",\"client_secret\":\"%2\"}")
                        .arg(provider.clientId(), Test::fakeSecret(QStringLiteral("client")));
    TokenSet tokens;
    tokens.accessToken = Test::fakeSecret(QStringLiteral("access"));
    tokens.refreshToken = Test::fakeSecret(QStringLiteral("refresh"));
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    tokens.tokenType = QStringLiteral("Bearer");
    m_tokens = tokens.toJson();
    KeychainSecretStore keyring;
    QVERIFY(!Test::runSecretJob(keyring.write(SecretStore::credentialsKey(kPlatform), m_credentials))
                 .error.isError());
    QVERIFY(!Test::runSecretJob(
                 keyring.write(SecretStore::connectionKey(kPlatform, QStringLiteral("user-7")), m_tokens))
                 .error.isError());
    Connection connection;
    connection.platformId = kPlatform;
    connection.accountId = QStringLiteral("user-7");
    connection.accountName = QStringLiteral("Grace");
    connection.refreshable = true;
    connection.expiresAt = tokens.expiresAt;
    ConnectionStore connections;
    QVERIFY(connections.upsert(connection));
}

void TestGuiBackup::exportFrom(DesktopApplication& desktop)
{
    MainWindow* window = desktop.window();
    QAction* exportAction = window->findChild<QAction*>(QStringLiteral("exportBackupAction"));
    QVERIFY(exportAction);
    QCOMPARE(exportAction, window->exportBackupAction());
    FileChooser::setNextAnswer(backupPath());
    QStringList problems;
    typeIntoPassphraseDialogs({ kPassphrase }, &problems);
    exportAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        window->statusMessages()->current().contains(QStringLiteral("Wrote the encrypted")), 30000);
    QVERIFY(QFile::exists(backupPath()));
    QFile sealed(backupPath());
    QVERIFY(sealed.open(QIODevice::ReadOnly));
    QVERIFY(!sealed.readAll().contains(Test::secretMarker().toUtf8()));
}

void TestGuiBackup::exportThenImportThroughTheFileMenu()
{
    Test::FakeOAuthProvider provider;
    seedProfile(provider);
    {
        DesktopApplication desktop;
        QVERIFY(desktop.start(false));
        QVERIFY(desktop.window()->card(kConnection));
        exportFrom(desktop);
    }
    forgetEverything(); // another computer, as far as Plugboard can tell
    QVERIFY(storedSecret(SecretStore::credentialsKey(kPlatform)).isEmpty());

    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    QVERIFY(!window->card(kConnection));
    FileChooser::setNextAnswer(backupPath());
    QStringList problems;
    typeIntoPassphraseDialogs({ QStringLiteral("not the passphrase"), kPassphrase }, &problems);
    window->findChild<QAction*>(QStringLiteral("importBackupAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        desktop.backup()->resultDialog() && desktop.backup()->resultDialog()->isVisible(), 30000);
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(1).contains(QStringLiteral("wrong")), qPrintable(problems.at(1))); // asked again
    const QStringList lines = desktop.backup()->resultDialog()->lines();
    QVERIFY2(lines.contains(QStringLiteral("connection guibackup/user-7 (Grace)")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.contains(QStringLiteral("app credentials of guibackup")));
    QVERIFY(!lines.contains(QStringLiteral("Kept as it was here")));
    QCOMPARE(storedSecret(SecretStore::credentialsKey(kPlatform)), m_credentials);
    QCOMPARE(storedSecret(SecretStore::connectionKey(kPlatform, QStringLiteral("user-7"))), m_tokens);
    QTRY_VERIFY(window->card(kConnection)); // the window shows what came back
    desktop.backup()->resultDialog()->findChild<QPushButton*>(QStringLiteral("closePushButton"))->click();
    QTRY_VERIFY(!desktop.backup()->resultDialog());

    // Again, with the credentials changed here: asked, and only the ticked item replaced.
    KeychainSecretStore keyring;
    const QString changed = QStringLiteral("{\"client_id\":\"changed-here\"}");
    QVERIFY(
        !Test::runSecretJob(keyring.write(SecretStore::credentialsKey(kPlatform), changed)).error.isError());
    FileChooser::setNextAnswer(backupPath());
    typeIntoPassphraseDialogs({ kPassphrase }, &problems);
    window->importBackupAction()->trigger();
    QPointer<BackupConflictDialog> conflicts;
    QTRY_VERIFY_WITH_TIMEOUT(
        (conflicts = window->findChild<BackupConflictDialog*>()) && conflicts->isVisible(), 30000);
    const QList<QCheckBox*> boxes = conflicts->findChildren<QCheckBox*>(QStringLiteral("replaceCheckBox"));
    QCOMPARE(boxes.size(), 3); // provider, credentials, connection
    for (QCheckBox* box : boxes) {
        QVERIFY(!box->isChecked()); // keep unless ticked
        if (box->text().contains(QStringLiteral("app credentials")))
            box->click();
    }
    conflicts->findChild<QPushButton*>(QStringLiteral("acceptPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        desktop.backup()->resultDialog() && desktop.backup()->resultDialog()->isVisible(), 30000);
    const QStringList second = desktop.backup()->resultDialog()->lines();
    QCOMPARE(second.mid(0, 2),
             (QStringList { QStringLiteral("Restored"), QStringLiteral("app credentials of guibackup") }));
    QVERIFY(second.contains(QStringLiteral("Kept as it was here")));
    QCOMPARE(storedSecret(SecretStore::credentialsKey(kPlatform)), m_credentials);
    desktop.backup()->resultDialog()->close();
}

QTEST_MAIN(TestGuiBackup)
#include "tst_guibackup.moc"
