// File ▸ Settings… in the real window: the autostart switch writes a valid
// entry and removes it, the dialog shows the truth when the entry was
// deleted behind its back or a terminal ran `plugboard-cli config set`,
// values survive a restart, the vault is offered once it exists, and the
// Network tab saves a manual proxy on Apply with its password in the keyring.
#include "app/gui/desktopapplication.h"
#include "app/gui/settingsflow.h"
#include "core/applicationinfo.h"
#include "core/network/proxysettings.h"
#include "core/services.h"
#include "core/settings/autostartentry.h"
#include "core/settings/settingsregistry.h"
#include "core/storage/secretbackend.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"
#include "core/storage/vaultfile.h"
#include "tests/cli/clisteps.h"
#include "tests/support/desktopentryvalidator.h"
#include "tests/support/privatekeyring.h"
#include "ui/confirmation.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

// "Within a second" plus room for a loaded machine; the log says how long it took.
constexpr int kFollowMs = 2500;

SettingsDialog* openSettings(DesktopApplication& desktop)
{
    desktop.window()->settingsAction()->trigger();
    return desktop.settings()->dialog();
}

template<typename T> T* child(SettingsDialog* dialog, const char* name)
{
    return dialog ? dialog->findChild<T*>(QLatin1String(name)) : nullptr;
}

QString backendShown(SettingsDialog* dialog)
{
    return child<QComboBox>(dialog, "secretBackendComboBox")->currentData().toString();
}

QByteArray settingsFile()
{
    QFile file(ApplicationInfo::settingsFilePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString proxySetting()
{
    return SettingsRegistry::find(SettingsRegistry::kProxy).value().value();
}

// What the store holds under `key`, read as a job; empty when nothing.
QString readSecret(SecretStore* store, const QString& key)
{
    SecretJob* job = store->read(key);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &SecretJob::finished);
    job->start();
    if (finished.isEmpty())
        finished.wait(20000);
    const QString value = job->error().isError() ? QString() : job->value();
    delete job;
    return value;
}

// The test's own folder: HOME and the XDG folders beside it (run-isolated.sh).
QString testFolder()
{
    return QFileInfo(QDir::homePath()).absolutePath();
}

// Files under testFolder() that hold `secret` in plain text.
QStringList filesHolding(const QByteArray& secret)
{
    QStringList holding;
    QDirIterator files(testFolder(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.size() < 8 * 1024 * 1024 && file.open(QIODevice::ReadOnly)
            && file.readAll().contains(secret))
            holding.append(file.fileName());
    }
    return holding;
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void opensFromTheFileMenuWithThePreferencesShortcut();
    void everyControlHasAMnemonic();
    void autostartSwitchWritesAValidEntryAndRemovesIt();
    void showsTheTruthWhenTheEntryWasDeletedBehindItsBack();
    void followsConfigSetFromTheCommandLine();
    void settingsSurviveARestart();
    void offersTheVaultOnceItExists();
    void writeFailureIsShownInPlainWords();
    void manualProxyIsSavedOnApplyWithItsPasswordInTheKeyring();
    void systemProxyRadioWritesModeSystem();
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
    qputenv("PLUGBOARD_TEST_VAULT_LOG2N", "4"); // vault init in a test: cheap key derivation
}

void TestSettingsDialog::cleanup()
{
    Confirmation::setNextAnswer(std::nullopt);
    const QString autostart = QFileInfo(AutostartEntry::filePath()).absolutePath();
    QFile::remove(autostart);
    QDir(autostart).removeRecursively();
    QFile::remove(VaultFile::defaultFilePath());
    CliSteps::forgetEverything(); // the settings file, the audit trail `vault init` began
}

void TestSettingsDialog::opensFromTheFileMenuWithThePreferencesShortcut()
{
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    QAction* action = desktop.window()->settingsAction();
    QCOMPARE(action->text(), QStringLiteral("Se&ttings…"));
    for (const QKeySequence& standard : QKeySequence::keyBindings(QKeySequence::Preferences))
        QVERIFY(action->shortcuts().contains(standard));
    QVERIFY(
        action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma))); // where the platform has none
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
    auto* file = desktop.window()->menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"));
    QVERIFY(file->actions().contains(action));

    QVERIFY(QTest::qWaitForWindowActive(desktop.window()));
    QTest::keyClick(desktop.window(), Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog* dialog = desktop.settings()->dialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* tabs = child<QTabWidget>(dialog, "settingsTabWidget");
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0), QStringLiteral("&General"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("S&ecrets"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("&Network"));
    desktop.window()->settingsAction()->trigger(); // raises the one dialog, no second one
    QCOMPARE(desktop.settings()->dialog(), dialog);
    QCOMPARE(desktop.window()->findChildren<SettingsDialog*>().size(), 1);
}

