// The consent prompt with real widgets: the desktop app serves the D-Bus API
// in this process; this test calls it over a second bus connection (so the
// bus daemon names this executable as the caller), finds the dialog the
// window raised and answers it as a person would.
#include "app/dbus/busservice.h"
#include "app/gui/appaccessflow.h"
#include "app/gui/desktopapplication.h"
#include "core/applicationinfo.h"
#include "core/storage/connectionstore.h"
#include "tests/cli/clisteps.h"
#include "tests/dbus/busclient.h"
#include "tests/support/fakebrowser.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/privatekeyring.h"
#include "ui/consentdialog.h"

#include <QApplication>
#include <QDBusPendingCallWatcher>
#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

const QString kFake = QStringLiteral("fake");
const QString kConnection = QStringLiteral("fake/user-42");
const QString kErrorPrefix = QStringLiteral("org.plugboard.Plugboard1.Error.");

ConsentDialog* waitForDialog()
{
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<ConsentDialog*>(widget);
            if (dialog && dialog->isVisible() && !dialog->isAnswered())
                return dialog;
        }
        QTest::qWait(20);
    }
    return nullptr;
}

QString allText(const QWidget* widget)
{
    QStringList texts;
    for (const QLabel* label : widget->findChildren<QLabel*>())
        texts.append(label->text());
    return texts.join(QLatin1Char('\n'));
}

bool hasGrant(const QString& connectionId, const QString& app)
{
    ConnectionStore store;
    (void)store.load();
    const std::optional<Connection> connection = store.connection(connectionId);
    return connection && connection->grantFor(app);
}

} // namespace

/// Plays the browser for a sign-in an application's Authorize started.
class BrowserStandIn final : public QObject
{
    Q_OBJECT

public:
    FakeBrowser browser;

public Q_SLOTS:
    void openUrl(const QUrl& url) { browser.open(url); }
};

class TestDBusConsent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void alwaysAllowStoresTheGrant();
    void denyRefuses();
    void noAnswerRefuses();
    void authorizeSignsInWithConsent();

private:
    QDBusPendingCallWatcher* askForToken();

    std::unique_ptr<FakeOAuthProvider> m_provider;
    std::unique_ptr<DesktopApplication> m_desktop;
    std::unique_ptr<BusClient> m_client;
    BrowserStandIn m_browser;
};

void TestDBusConsent::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
    m_provider = std::make_unique<FakeOAuthProvider>();
    QCOMPARE(CliSteps::addProvider(kFake, *m_provider).exitCode, 0);
    QCOMPARE(CliSteps::setCredentials(kFake, *m_provider).exitCode, 0);
    QCOMPARE(CliSteps::connect(kFake).exitCode, 0);

    m_desktop = std::make_unique<DesktopApplication>();
    QVERIFY(m_desktop->start(false));
    m_desktop->serveOnBus();
    QVERIFY2(m_desktop->appAccess()->busService()->isServing(), "the window serves the API");
    m_client = std::make_unique<BusClient>();
}

void TestDBusConsent::init()
{
    m_desktop->appAccess()->busService()->setConsentTimeout(std::chrono::seconds(20));
}

void TestDBusConsent::cleanupTestCase()
{
    m_client.reset();
    m_desktop.reset();
    CliSteps::forgetEverything();
}

QDBusPendingCallWatcher* TestDBusConsent::askForToken()
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.plugboard.Plugboard1"), QStringLiteral("/org/plugboard/Plugboard1"),
        QStringLiteral("org.plugboard.Plugboard1"), QStringLiteral("GetAccessToken"));
    call << kConnection << QVariantMap();
    return new QDBusPendingCallWatcher(m_client->bus().asyncCall(call, 60000), this);
}

void TestDBusConsent::alwaysAllowStoresTheGrant()
{
    std::unique_ptr<QDBusPendingCallWatcher> call(askForToken());
    ConsentDialog* dialog = waitForDialog();
    QVERIFY2(dialog, "the window asks");
    const QString text = allText(dialog);
    const QString executable = BusClient::ownExecutable();
    QVERIFY2(text.contains(QFileInfo(executable).fileName()), qPrintable(text));
    QVERIFY2(text.contains(executable), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Fake User")), qPrintable(text));
    QVERIFY(!hasGrant(kConnection, executable));

    dialog->findChild<QPushButton*>(QStringLiteral("alwaysAllowPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 20000);
    QVERIFY2(!call->isError(), qPrintable(call->error().message()));
    QCOMPARE(call->reply().arguments().value(0).toString(), m_provider->lastAccessToken());
    QVERIFY(hasGrant(kConnection, executable));

    // Allowed for good: the next call is answered without asking.
    std::unique_ptr<QDBusPendingCallWatcher> again(askForToken());
    QTRY_VERIFY_WITH_TIMEOUT(again->isFinished(), 20000);
    QVERIFY(!again->isError());
    QVERIFY2(!again->isError(), qPrintable(again->error().message()));
    QCOMPARE(CliSteps::run({ QStringLiteral("grants"), QStringLiteral("revoke"), executable }).exitCode, 0);
}

void TestDBusConsent::denyRefuses()
{
    std::unique_ptr<QDBusPendingCallWatcher> call(askForToken());
    ConsentDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    dialog->findChild<QPushButton*>(QStringLiteral("denyPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 20000);
    QCOMPARE(call->error().name(), kErrorPrefix + QStringLiteral("AccessDenied"));
    QVERIFY2(call->error().message().contains(QStringLiteral("refused")),
             qPrintable(call->error().message()));
    QVERIFY(!hasGrant(kConnection, BusClient::ownExecutable()));
}

void TestDBusConsent::noAnswerRefuses()
{
    m_desktop->appAccess()->busService()->setConsentTimeout(std::chrono::milliseconds(1500));
    std::unique_ptr<QDBusPendingCallWatcher> call(askForToken());
    QPointer<ConsentDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 20000);
    QCOMPARE(call->error().name(), kErrorPrefix + QStringLiteral("AccessDenied"));
    QVERIFY2(call->error().message().contains(QStringLiteral("Nobody answered")),
             qPrintable(call->error().message()));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 5000); // the question is taken away
    QVERIFY(!hasGrant(kConnection, BusClient::ownExecutable()));
}

void TestDBusConsent::authorizeSignsInWithConsent()
{
    m_provider->setAccount(QStringLiteral("user-43"), QStringLiteral("Second Account"));
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.plugboard.Plugboard1"), QStringLiteral("/org/plugboard/Plugboard1"),
        QStringLiteral("org.plugboard.Plugboard1"), QStringLiteral("Authorize"));
    // A scope the existing connection lacks: only a new sign-in covers it.
    call << kFake << QStringList { QStringLiteral("write") } << QVariantMap();
    QDBusPendingCallWatcher watcher(m_client->bus().asyncCall(call, 60000));
    ConsentDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY2(allText(dialog).contains(QStringLiteral("write")), qPrintable(allText(dialog)));
    dialog->findChild<QPushButton*>(QStringLiteral("alwaysAllowPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 30000);
    QVERIFY2(!watcher.isError(), qPrintable(watcher.error().message()));
    QCOMPARE(watcher.reply().arguments().value(0).toString(), QStringLiteral("fake/user-43"));
    QVERIFY(hasGrant(QStringLiteral("fake/user-43"), BusClient::ownExecutable()));
}

QTEST_MAIN(TestDBusConsent)
#include "tst_dbusconsent.moc"
