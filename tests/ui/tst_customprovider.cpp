// "Add custom provider": the dialog on its own (validation, review, edits),
// then the whole path through the real desktop wiring: discovery against
// the suite's fake provider over real loopback HTTP, saving into the
// catalog, and the new platform's card on the window.
#include "applicationinfo.h"
#include "catalog/platformcatalog.h"
#include "connectioncard.h"
#include "customproviderdialog.h"
#include "desktopapplication.h"
#include "fakeoauthprovider.h"
#include "mainwindow.h"

#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace Plugboard;

namespace {

template<typename T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

void setText(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, name);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
}

} // namespace

class TestCustomProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idFollowsTheNameUntilTyped();
    void saveWaitsForDiscovery();
    void changingTheUrlForgetsWhatWasFound();
    void reviewedRecordCarriesTheEdits();
    void refusesAnEndpointThatCrossesTheNetworkInTheClear();
    void addsADiscoveredProviderFromTheWindow();
    void showsWhyDiscoveryFailed_data();
    void showsWhyDiscoveryFailed();
    void showsWhySavingFailed();

private:
    CustomProviderDialog* openDialog(DesktopApplication& desktop);
};

void TestCustomProvider::initTestCase()
{
    ApplicationInfo::applyToApplication();
}

void TestCustomProvider::idFollowsTheNameUntilTyped()
{
    CustomProviderDialog dialog;
    QTest::keyClicks(child<QLineEdit>(&dialog, "providerNameLineEdit"), QStringLiteral("Acme SSO (EU)"));
    QCOMPARE(dialog.platformId(), QStringLiteral("acme-sso-eu"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "providerIdLineEdit"), QStringLiteral("-2"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "providerNameLineEdit"), QStringLiteral(" new"));
    QCOMPARE(dialog.platformId(), QStringLiteral("acme-sso-eu-2"));
    QCOMPARE(dialog.displayName(), QStringLiteral("Acme SSO (EU) new"));
}

void TestCustomProvider::saveWaitsForDiscovery()
{
    CustomProviderDialog dialog;
    auto* discover = child<QPushButton>(&dialog, "discoverPushButton");
    auto* save = child<QPushButton>(&dialog, "savePushButton");
    QVERIFY(!discover->isEnabled());
    QVERIFY(!save->isEnabled());
    // Disabled buttons say what they wait for.
    QVERIFY2(discover->toolTip().contains(QStringLiteral("issuer URL")), qPrintable(discover->toolTip()));
    QVERIFY2(save->toolTip().contains(QStringLiteral("Find the endpoints")), qPrintable(save->toolTip()));
    setText(&dialog, "issuerUrlLineEdit", QStringLiteral("https://login.example.com"));
    QVERIFY(!discover->isEnabled()); // no id yet
    QVERIFY2(discover->toolTip().contains(QStringLiteral("name")), qPrintable(discover->toolTip()));
    setText(&dialog, "providerNameLineEdit", QStringLiteral("Example"));
    QVERIFY(discover->isEnabled());
    QVERIFY(!save->isEnabled());

    QSignalSpy requested(&dialog, &CustomProviderDialog::discoverRequested);
    discover->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toUrl(), QUrl(QStringLiteral("https://login.example.com")));
    QVERIFY(!discover->isEnabled()); // busy until answered
    QVERIFY(!child<QLabel>(&dialog, "statusLabel")->isHidden());
}

void TestCustomProvider::changingTheUrlForgetsWhatWasFound()
{
    Test::FakeOAuthProvider provider;
    CustomProviderDialog dialog;
    dialog.show();
    setText(&dialog, "issuerUrlLineEdit", QStringLiteral("https://login.example.com"));
    setText(&dialog, "providerNameLineEdit", QStringLiteral("Example"));
    child<QPushButton>(&dialog, "discoverPushButton")->click();
    dialog.setDiscoveredRecord(provider.record());
    QVERIFY(child<QGroupBox>(&dialog, "endpointsGroupBox")->isVisible());
    QVERIFY(child<QPushButton>(&dialog, "savePushButton")->isEnabled());

    QTest::keyClicks(child<QLineEdit>(&dialog, "issuerUrlLineEdit"), QStringLiteral("/other"));
    QVERIFY(!child<QGroupBox>(&dialog, "endpointsGroupBox")->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, "savePushButton")->isEnabled());
    QVERIFY(!dialog.reviewedRecord());
}