void TestSettingsDialog::everyControlHasAMnemonic()
{
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    SettingsDialog* dialog = openSettings(desktop);
    for (const char* name : { "startWithSessionCheckBox", "notificationsCheckBox" })
        QVERIFY2(child<QCheckBox>(dialog, name)->text().contains(u'&'), name);
    QVERIFY(child<QPushButton>(dialog, "setUpVaultPushButton")->text().contains(u'&'));
    QLabel* backendLabel = nullptr;
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->buddy() == child<QComboBox>(dialog, "secretBackendComboBox"))
            backendLabel = label;
    }
    QVERIFY(backendLabel);
    QCOMPARE(backendLabel->text(), QStringLiteral("&Keep secrets in:"));
    for (const char* name : { "proxySystemRadioButton", "proxyNoneRadioButton", "proxyManualRadioButton" })
        QVERIFY2(child<QRadioButton>(dialog, name)->text().contains(u'&'), name);
    QVERIFY(child<QPushButton>(dialog, "proxyApplyPushButton")->text().contains(u'&'));
    QSet<QWidget*> buddies;
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->buddy() && label->text().contains(u'&'))
            buddies.insert(label->buddy());
    }
    for (const char* name : { "proxyTypeComboBox", "proxyHostLineEdit", "proxyPortSpinBox",
                              "proxyUserLineEdit", "proxyPasswordLineEdit" })
        QVERIFY2(buddies.contains(dialog->findChild<QWidget*>(QLatin1String(name))), name);
}

void TestSettingsDialog::autostartSwitchWritesAValidEntryAndRemovesIt()
{
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    SettingsDialog* dialog = openSettings(desktop);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* box = child<QCheckBox>(dialog, "startWithSessionCheckBox");
    QVERIFY(!box->isChecked());

    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space); // the keyboard works as the mouse
    QVERIFY(box->isChecked());
    QVERIFY(QFile::exists(AutostartEntry::filePath()));
    const QString verdict = DesktopEntryValidator::problems(AutostartEntry::filePath());
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    QFile entry(AutostartEntry::filePath());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    QVERIFY(entry.readAll().contains(" --minimized\n"));

    box->click();
    QVERIFY(!box->isChecked());
    QVERIFY(!QFile::exists(AutostartEntry::filePath()));
}

void TestSettingsDialog::showsTheTruthWhenTheEntryWasDeletedBehindItsBack()
{
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    SettingsDialog* dialog = openSettings(desktop);
    auto* box = child<QCheckBox>(dialog, "startWithSessionCheckBox");
    box->click();
    QVERIFY(QFile::exists(AutostartEntry::filePath()));

    // The desktop's start-up applications settings remove it while the dialog is open…
    QVERIFY(QFile::remove(AutostartEntry::filePath()));
    QTRY_VERIFY_WITH_TIMEOUT(!box->isChecked(), kFollowMs);
    // …or while it is closed.
    box->click();
    dialog->close();
    QTRY_VERIFY(!desktop.settings()->dialog()); // deleted on close
    QVERIFY(QFile::remove(AutostartEntry::filePath()));
    dialog = openSettings(desktop);
    QVERIFY(!child<QCheckBox>(dialog, "startWithSessionCheckBox")->isChecked());
}

