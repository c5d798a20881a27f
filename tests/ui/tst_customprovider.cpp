// "Add custom provider": the dialog on its own (validation, review, edits,
// typing the endpoints by hand), then the whole path through the real
// desktop wiring: discovery against the suite's fake provider over real
// loopback HTTP, or its endpoints typed in, saving into the catalog, and the
// new platform's card on the window.
#include "app/gui/desktopapplication.h"
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/network/networkproxy.h"
#include "core/services.h"
#include "core/storage/secretjob.h"
#include "core/translator.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/secretstorecontract.h"
#include "ui/connectioncard.h"
#include "ui/customproviderdialog.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QScopeGuard>
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

void choose(QWidget* dialog, ClientAuthentication authentication)
{
    auto* combo = child<QComboBox>(dialog, "clientAuthenticationComboBox");
    const int index = combo->findData(QVariant::fromValue(int(authentication)));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

QString toolTip(QWidget* dialog, const char* name)
{
    return child<QPushButton>(dialog, name)->toolTip();
}

/// Whether the custom record `id` was written, for "nothing was saved".
bool isWritten(const QString& id)
{
    return QFile::exists(PlatformCatalog::customDirectory() + QLatin1Char('/') + id
                         + QStringLiteral(".json"));
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
    void discoveryReadsTheProxyPasswordFirst();
    void showsWhyDiscoveryFailed_data();
    void showsWhyDiscoveryFailed();
    void showsWhySavingFailed();
    void manualEntryIsOfferedFromTheStart();
    void manualSaveWaitsForTheRequiredFields();
    void manualFormTabsInReadingOrder();
    void manualFormFitsTheSmallestScreen_data();
    void manualFormFitsTheSmallestScreen();
    void discoveryFillsTheFormTypedByHand();
    void addsAProviderTypedByHandFromTheWindow();
    void refusesATypedEndpointInTheClear_data();
    void refusesATypedEndpointInTheClear();
    void failedDiscoveryOffersManualEntry();

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
    // The whole record is in the one form, not only the endpoints.
    QCOMPARE(child<QLineEdit>(&dialog, "identityIdLineEdit")->text(), QStringLiteral("sub"));
    QCOMPARE(child<QLineEdit>(&dialog, "identityNameLineEdit")->text(), QStringLiteral("name"));
    QCOMPARE(child<QComboBox>(&dialog, "clientAuthenticationComboBox")->currentData().toInt(),
             int(ClientAuthentication::ClientSecretPost));
    QVERIFY(child<QCheckBox>(&dialog, "pkceCheckBox")->isChecked());

    const QString token = provider.server().url(QStringLiteral("/v2/token")).toString();
    setText(&dialog, "tokenEndpointLineEdit", token);
    setText(&dialog, "revocationEndpointLineEdit", QString());
    setText(&dialog, "scopesLineEdit", QStringLiteral("write extra"));
    setText(&dialog, "identityNameLineEdit", QStringLiteral("profile.login"));
    choose(&dialog, ClientAuthentication::None);
    child<QCheckBox>(&dialog, "pkceCheckBox")->click();
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
    QCOMPARE(record.identityIdPath, QStringLiteral("sub"));
    QCOMPARE(record.identityNamePath, QStringLiteral("profile.login"));
    QCOMPARE(record.clientAuthentication, ClientAuthentication::None);
    QVERIFY(!record.pkce);
    QCOMPARE(record.credentials, provider.record().credentials); // the rest as discovered
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

// Start-up reads no secret, so the window starts without the password of a
// manual proxy; the store reads it in front of the first secret job. A
// discovery reads no secret before its request: it must ask for it first.
void TestCustomProvider::discoveryReadsTheProxyPasswordFirst()
{
    const QString password = QStringLiteral("pb-test-secret-proxy-discovery");
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::Manual;
    settings.host = QStringLiteral("proxy.example.com");
    settings.port = 3128;
    settings.user = QStringLiteral("alice");
    QVERIFY(settings.save());
    const auto restore = qScopeGuard([] { ProxySettings {}.save(); });
    Test::FakeOAuthProvider provider;
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    QVERIFY(!Test::runSecretJob(desktop.services()->proxy()->storePassword(password)).error.isError());
    const auto forget
        = qScopeGuard([&desktop] { Test::runSecretJob(desktop.services()->proxy()->storePassword({})); });
    const QUrl platform(QStringLiteral("https://platform.example/token"));
    QVERIFY(QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(platform)).value(0).password().isEmpty());

    CustomProviderDialog* dialog = openDialog(desktop);
    QVERIFY(dialog);
    setText(dialog, "issuerUrlLineEdit", provider.issuerUrl().toString());
    setText(dialog, "providerNameLineEdit", QStringLiteral("Acme SSO"));
    child<QPushButton>(dialog, "discoverPushButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QGroupBox>(dialog, "endpointsGroupBox")->isVisible(), 15000);
    QCOMPARE(QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(platform)).value(0).password(), password);
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

void TestCustomProvider::manualEntryIsOfferedFromTheStart()
{
    CustomProviderDialog dialog;
    dialog.show();
    auto* manual = child<QPushButton>(&dialog, "enterManuallyPushButton");
    QVERIFY(manual);
    QVERIFY(manual->isVisible());
    QVERIFY(manual->isEnabled()); // no issuer, name or discovery needed first
    QVERIFY(!manual->accessibleName().isEmpty());
    QVERIFY2(toolTip(&dialog, "savePushButton").contains(QStringLiteral("enter them by hand")),
             qPrintable(toolTip(&dialog, "savePushButton")));

    manual->click();
    QVERIFY(child<QGroupBox>(&dialog, "endpointsGroupBox")->isVisible());
    QVERIFY(dialog.reviewedRecord());
    // No issuer typed: nothing to start the endpoints with.
    QVERIFY(child<QLineEdit>(&dialog, "authorizationEndpointLineEdit")->text().isEmpty());
    QCOMPARE(child<QLineEdit>(&dialog, "identityIdLineEdit")->text(), QStringLiteral("sub"));
    QCOMPARE(child<QLineEdit>(&dialog, "identityNameLineEdit")->text(), QStringLiteral("name"));
    QVERIFY(child<QCheckBox>(&dialog, "pkceCheckBox")->isChecked());
    // Once the form is open the button has nothing left to do, and says so.
    QVERIFY(!manual->isEnabled());
    QVERIFY(!manual->toolTip().isEmpty());
}

void TestCustomProvider::manualSaveWaitsForTheRequiredFields()
{
    const QString authorize = QStringLiteral("https://login.example.com/oauth/authorize");
    const QString token = QStringLiteral("https://login.example.com/oauth/token");
    CustomProviderDialog dialog;
    dialog.show();
    child<QPushButton>(&dialog, "enterManuallyPushButton")->click();
    auto* save = child<QPushButton>(&dialog, "savePushButton");
    // Each step names what is still missing.
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(QStringLiteral("name")), qPrintable(save->toolTip()));
    setText(&dialog, "providerNameLineEdit", QStringLiteral("Example"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(QStringLiteral("authorization endpoint")), qPrintable(save->toolTip()));
    setText(&dialog, "authorizationEndpointLineEdit", authorize);
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(QStringLiteral("token endpoint")), qPrintable(save->toolTip()));
    setText(&dialog, "tokenEndpointLineEdit", token);
    QVERIFY(save->isEnabled());
    QVERIFY(save->isDefault());

    // A user info endpoint is optional, but then the account needs its field.
    setText(&dialog, "userinfoEndpointLineEdit", QStringLiteral("https://login.example.com/me"));
    setText(&dialog, "identityIdLineEdit", QString());
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(QStringLiteral("account ID field")), qPrintable(save->toolTip()));
    setText(&dialog, "identityIdLineEdit", QStringLiteral("user.id"));
    QVERIFY(save->isEnabled());

    QSignalSpy saved(&dialog, &CustomProviderDialog::saveRequested);
    save->click();
    QCOMPARE(saved.count(), 1);
    const auto record = saved.first().first().value<PlatformRecord>();
    QCOMPARE(record.id, QStringLiteral("example"));
    QCOMPARE(record.authorizationEndpoint, QUrl(authorize));
    QCOMPARE(record.tokenEndpoint, QUrl(token));
    QVERIFY(record.revocationEndpoint.isEmpty());
    QCOMPARE(record.revocationStyle, RevocationStyle::None);
    QCOMPARE(record.identityIdPath, QStringLiteral("user.id"));
    QCOMPARE(record.clientAuthentication, ClientAuthentication::ClientSecretBasic);
    QVERIFY(record.pkce);
    QVERIFY(record.custom);
    QVERIFY(record.credentialField(QStringLiteral("client_id")));
    QVERIFY(record.credentialField(QStringLiteral("client_secret")));
}

