// The window against a certified authorization server (panva's
// oidc-provider) with headless Chromium as the system browser: a sign-in a
// newcomer would make, and the window renewing alongside twelve scripts on a
// server that revokes the grant when a rotated refresh token comes back.
#include "app/gui/desktopapplication.h"
#include "core/applicationinfo.h"
#include "tests/cli/clisteps.h"
#include "tests/realpeers/realauthserver.h"
#include "tests/realpeers/realbrowser.h"
#include "tests/support/moremenu.h"
#include "tests/support/privatekeyring.h"
#include "ui/connectioncard.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Plugboard;
using namespace Plugboard::Test;

namespace {

const QString kPlatform = QStringLiteral("realoidc");
const QString kConnection = QStringLiteral("realoidc/alice");
constexpr int kScripts = 12;

} // namespace

/// Catches the URL the window asks the desktop to open; the test hands it to
/// the real browser once the click has returned.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void openUrl(const QUrl& url) { urls.append(url); }
};

class TestRealPeersGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signsInThenRenewsOnceAlongsideScripts();

private:
    static QString text(ConnectionCard* card, const char* objectName);

    UrlCatcher m_catcher;
    std::unique_ptr<RealAuthServer> m_server;
};

void TestRealPeersGui::initTestCase()
{
    QVERIFY2(PrivateKeyring::isActive(), qPrintable(PrivateKeyring::whyNotActive()));
    ApplicationInfo::applyToApplication();
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_catcher, "openUrl");
    m_server = std::make_unique<RealAuthServer>();
    QVERIFY2(m_server->startError().isEmpty(), qPrintable(m_server->startError()));
    const CliProcess add = CliSteps::run({ QStringLiteral("providers"), QStringLiteral("add"), kPlatform,
                                           QStringLiteral("--discover"), m_server->issuer().toString(),
                                           QStringLiteral("--name"), QStringLiteral("Real OIDC") });
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const CliProcess set = CliSteps::run({ QStringLiteral("credentials"), QStringLiteral("set"), kPlatform,
                                           QStringLiteral("--client-id"), RealAuthServer::kPublicClient });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
}

QString TestRealPeersGui::text(ConnectionCard* card, const char* objectName)
{
    const auto* label = card->findChild<QLabel*>(QString::fromLatin1(objectName));
    return label && label->isVisibleTo(card) ? label->text() : QString();
}

void TestRealPeersGui::signsInThenRenewsOnceAlongsideScripts()
{
    DesktopApplication desktop;
    QVERIFY(desktop.start(false));
    MainWindow* window = desktop.window();
    QTRY_VERIFY_WITH_TIMEOUT(window->card(kPlatform), 10'000); // built right after the first frame
    ConnectionCard* ready = window->card(kPlatform);
    ready->findChild<QPushButton*>(QStringLiteral("connectPushButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_catcher.urls.size(), 1, 10'000);

    const QJsonObject browser = RealBrowser::signIn(m_catcher.urls.first(), RealBrowser::Client::Chromium);
    QVERIFY2(!browser.contains(QLatin1String("harness_error")),
             qPrintable(browser.value(QLatin1String("harness_error")).toString()));
    QVERIFY2(!browser.value(QLatin1String("error_page")).toBool(),
             qPrintable(browser.value(QLatin1String("text")).toString()));
    QCOMPARE(browser.value(QLatin1String("title")).toString(), QStringLiteral("Connected to Real OIDC"));

    QTRY_VERIFY_WITH_TIMEOUT(window->card(kConnection), 20'000);
    ConnectionCard* card = window->card(kConnection);
    QCOMPARE(text(card, "statusBadgeLabel"), QStringLiteral("Connected"));
    QVERIFY2(text(card, "problemLabel").isEmpty(), qPrintable(text(card, "problemLabel")));

    // Time passes; the window checks the connection while twelve scripts ask
    // for its token: the server must see one renewal and no reuse.
    QVERIFY(CliSteps::setTokenExpiry(kPlatform, QStringLiteral("alice"),
                                     QDateTime::currentDateTimeUtc().addSecs(-5)));
    m_server->resetStats();
    std::vector<std::unique_ptr<QProcess>> scripts;
    for (int i = 0; i < kScripts; ++i) {
        scripts.push_back(std::make_unique<QProcess>());
        scripts.back()->start(CliSteps::program(), { QStringLiteral("token"), kPlatform });
    }
    // The card of a moment ago may have been rebuilt since the metadata
    // changed (ASan caught a use after free here): ask the window again.
    QVERIFY(Test::MoreMenu::choose(window->card(kConnection), QStringLiteral("checkNowAction")));
    QSet<QString> tokens;
    for (const auto& script : scripts) {
        QSignalSpy finished(script.get(), &QProcess::finished);
        QVERIFY(script->state() == QProcess::NotRunning || finished.wait(60'000));
        QVERIFY2(script->exitCode() == 0, script->readAllStandardError().constData());
        tokens.insert(QString::fromUtf8(script->readAllStandardOutput()).trimmed());
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        text(window->card(kConnection), "timesLabel").contains(QStringLiteral("checked")), 20'000);
    const QJsonObject stats = m_server->stats();
    qInfo("window + %d scripts on an expired token: %d renewal(s), %d refused", kScripts,
          stats.value(QLatin1String("refresh_grants")).toInt(),
          stats.value(QLatin1String("refresh_failures")).toInt());
    QCOMPARE(stats.value(QLatin1String("refresh_grants")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("refresh_failures")).toInt(), 0);
    QCOMPARE(tokens.size(), 1);
    QVERIFY(m_server->isActive(*tokens.cbegin()));
    QCOMPARE(text(window->card(kConnection), "statusBadgeLabel"), QStringLiteral("Connected"));
}

QTEST_MAIN(TestRealPeersGui)
#include "tst_realpeers_gui.moc"
