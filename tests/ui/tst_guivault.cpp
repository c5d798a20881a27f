// File ▸ Keep secrets in an encrypted vault… from the window, end to end:
// the real desktop wiring and the private keyring. A secret saved in the
// keyring moves into a new vault under the passphrase typed twice; the
// keyring keeps nothing; the window then unlocks the vault with its
// passphrase dialog, once, and reads the secret from there.
#include "app/gui/desktopapplication.h"
#include "core/applicationinfo.h"
#include "core/services.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretbackend.h"
#include "core/storage/vaultfile.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/secretstorecontract.h"
#include "ui/confirmation.h"
#include "ui/mainwindow.h"
#include "ui/passphrasedialog.h"
#include "ui/secretlineedit.h"
#include "ui/statusmessages.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace Plugboard;

namespace {

const QString kKey = QStringLiteral("credentials/guivault");
const QString kSecret = QStringLiteral("pb-test-secret-moved-by-the-window");
const QString kPassphrase = QStringLiteral("window vault passphrase");

/// Answers the next PassphraseDialog that opens, as a person would type.
void typeIntoNextPassphraseDialog(const QString& passphrase)
{
    QTimer::singleShot(50, [passphrase] {
        PassphraseDialog* dialog = nullptr;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* found = qobject_cast<PassphraseDialog*>(widget); found && found->isVisible())
                dialog = found;
        }
        if (!dialog) {
            typeIntoNextPassphraseDialog(passphrase);
            return;
        }
        for (auto* field : dialog->findChildren<SecretLineEdit*>())
            field->lineEdit()->setText(passphrase);
        dialog->findChild<QPushButton*>(QStringLiteral("acceptPushButton"))->click();
    });
}

} // namespace

class TestGuiVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void movesKeyringSecretsIntoANewVault();
};

void TestGuiVault::initTestCase()
{
    QVERIFY2(Test::PrivateKeyring::isActive(), qPrintable(Test::PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestGuiVault::movesKeyringSecretsIntoANewVault()
{
    {
        KeychainSecretStore keyring;
        QVERIFY(!Test::runSecretJob(keyring.write(kKey, kSecret)).error.isError());
    }
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    QAction* entry = window->secretStorageAction();
    QVERIFY(entry->isVisible());

    Confirmation::setNextAnswer(true);
    typeIntoNextPassphraseDialog(kPassphrase);
    entry->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window->statusMessages()->current().contains(QStringLiteral("vault now")),
                             30000);
    QCOMPARE(SecretBackend::configured(), SecretBackend::Kind::Vault);
    QVERIFY(QFile::exists(VaultFile::defaultFilePath()));
    QVERIFY(!entry->isVisible());
    {
        KeychainSecretStore keyring; // moved, not copied
        QCOMPARE(Test::runSecretJob(keyring.read(kKey)).error.code, ErrorCode::SecretNotFound);
    }
    QFile vault(VaultFile::defaultFilePath());
    QVERIFY(vault.open(QIODevice::ReadOnly));
    QVERIFY(!vault.readAll().contains(kSecret.toUtf8()));

    // The window's own store follows the setting: it asks for the
    // passphrase once and reads the moved secret from the vault.
    typeIntoNextPassphraseDialog(kPassphrase);
    const Test::SecretJobOutcome read = Test::runSecretJob(desktop.services()->secrets()->read(kKey), 30000);
    QCOMPARE(read.error.code, ErrorCode::None);
    QCOMPARE(read.value, kSecret);

    QVERIFY(QFile::remove(VaultFile::defaultFilePath()));
    QSettings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat).remove(SecretBackend::settingKey());
}

QTEST_MAIN(TestGuiVault)
#include "tst_guivault.moc"