void TestCustomProvider::manualFormTabsInReadingOrder()
{
    CustomProviderDialog dialog;
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    child<QPushButton>(&dialog, "enterManuallyPushButton")->click();
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "authorizationEndpointLineEdit"));
    const QStringList expected {
        QStringLiteral("tokenEndpointLineEdit"),        QStringLiteral("revocationEndpointLineEdit"),
        QStringLiteral("userinfoEndpointLineEdit"),     QStringLiteral("identityIdLineEdit"),
        QStringLiteral("identityNameLineEdit"),         QStringLiteral("scopesLineEdit"),
        QStringLiteral("clientAuthenticationComboBox"), QStringLiteral("pkceCheckBox")
    };
    QStringList visited;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(visited, expected);
}

void TestCustomProvider::manualFormFitsTheSmallestScreen_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : { "en_US", "de_DE", "fr_FR" })
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestCustomProvider::manualFormFitsTheSmallestScreen()
{
    // tst_layout checks the dialog as it opens; this is the open form.
    QFETCH(QString, language);
    Translator::install(QLocale(language));
    const auto restore = qScopeGuard([] { Translator::install(QLocale(QStringLiteral("en_US"))); });
    CustomProviderDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QPushButton>(&dialog, "enterManuallyPushButton")->click();
    const QSize needs = dialog.minimumSizeHint();
    // The window grows to hold the form once the window system agrees.
    QTRY_VERIFY(dialog.width() >= needs.width() && dialog.height() >= needs.height());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY2(needs.width() <= 800 && needs.height() <= 600,
             qPrintable(QStringLiteral("needs %1x%2").arg(needs.width()).arg(needs.height())));
    // What people read and use, as tst_layout measures it.
    QStringList cut;
    const QList<QWidget*> widgets = dialog.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const auto* label = qobject_cast<QLabel*>(widget);
        const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
            || qobject_cast<QComboBox*>(widget);
        if (!widget->isVisibleTo(&dialog) || (!control && !(label && !label->text().isEmpty())))
            continue;
        const QSize wants = label && label->wordWrap() ? QSize(0, label->heightForWidth(label->width()))
            : label                                    ? label->sizeHint()
                                                       : widget->minimumSizeHint();
        if (widget->width() + 1 < wants.width() || widget->height() + 1 < wants.height())
            cut.append(QStringLiteral("%1 \"%2\" is %3x%4, needs %5x%6")
                           .arg(widget->objectName(), label ? label->text() : QString())
                           .arg(widget->width())
                           .arg(widget->height())
                           .arg(wants.width())
                           .arg(wants.height()));
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

void TestCustomProvider::discoveryFillsTheFormTypedByHand()
{
    Test::FakeOAuthProvider provider;
    CustomProviderDialog dialog;
    dialog.show();
    setText(&dialog, "issuerUrlLineEdit", provider.issuerUrl().toString());
    setText(&dialog, "providerNameLineEdit", QStringLiteral("Acme"));
    child<QPushButton>(&dialog, "enterManuallyPushButton")->click();
    setText(&dialog, "authorizationEndpointLineEdit", QStringLiteral("https://typed.example.com/a"));
    // Changing the URL keeps what was typed: it came from the documentation.
    QTest::keyClicks(child<QLineEdit>(&dialog, "issuerUrlLineEdit"), QStringLiteral("/"));
    QVERIFY(child<QGroupBox>(&dialog, "endpointsGroupBox")->isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, "authorizationEndpointLineEdit")->text(),
             QStringLiteral("https://typed.example.com/a"));

    // A failed discovery keeps the typed form as it was.
    child<QPushButton>(&dialog, "discoverPushButton")->click();
    dialog.setDiscoveryError(QStringLiteral("No discovery document."));
    QVERIFY(child<QGroupBox>(&dialog, "endpointsGroupBox")->isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, "authorizationEndpointLineEdit")->text(),
             QStringLiteral("https://typed.example.com/a"));

    // A successful one fills the same fields.
    child<QPushButton>(&dialog, "discoverPushButton")->click();
    dialog.setDiscoveredRecord(provider.record());
    QCOMPARE(child<QLineEdit>(&dialog, "authorizationEndpointLineEdit")->text(),
             provider.server().url(QStringLiteral("/authorize")).toString());
    QCOMPARE(dialog.reviewedRecord()->credentials, provider.record().credentials);
}