void TestCustomProvider::reviewedRecordCarriesTheEdits()
{
    Test::FakeOAuthProvider provider;
    CustomProviderDialog dialog;
    dialog.show();
    setText(&dialog, "issuerUrlLineEdit", provider.issuerUrl().toString());
    setText(&dialog, "providerNameLineEdit", QStringLiteral("Acme"));
    child<QPushButton>(&dialog, "discoverPushButton")->click();
    dialog.setDiscoveredRecord(provider.record());
    QCOMPARE(child<QLineEdit>(&dialog, "scopesLineEdit")->text(), QStringLiteral("read"));

    const QString token = provider.server().url(QStringLiteral("/v2/token")).toString();
    setText(&dialog, "tokenEndpointLineEdit", token);
    setText(&dialog, "revocationEndpointLineEdit", QString());
    setText(&dialog, "scopesLineEdit", QStringLiteral("write extra"));
    QSignalSpy saved(&dialog, &CustomProviderDialog::saveRequested);
    child<QPushButton>(&dialog, "savePushButton")->click();
    QCOMPARE(saved.count(), 1);
    const auto record = saved.first().first().value<PlatformRecord>();
    QCOMPARE(record.id, QStringLiteral("acme"));
    QCOMPARE(record.name, QStringLiteral("Acme"));
    QCOMPARE(record.tokenEndpoint, QUrl(token));
    QVERIFY(record.revocationEndpoint.isEmpty());
    QCOMPARE(record.revocationStyle, RevocationStyle::None);
    QCOMPARE(record.defaultScopes(), (QStringList { QStringLiteral("write"), QStringLiteral("extra") }));
}

void TestCustomProvider::refusesAnEndpointThatCrossesTheNetworkInTheClear()
{
    Test::FakeOAuthProvider provider;
    CustomProviderDialog dialog;
    dialog.show();
    setText(&dialog, "issuerUrlLineEdit", provider.issuerUrl().toString());
    setText(&dialog, "providerNameLineEdit", QStringLiteral("Acme"));
    child<QPushButton>(&dialog, "discoverPushButton")->click();
    dialog.setDiscoveredRecord(provider.record());
    setText(&dialog, "tokenEndpointLineEdit", QStringLiteral("http://tokens.example.com/token"));
    QSignalSpy saved(&dialog, &CustomProviderDialog::saveRequested);
    child<QPushButton>(&dialog, "savePushButton")->click();
    QCOMPARE(saved.count(), 0);
    auto* error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("token endpoint must be an https://")));
}

CustomProviderDialog* TestCustomProvider::openDialog(DesktopApplication& desktop)
{
    // The button beside the filter, as a person would.
    desktop.window()->findChild<QToolButton*>(QStringLiteral("addProviderToolButton"))->click();
    return desktop.window()->findChild<CustomProviderDialog*>(QStringLiteral("customProviderDialog"));
}

