// Adding a self-hosted server from the window, end to end: File ▸ Add
// self-hosted server…, the template's fields, the real desktop wiring, the
// private keyring, and a Mastodon-like server on loopback that registers
// Plugboard as an app. A wrong address is explained in the dialog and adds
// nothing; a right one gives a card that is ready to connect.
#include "app/gui/desktopapplication.h"
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"
#include "ui/connectioncard.h"
#include "ui/mainwindow.h"
#include "ui/serverdialog.h"
#include "ui/statusmessages.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Plugboard;

class TestGuiServers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addsAMastodonServerFromTheWindow();
};

void TestGuiServers::initTestCase()
{
    QVERIFY2(Test::PrivateKeyring::isActive(), qPrintable(Test::PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
}

void TestGuiServers::addsAMastodonServerFromTheWindow()
{
    Test::FakeOAuthProvider server;
    server.serveMastodonApi();
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();

    window->addServerAction()->trigger();
    QPointer<ServerDialog> dialog; // deletes itself on close
    QTRY_VERIFY((dialog = window->findChild<ServerDialog*>()) && dialog->isVisible());
    auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("serverKindComboBox"));
    QCOMPARE(kind->count(), 5);
    kind->setCurrentIndex(kind->findText(QStringLiteral("Mastodon")));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("aboutLabel"))
                ->text()
                .contains(QStringLiteral("registers itself")));
    auto* address = dialog->findChild<QLineEdit*>(QStringLiteral("instance_urlLineEdit"));
    QCOMPARE(address->placeholderText(), QStringLiteral("https://mastodon.social"));
    QPushButton* add = dialog->findChild<QPushButton*>(QStringLiteral("addServerPushButton"));
    QVERIFY(!add->isEnabled()); // nothing typed yet

    // Plain http to another computer: said in the dialog, nothing added.
    address->setText(QStringLiteral("http://mastodon.example"));
    add->click();
    QLabel* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("https://")), qPrintable(error->text()));
    QCOMPARE(server.appRegistrations().size(), 0);

    address->setText(server.server().url(QStringLiteral("/")).toString());
    add->click();
    const QString id = QStringLiteral("127-0-0-1");
    QTRY_VERIFY_WITH_TIMEOUT(window->card(id), 20000);
    QVERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(server.appRegistrations().size(), 1);
    ConnectionCard* card = window->card(id);
    QCOMPARE(card->findChild<QLabel*>(QStringLiteral("statusBadgeLabel"))->text(),
             QStringLiteral("Ready to connect"));
    QVERIFY(card->findChild<QPushButton*>(QStringLiteral("connectPushButton"))->isVisible());
    QVERIFY2(window->statusMessages()->current().contains(QStringLiteral("registered Plugboard")),
             qPrintable(window->statusMessages()->current()));
    QVERIFY(PlatformCatalog::loadOne(id).hasValue());
}

QTEST_MAIN(TestGuiServers)
#include "tst_guiservers.moc"