void TestCustomProvider::addsAProviderTypedByHandFromTheWindow()
{
    Test::FakeOAuthProvider provider;
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    CustomProviderDialog* dialog = openDialog(desktop);
    QVERIFY(dialog);
    setText(dialog, "providerNameLineEdit", QStringLiteral("Local IdP"));
    child<QPushButton>(dialog, "enterManuallyPushButton")->click();
    // Plain http:// is fine on this computer.
    setText(dialog, "authorizationEndpointLineEdit",
            provider.server().url(QStringLiteral("/authorize")).toString());
    setText(dialog, "tokenEndpointLineEdit", provider.server().url(QStringLiteral("/token")).toString());
    setText(dialog, "revocationEndpointLineEdit",
            provider.server().url(QStringLiteral("/revoke")).toString());
    setText(dialog, "userinfoEndpointLineEdit",
            provider.server().url(QStringLiteral("/userinfo")).toString());
    setText(dialog, "scopesLineEdit", QStringLiteral("openid read"));
    choose(dialog, ClientAuthentication::ClientSecretPost);

    QPointer<CustomProviderDialog> closing(dialog);
    child<QPushButton>(dialog, "savePushButton")->click();
    QTRY_VERIFY(!closing);
    ConnectionCard* card = desktop.window()->card(QStringLiteral("local-idp"));
    QVERIFY(card);
    QVERIFY(card->isVisible());

    // Written and read back like a discovered record, for the next start too.
    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    const PlatformRecord* saved = catalog.platform(QStringLiteral("local-idp"));
    QVERIFY(saved);
    QVERIFY(saved->custom);
    QCOMPARE(saved->name, QStringLiteral("Local IdP"));
    QCOMPARE(saved->authorizationEndpoint, provider.server().url(QStringLiteral("/authorize")));
    QCOMPARE(saved->tokenEndpoint, provider.server().url(QStringLiteral("/token")));
    QCOMPARE(saved->revocationEndpoint, provider.server().url(QStringLiteral("/revoke")));
    QCOMPARE(saved->revocationStyle, RevocationStyle::Rfc7009);
    QCOMPARE(saved->userinfoEndpoint, provider.server().url(QStringLiteral("/userinfo")));
    QCOMPARE(saved->identityIdPath, QStringLiteral("sub"));
    QCOMPARE(saved->identityNamePath, QStringLiteral("name"));
    QCOMPARE(saved->clientAuthentication, ClientAuthentication::ClientSecretPost);
    QVERIFY(saved->pkce);
    QCOMPARE(saved->defaultScopes(), (QStringList { QStringLiteral("openid"), QStringLiteral("read") }));
    QVERIFY(saved->credentialField(QStringLiteral("client_id")));
    QVERIFY(catalog.removeCustom(QStringLiteral("local-idp")).hasValue());
}