void TestCustomProvider::addsADiscoveredProviderFromTheWindow()
{
    Test::FakeOAuthProvider provider;
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    CustomProviderDialog* dialog = openDialog(desktop);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    setText(dialog, "issuerUrlLineEdit", provider.issuerUrl().toString());
    setText(dialog, "providerNameLineEdit", QStringLiteral("Acme SSO"));
    child<QPushButton>(dialog, "discoverPushButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QGroupBox>(dialog, "endpointsGroupBox")->isVisible(), 15000);
    QCOMPARE(child<QLineEdit>(dialog, "authorizationEndpointLineEdit")->text(),
             provider.server().url(QStringLiteral("/authorize")).toString());
    QCOMPARE(child<QLineEdit>(dialog, "tokenEndpointLineEdit")->text(),
             provider.server().url(QStringLiteral("/token")).toString());
    QCOMPARE(child<QLineEdit>(dialog, "revocationEndpointLineEdit")->text(),
             provider.server().url(QStringLiteral("/revoke")).toString());
    QCOMPARE(child<QLineEdit>(dialog, "userinfoEndpointLineEdit")->text(),
             provider.server().url(QStringLiteral("/userinfo")).toString());
    QVERIFY(child<QLineEdit>(dialog, "scopesLineEdit")->text().contains(QStringLiteral("openid")));
    setText(dialog, "scopesLineEdit", QStringLiteral("openid read"));

    QPointer<CustomProviderDialog> closing(dialog);
    child<QPushButton>(dialog, "savePushButton")->click();
    QTRY_VERIFY(!closing);
    ConnectionCard* card = desktop.window()->card(QStringLiteral("acme-sso"));
    QVERIFY(card);
    QVERIFY(card->isVisible()); // revealed, even in the closed "More platforms"
    QCOMPARE(card->findChild<QLabel*>(QStringLiteral("platformNameLabel"))->text(),
             QStringLiteral("Acme SSO"));
    QCOMPARE(card->findChild<QLabel*>(QStringLiteral("statusBadgeLabel"))->text(),
             QStringLiteral("Not set up"));

    // It is in the user's catalog for the next start and for the command line.
    PlatformCatalog catalog;
    catalog.loadAll();
    const PlatformRecord* saved = catalog.platform(QStringLiteral("acme-sso"));
    QVERIFY(saved);
    QVERIFY(saved->custom);
    QCOMPARE(saved->tokenEndpoint, provider.server().url(QStringLiteral("/token")));
    QCOMPARE(saved->defaultScopes(), (QStringList { QStringLiteral("openid"), QStringLiteral("read") }));
    QVERIFY(catalog.removeCustom(QStringLiteral("acme-sso")).hasValue());
}

void TestCustomProvider::showsWhyDiscoveryFailed_data()
{
    QTest::addColumn<bool>("nothingListening");
    QTest::newRow("no discovery document") << false;
    QTest::newRow("nothing listening") << true;
}

void TestCustomProvider::showsWhyDiscoveryFailed()
{
    QFETCH(bool, nothingListening);
    Test::FakeOAuthProvider provider;
    QUrl issuer = provider.issuerUrl();
    if (nothingListening) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        issuer.setPort(closed.serverPort());
    } else {
        issuer.setPath(QStringLiteral("/nothing-here"));
    }
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    CustomProviderDialog* dialog = openDialog(desktop);
    setText(dialog, "issuerUrlLineEdit", issuer.toString());
    setText(dialog, "providerNameLineEdit", QStringLiteral("Broken"));
    child<QPushButton>(dialog, "discoverPushButton")->click();
    auto* error = child<QLabel>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!child<QGroupBox>(dialog, "endpointsGroupBox")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "savePushButton")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "discoverPushButton")->isEnabled()); // try again
    QVERIFY(!desktop.window()->card(QStringLiteral("broken")));
}

void TestCustomProvider::showsWhySavingFailed()
{
    Test::FakeOAuthProvider provider;
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    CustomProviderDialog* dialog = openDialog(desktop);
    setText(dialog, "issuerUrlLineEdit", provider.issuerUrl().toString());
    setText(dialog, "providerNameLineEdit", QStringLiteral("GitHub"));
    QCOMPARE(dialog->platformId(), QStringLiteral("github")); // a shipped id
    child<QPushButton>(dialog, "discoverPushButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QGroupBox>(dialog, "endpointsGroupBox")->isVisible(), 15000);
    child<QPushButton>(dialog, "savePushButton")->click();
    auto* error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(dialog->isVisible()); // still open, with everything typed
    QCOMPARE(dialog->platformId(), QStringLiteral("github"));
    QVERIFY(child<QPushButton>(dialog, "savePushButton")->isEnabled());
}

QTEST_MAIN(TestCustomProvider)
#include "tst_customprovider.moc"