void TestSettingsDialog::followsConfigSetFromTheCommandLine()
{
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    SettingsDialog* dialog = openSettings(desktop);
    auto* notifications = child<QCheckBox>(dialog, "notificationsCheckBox");
    auto* autostart = child<QCheckBox>(dialog, "startWithSessionCheckBox");
    QVERIFY(notifications->isChecked());
    QElapsedTimer clock;

    QCOMPARE(CliSteps::run({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("notifications"),
                             QStringLiteral("off") })
                 .exitCode,
             0);
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(!notifications->isChecked(), kFollowMs);
    qInfo("notifications off shown %lld ms after the command ended", clock.elapsed());

    QCOMPARE(CliSteps::run({ QStringLiteral("config"), QStringLiteral("set"),
                             QStringLiteral("start-with-session"), QStringLiteral("on") })
                 .exitCode,
             0);
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(autostart->isChecked(), kFollowMs);
    qInfo("start with session shown %lld ms after the command ended", clock.elapsed());
}

void TestSettingsDialog::settingsSurviveARestart()
{
    {
        DesktopApplication first;
        QVERIFY(first.start(false));
        SettingsDialog* dialog = openSettings(first);
        child<QCheckBox>(dialog, "notificationsCheckBox")->click();
        child<QCheckBox>(dialog, "startWithSessionCheckBox")->click();
    }
    DesktopApplication second;
    QVERIFY(second.start(false));
    SettingsDialog* dialog = openSettings(second);
    QVERIFY(!child<QCheckBox>(dialog, "notificationsCheckBox")->isChecked());
    QVERIFY(child<QCheckBox>(dialog, "startWithSessionCheckBox")->isChecked());
    QCOMPARE(backendShown(dialog), QStringLiteral("keyring"));
}

void TestSettingsDialog::offersTheVaultOnceItExists()
{
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    SettingsDialog* dialog = openSettings(desktop);
    auto* combo = child<QComboBox>(dialog, "secretBackendComboBox");
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    QVERIFY(!model->item(1)->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "setUpVaultPushButton")->isHidden()); // on the Secrets tab
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // the vault cannot be chosen before it exists
    QCOMPARE(backendShown(dialog), QStringLiteral("keyring"));

    // A terminal creates the vault: the window offers it and shows it in use.
    const CliProcess init
        = CliSteps::run({ QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--keep-keyring"),
                          QStringLiteral("--passphrase-stdin") },
                        "a passphrase for the test\n");
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QTRY_COMPARE_WITH_TIMEOUT(backendShown(dialog), QStringLiteral("vault"), kFollowMs);
    QVERIFY(model->item(1)->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "setUpVaultPushButton")->isHidden());

    // Back to the keyring, declined, then confirmed: nothing moves, so it asks.
    Confirmation::setNextAnswer(false);
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(backendShown(dialog), QStringLiteral("vault"));
    QCOMPARE(SecretBackend::configured(), SecretBackend::Kind::Vault);
    Confirmation::setNextAnswer(true);
    QTest::keyClick(combo, Qt::Key_Up);
    QVERIFY2(Confirmation::lastQuestion().contains(QLatin1String("moves nothing")),
             qPrintable(Confirmation::lastQuestion()));
    QCOMPARE(SecretBackend::configured(), SecretBackend::Kind::Keyring);
    QCOMPARE(backendShown(dialog), QStringLiteral("keyring"));
    QVERIFY(QFile::exists(VaultFile::defaultFilePath())); // kept, unused
}

void TestSettingsDialog::writeFailureIsShownInPlainWords()
{
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    // A file where the autostart folder should be: the entry cannot be written.
    const QString folder = QFileInfo(AutostartEntry::filePath()).absolutePath();
    QFile::remove(folder);
    QDir(folder).removeRecursively();
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SettingsDialog* dialog = openSettings(desktop);
    auto* box = child<QCheckBox>(dialog, "startWithSessionCheckBox");
    box->click();
    QVERIFY(!box->isChecked()); // the truth: no entry
    auto* problem = child<QLabel>(dialog, "settingsProblemLabel");
    QVERIFY(problem->isVisibleTo(dialog));
    QVERIFY2(problem->text().startsWith(QLatin1String("Plugboard could not write ")),
             qPrintable(problem->text()));
    QVERIFY(problem->text().contains(AutostartEntry::filePath()));
}