void TestCustomProvider::refusesATypedEndpointInTheClear_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("authorization") << QByteArray("authorizationEndpointLineEdit")
                                   << QStringLiteral("authorization endpoint must be an https://");
    QTest::newRow("token") << QByteArray("tokenEndpointLineEdit")
                           << QStringLiteral("token endpoint must be an https://");
    QTest::newRow("revocation") << QByteArray("revocationEndpointLineEdit")
                                << QStringLiteral("revocation endpoint must be an https://");
    QTest::newRow("user info") << QByteArray("userinfoEndpointLineEdit")
                               << QStringLiteral("user info endpoint must be an https://");
}

void TestCustomProvider::refusesATypedEndpointInTheClear()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, message);
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    CustomProviderDialog* dialog = openDialog(desktop);
    setText(dialog, "providerNameLineEdit", QStringLiteral("Cleartext"));
    child<QPushButton>(dialog, "enterManuallyPushButton")->click();
    setText(dialog, "authorizationEndpointLineEdit", QStringLiteral("https://login.example.com/authorize"));
    setText(dialog, "tokenEndpointLineEdit", QStringLiteral("https://login.example.com/token"));
    // Across the network in plain text: tokens would travel readable.
    setText(dialog, field.constData(), QStringLiteral("http://login.example.com/endpoint"));
    child<QPushButton>(dialog, "savePushButton")->click();

    auto* error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!desktop.window()->card(QStringLiteral("cleartext")));
    QVERIFY(!isWritten(QStringLiteral("cleartext")));
    PlatformCatalog catalog;
    catalog.loadAll();
    QVERIFY(!catalog.platform(QStringLiteral("cleartext")));
}

