// The whole "Set up credentials" path through the real desktop wiring and
// the real keyring: card button, generated dialog, save, card state, and
// what a later visit shows (hints, never the secret).
#include "app/gui/desktopapplication.h"
#include "core/applicationinfo.h"
#include "core/platformsettings.h"
#include "core/storage/appcredentials.h"
#include "core/storage/keychainsecretstore.h"
#include "core/storage/secretjob.h"
#include "tests/support/moremenu.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/secretstorecontract.h"
#include "tests/support/testsecrets.h"
#include "ui/credentialdialog.h"
#include "ui/credentialform.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Plugboard;

namespace {

CredentialDialog* openDialog(MainWindow* window, const QString& button)
{
    ConnectionCard* card = window->card(QStringLiteral("github"));
    if (!card)
        return nullptr;
    QPushButton* setUp = card->findChild<QPushButton*>(button);
    if (setUp && setUp->isVisible())
        setUp->click();
    else
        Test::MoreMenu::choose(card, QStringLiteral("editCredentialsAction"));
    CredentialDialog* dialog = window->findChild<CredentialDialog*>(QStringLiteral("credentialDialog"));
    // Loading the saved hints from the keyring is asynchronous.
    const QDeadlineTimer deadline(10000);
    while (dialog && !dialog->form()->isEnabled() && !deadline.hasExpired())
        QTest::qWait(20);
    return dialog;
}

} // namespace

class TestCredentialSetup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void savesCredentialsToTheKeyringFromTheCard();
    void tokenExchangeProxyReplacesTheSecret();
};

void TestCredentialSetup::initTestCase()
{
    QVERIFY2(Test::PrivateKeyring::isActive(), qPrintable(Test::PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestCredentialSetup::savesCredentialsToTheKeyringFromTheCard()
{
    const QString secret = Test::fakeSecret(QStringLiteral("github-client"));
    {
        DesktopApplication desktop;
        QVERIFY(desktop.start(false));
        MainWindow* window = desktop.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        CredentialDialog* dialog = openDialog(window, QStringLiteral("setUpCredentialsPushButton"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("redirectUriLabel"))
                    ->text()
                    .startsWith(QStringLiteral("http://127.0.0.1")));
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("savePushButton"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit")),
                         QStringLiteral("Iv1.0123456789abcd"));
        QVERIFY(!save->isEnabled()); // GitHub needs the secret too
        auto* secretEdit = dialog->findChild<QLineEdit*>(QStringLiteral("clientSecretLineEdit"));
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secretEdit, secret);
        QVERIFY(save->isEnabled());
        QPointer<CredentialDialog> watched(dialog);
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(watched.isNull() || !watched->isVisible(), 10000);

        ConnectionCard* card = window->card(QStringLiteral("github"));
        QCOMPARE(card->findChild<QLabel*>(QStringLiteral("statusBadgeLabel"))->text(),
                 QStringLiteral("Ready to connect"));
        QVERIFY(card->findChild<QLabel*>(QStringLiteral("accountNameLabel"))
                    ->text()
                    .contains(QStringLiteral("…abcd")));
    }

    // In the keyring, as one entry under the app's service.
    KeychainSecretStore store;
    const Test::SecretJobOutcome read
        = Test::runSecretJob(store.read(SecretStore::credentialsKey(QStringLiteral("github"))));
    QVERIFY2(!read.error.isError(), qPrintable(read.error.message));
    QVERIFY(read.value.contains(secret));

    // A later start knows the platform is set up without reading the
    // keyring, and the dialog shows the hint but never the secret.
    DesktopApplication again;
    QVERIFY(again.start(false));
    ConnectionCard* card = again.window()->card(QStringLiteral("github"));
    QCOMPARE(card->findChild<QLabel*>(QStringLiteral("statusBadgeLabel"))->text(),
             QStringLiteral("Ready to connect"));
    CredentialDialog* dialog = openDialog(again.window(), QStringLiteral("setUpCredentialsPushButton"));
    QVERIFY(dialog);
    auto* idEdit = dialog->findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit"));
    auto* secretEdit = dialog->findChild<QLineEdit*>(QStringLiteral("clientSecretLineEdit"));
    QTRY_VERIFY2(idEdit->text().endsWith(QStringLiteral("abcd")),
                 qPrintable(idEdit->text())); // not secret: shown
    QVERIFY(secretEdit->text().isEmpty());
    QVERIFY(!secretEdit->placeholderText().contains(secret));
    dialog->close();

    // Clean up the keyring for the next tests.
    SecretJob* remove = store.removeAll(QString());
    QSignalSpy removed(remove, &SecretJob::finished);
    remove->start();
    QVERIFY(removed.wait(10000));
}

// With a team's token-exchange proxy, GitHub's app credentials are saved
// without a secret; the proxy is remembered for sign-in and renewals and
// shown again on the next visit.
void TestCredentialSetup::tokenExchangeProxyReplacesTheSecret()
{
    const QUrl proxy(QStringLiteral("https://tokens.example.com/github"));
    {
        DesktopApplication desktop;
        QVERIFY(desktop.start(false));
        CredentialDialog* dialog = openDialog(desktop.window(), QStringLiteral("setUpCredentialsPushButton"));
        QVERIFY(dialog);
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("savePushButton"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit")),
                         QStringLiteral("Iv1.proxy0000000000"));
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("tokenProxyLineEdit")),
                         proxy.toString());
        QVERIFY(save->isEnabled());
        QPointer<CredentialDialog> watched(dialog);
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(watched.isNull() || !watched->isVisible(), 10000);
        QCOMPARE(PlatformSettings::tokenExchangeProxy(QStringLiteral("github")), proxy);

        dialog = openDialog(desktop.window(), QStringLiteral("setUpCredentialsPushButton"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("tokenProxyLineEdit"))->text(),
                 proxy.toString());
        dialog->close();
    }
    KeychainSecretStore store;
    const Test::SecretJobOutcome read
        = Test::runSecretJob(store.read(SecretStore::credentialsKey(QStringLiteral("github"))));
    QVERIFY2(!read.error.isError(), qPrintable(read.error.message));
    const Result<AppCredentials> saved = AppCredentials::fromJson(read.value);
    QVERIFY(saved);
    QCOMPARE(saved.value().clientId, QStringLiteral("Iv1.proxy0000000000"));
    QVERIFY2(saved.value().clientSecret.isEmpty(), "no client secret saved: the proxy holds it");

    QVERIFY(PlatformSettings::setTokenExchangeProxy(QStringLiteral("github"), QUrl()));
    SecretJob* remove = store.removeAll(QString());
    QSignalSpy removed(remove, &SecretJob::finished);
    remove->start();
    QVERIFY(removed.wait(10000));
}

QTEST_MAIN(TestCredentialSetup)
#include "tst_credentialsetup.moc"
