// API-key connections from the window, end to end: the real desktop wiring
// and widgets, the private keyring, and a "who am I" endpoint on loopback
// that takes keys with an email over HTTP Basic. The platform card offers
// Connect (no app credentials), the key form checks the key before keeping
// it, a refused key stays in the form with the reason, and nothing is stored.
#include "app/gui/desktopapplication.h"
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "tests/support/fakeapikeyserver.h"
#include "tests/support/privatekeyring.h"
#include "tests/support/testsecrets.h"
#include "ui/confirmation.h"
#include "ui/connectioncard.h"
#include "ui/credentialdialog.h"
#include "ui/mainwindow.h"
#include "ui/statusmessages.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;

class TestGuiApiKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectsChecksAndDisconnectsWithAKey();

private:
    static QString badge(ConnectionCard* card)
    {
        return card->findChild<QLabel*>(QStringLiteral("statusBadgeLabel"))->text();
    }
    static QPushButton* button(QWidget* parent, const char* name)
    {
        return parent->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    static void enter(CredentialDialog* dialog, const QString& email, const QString& key);
};

void TestGuiApiKeys::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestGuiApiKeys::enter(CredentialDialog* dialog, const QString& email, const QString& key)
{
    dialog->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"))->setText(email);
    dialog->findChild<QLineEdit*>(QStringLiteral("apiKeyLineEdit"))->setText(key);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
}

void TestGuiApiKeys::connectsChecksAndDisconnectsWithAKey()
{
    ApiKeyRule basic;
    basic.placement = ApiKeyPlacement::Basic;
    FakeApiKeyServer server(basic);
    const QString good = fakeSecret(QStringLiteral("api-key"));
    const QString refused = fakeSecret(QStringLiteral("api-key-refused"));
    server.acceptKey(good,
                     { QStringLiteral("u-7"), QStringLiteral("Ada"), QStringLiteral("ada@example.com") });
    QVERIFY(QDir().mkpath(PlatformCatalog::customDirectory()));
    QFile record(PlatformCatalog::customDirectory() + QStringLiteral("/keyed.json"));
    QVERIFY(record.open(QIODevice::WriteOnly));
    record.write(server.recordJson(QStringLiteral("keyed"), QStringLiteral("Keyed Cloud")));
    record.close();

    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    // Unconnected platforms wait under "More platforms", built after the first frame.
    ConnectionCard* platform = nullptr;
    QTRY_VERIFY(platform = window->card(QStringLiteral("keyed")));
    QCOMPARE(badge(platform), QStringLiteral("Ready to connect"));
    QVERIFY(button(platform, "connectPushButton")->isVisible());
    const ConnectionCard::Actions credentialActions = ConnectionCard::Action::SetUpCredentials
        | ConnectionCard::Action::EditCredentials | ConnectionCard::Action::CopyRedirectUri;
    QCOMPARE(platform->actions() & credentialActions, ConnectionCard::Actions());

    button(platform, "connectPushButton")->click();
    // Deletes itself on close: a QPointer says when it is gone.
    QPointer<CredentialDialog> dialog;
    QTRY_VERIFY((dialog = window->findChild<CredentialDialog*>()) && dialog->isVisible());
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("API key")), qPrintable(dialog->windowTitle()));
    QCOMPARE(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->text(),
             QStringLiteral("Connect"));
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("redirectUriLabel"))->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("introLabel"))
                ->text()
                .contains(server.keysPage().toString()));

    // Refused: the reason in the form, the key still there, nothing kept.
    enter(dialog, QStringLiteral("ada@example.com"), refused);
    QLabel* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(QStringLiteral("refused this API key")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("apiKeyLineEdit"))->text() == refused);
    QVERIFY(!window->card(QStringLiteral("keyed/u-7")));

    enter(dialog, QStringLiteral("ada@example.com"), good);
    QTRY_VERIFY_WITH_TIMEOUT(window->card(QStringLiteral("keyed/u-7")), 20000);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    ConnectionCard* connected = window->card(QStringLiteral("keyed/u-7"));
    QCOMPARE(badge(connected), QStringLiteral("Connected"));
    QCOMPARE(connected->findChild<QLabel*>(QStringLiteral("accountNameLabel"))->text(),
             QStringLiteral("Connected as Ada"));

    // Revoked at the platform: the check finds out and offers a new key.
    server.revokeKey(good);
    Q_EMIT connected->actionRequested(QStringLiteral("keyed/u-7"), ConnectionCard::Action::CheckNow);
    QTRY_COMPARE_WITH_TIMEOUT(badge(window->card(QStringLiteral("keyed/u-7"))),
                              QStringLiteral("Needs reconnect"), 20000);
    QPushButton* newKey = button(window->card(QStringLiteral("keyed/u-7")), "reconnectPushButton");
    QVERIFY(newKey->isVisible());
    QCOMPARE(newKey->text(), QStringLiteral("New key…"));

    Confirmation::setNextAnswer(true);
    Q_EMIT window->card(QStringLiteral("keyed/u-7"))
        ->actionRequested(QStringLiteral("keyed/u-7"), ConnectionCard::Action::RemoveAccount);
    QVERIFY2(Confirmation::lastQuestion().contains(server.keysPage().toString()),
             qPrintable(Confirmation::lastQuestion()));
    QTRY_VERIFY_WITH_TIMEOUT(!window->card(QStringLiteral("keyed/u-7")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        window->statusMessages()->current().contains(QStringLiteral("Revoke the key at")), 5000);
}

QTEST_MAIN(TestGuiApiKeys)
#include "tst_guiapikeys.moc"