void TestCustomProvider::failedDiscoveryOffersManualEntry()
{
    Test::FakeOAuthProvider provider;
    QUrl issuer = provider.issuerUrl();
    issuer.setPath(QStringLiteral("/realms/none"));
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    CustomProviderDialog* dialog = openDialog(desktop);
    setText(dialog, "issuerUrlLineEdit", issuer.toString());
    setText(dialog, "providerNameLineEdit", QStringLiteral("Hand Made"));
    child<QPushButton>(dialog, "discoverPushButton")->click();
    auto* error = child<QLabel>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);

    // The message that says "by hand" now leads to where that is done.
    auto* manual = child<QPushButton>(dialog, "enterManuallyPushButton");
    QVERIFY2(error->text().contains(QStringLiteral("Enter the endpoints by hand")),
             qPrintable(error->text()));
    QVERIFY(manual->isVisible());
    QVERIFY(manual->isEnabled());
    QVERIFY(manual->isDefault());
    manual->click();
    QVERIFY(child<QGroupBox>(dialog, "endpointsGroupBox")->isVisible());
    QVERIFY(error->isHidden());

    // The endpoints start at the issuer, ready for the rest of the path.
    const QString start = issuer.toString() + QLatin1Char('/');
    QCOMPARE(child<QLineEdit>(dialog, "authorizationEndpointLineEdit")->text(), start);
    QCOMPARE(child<QLineEdit>(dialog, "tokenEndpointLineEdit")->text(), start);
    QVERIFY(child<QLineEdit>(dialog, "revocationEndpointLineEdit")->text().isEmpty());
    auto* save = child<QPushButton>(dialog, "savePushButton");
    QVERIFY(!save->isEnabled()); // only the start is there yet
    QVERIFY2(save->toolTip().contains(QStringLiteral("authorization endpoint")), qPrintable(save->toolTip()));
    QTest::keyClicks(child<QLineEdit>(dialog, "authorizationEndpointLineEdit"), QStringLiteral("auth"));
    QTest::keyClicks(child<QLineEdit>(dialog, "tokenEndpointLineEdit"), QStringLiteral("token"));
    QVERIFY(save->isEnabled());

    QPointer<CustomProviderDialog> closing(dialog);
    save->click();
    QTRY_VERIFY(!closing);
    QVERIFY(desktop.window()->card(QStringLiteral("hand-made")));
    PlatformCatalog catalog;
    catalog.loadAll();
    const PlatformRecord* saved = catalog.platform(QStringLiteral("hand-made"));
    QVERIFY(saved);
    QCOMPARE(saved->authorizationEndpoint, QUrl(start + QStringLiteral("auth")));
    QCOMPARE(saved->tokenEndpoint, QUrl(start + QStringLiteral("token")));
    QCOMPARE(saved->helpUrl, issuer);
    QVERIFY(catalog.removeCustom(QStringLiteral("hand-made")).hasValue());
}

QTEST_MAIN(TestCustomProvider)
#include "tst_customprovider.moc"