void TestSettingsDialog::manualProxyIsSavedOnApplyWithItsPasswordInTheKeyring()
{
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    SettingsDialog* dialog = openSettings(desktop);
    QVERIFY(child<QRadioButton>(dialog, "proxySystemRadioButton")->isChecked());
    auto* host = child<QLineEdit>(dialog, "proxyHostLineEdit");
    QVERIFY(!host->isEnabled()); // only for a manual proxy

    // Choosing Manual and typing saves nothing: half a proxy would cut Plugboard off.
    child<QRadioButton>(dialog, "proxyManualRadioButton")->click();
    QVERIFY(host->isEnabled());
    QTest::keyClicks(host, QStringLiteral("proxy.example.com"));
    child<QSpinBox>(dialog, "proxyPortSpinBox")->setValue(8080);
    QTest::keyClicks(child<QLineEdit>(dialog, "proxyUserLineEdit"), QStringLiteral("alice"));
    const QString password = QStringLiteral("pr0xy-pa55-for-the-test");
    auto* passwordField = child<QLineEdit>(dialog, "proxyPasswordLineEdit");
    QCOMPARE(passwordField->echoMode(), QLineEdit::Password);
    QTest::keyClicks(passwordField, password);
    QVERIFY(!settingsFile().contains("proxy.example.com"));
    QCOMPARE(proxySetting(), QStringLiteral("system"));

    child<QPushButton>(dialog, "proxyApplyPushButton")->click();
    QCOMPARE(proxySetting(), QStringLiteral("http://alice@proxy.example.com:8080"));
    const QByteArray written = settingsFile();
    QVERIFY2(written.contains("mode=manual") && written.contains("host=proxy.example.com")
                 && written.contains("port=8080") && written.contains("user=alice"),
             written.constData());
    QVERIFY(passwordField->text().isEmpty()); // never kept, never read back
    QVERIFY(!child<QLabel>(dialog, "settingsProblemLabel")->isVisibleTo(dialog));

    SecretStore* secrets = desktop.services()->secrets();
    QTRY_VERIFY_WITH_TIMEOUT(secrets->hasWritten(ProxySettings::passwordKey()), 10000);
    QCOMPARE(readSecret(secrets, ProxySettings::passwordKey()), password);
    QTRY_VERIFY(!passwordField->placeholderText().isEmpty()); // "A password is stored"
    QCOMPARE(desktop.services()->proxy()->settings().host, QStringLiteral("proxy.example.com")); // in force
    QVERIFY(filesHolding("host=proxy.example.com").contains(ApplicationInfo::settingsFilePath())); // scanned
    const QStringList holding = filesHolding(password.toUtf8());
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u' ')));
}

void TestSettingsDialog::systemProxyRadioWritesModeSystem()
{
    QCOMPARE(CliSteps::run({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("proxy"),
                             QStringLiteral("socks5://proxy.example.com:1080") })
                 .exitCode,
             0);
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    SettingsDialog* dialog = openSettings(desktop);
    QVERIFY(child<QRadioButton>(dialog, "proxyManualRadioButton")->isChecked());
    QCOMPARE(child<QComboBox>(dialog, "proxyTypeComboBox")->currentText(), QStringLiteral("SOCKS5"));
    QCOMPARE(child<QLineEdit>(dialog, "proxyHostLineEdit")->text(), QStringLiteral("proxy.example.com"));
    QCOMPARE(child<QSpinBox>(dialog, "proxyPortSpinBox")->value(), 1080);

    child<QRadioButton>(dialog, "proxyNoneRadioButton")->click();
    QVERIFY2(settingsFile().contains("mode=none"), settingsFile().constData());
    child<QRadioButton>(dialog, "proxySystemRadioButton")->click();
    QVERIFY2(settingsFile().contains("mode=system"), settingsFile().constData());
    QVERIFY(!settingsFile().contains("proxy.example.com"));
    QVERIFY(!child<QLineEdit>(dialog, "proxyHostLineEdit")->isEnabled());
    QCOMPARE(desktop.services()->proxy()->settings().mode, ProxySettings::Mode::System);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
