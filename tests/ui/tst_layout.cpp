// Nothing a person reads is cut or squashed: the window and every dialog, at
// 800x600, 1280x800 and 1920x1080, in English, German and French. A label
// that does not wrap must be as wide as its text; one that wraps as tall as
// its text needs at its width; buttons, fields and boxes at least their
// minimum size hint.
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/oauth/redirecturi.h"
#include "core/storage/connection.h"
#include "core/translator.h"
#include "tests/support/sampleconnection.h"
#include "ui/connectioncard.h"
#include "ui/consentdialog.h"
#include "ui/credentialdialog.h"
#include "ui/customproviderdialog.h"
#include "ui/grantsdialog.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Plugboard;

namespace {

QString describe(const QWidget* widget, const QSize& has, const QSize& needs)
{
    const auto* label = qobject_cast<const QLabel*>(widget);
    return QStringLiteral("%1 \"%2\" is %3x%4, needs %5x%6")
        .arg(widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                            : widget->objectName(),
             label ? label->text().left(60) : QString())
        .arg(has.width())
        .arg(has.height())
        .arg(needs.width())
        .arg(needs.height());
}

/// Every visible widget under `root` that is smaller than what it shows.
QStringList cutWidgets(QWidget* root)
{
    QStringList cut;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->size().isEmpty())
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            const QSize needs
                = label->wordWrap() ? QSize(0, label->heightForWidth(label->width())) : label->sizeHint();
            if (label->width() + 1 < needs.width() || label->height() + 1 < needs.height())
                cut.append(describe(label, label->size(), needs));
        } else if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
                   || qobject_cast<QComboBox*>(widget)) {
            const QSize needs = widget->minimumSizeHint();
            if (widget->width() + 1 < needs.width() || widget->height() + 1 < needs.height())
                cut.append(describe(widget, widget->size(), needs));
        }
    }
    return cut;
}

Connection account(const QString& platform, const QString& name, ConnectionState state,
                   const QStringList& scopes)
{
    return Test::sampleConnection(platform, name, state, std::chrono::minutes(42), scopes);
}

QList<AppGrant> grants()
{
    AppGrant script;
    script.app = QStringLiteral("/home/alex/.local/share/some-rather-long-folder-name/sync-calendar-tool.py");
    script.granted = QDateTime::currentDateTimeUtc().addDays(-2);
    script.lastUsed = QDateTime::currentDateTimeUtc().addSecs(-180);
    script.uses = 12;
    AppGrant flatpak;
    flatpak.app = QStringLiteral("flatpak:org.gnome.Calendar");
    flatpak.granted = script.granted;
    return { script, flatpak };
}

} // namespace

class TestLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void windowShowsEverythingWhole_data();
    void windowShowsEverythingWhole();
    void cardsDoNotStretch();
    void dialogsShowEverythingWhole_data();
    void dialogsShowEverythingWhole();
    void appAccessDialogsShowEverythingWhole_data();
    void appAccessDialogsShowEverythingWhole();
};

void TestLayout::initTestCase()
{
    ApplicationInfo::applyToApplication();
    // The 2x run must really be at 2x, or it proves nothing.
    if (const QByteArray expected = qgetenv("PLUGBOARD_EXPECT_DPR"); !expected.isEmpty())
        QCOMPARE(qApp->devicePixelRatio(), expected.toDouble());
}

void TestLayout::cleanupTestCase()
{
    Translator::install(QLocale(QStringLiteral("en_US")));
}

void TestLayout::windowShowsEverythingWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char* language : { "en_US", "de_DE", "fr_FR" }) {
        for (const QSize size : { QSize(800, 600), QSize(1280, 800), QSize(1920, 1080) })
            QTest::newRow(qPrintable(
                QStringLiteral("%1 %2x%3").arg(QLatin1String(language)).arg(size.width()).arg(size.height())))
                << QString::fromLatin1(language) << size;
    }
}

void TestLayout::windowShowsEverythingWhole()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    Translator::install(QLocale(language));
    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    MainWindow window;
    Connection withApps
        = account(QStringLiteral("github"), QStringLiteral("octocat"), ConnectionState::Connected,
                  { QStringLiteral("repo"), QStringLiteral("read:user") });
    withApps.grants = grants();
    window.showConnections(
        catalog.platforms(),
        { withApps,
          account(QStringLiteral("google"), QStringLiteral("alex@example.com"), ConnectionState::Connected,
                  { QStringLiteral("openid"),
                    QStringLiteral("https://www.googleapis.com/auth/userinfo.email"),
                    QStringLiteral("https://www.googleapis.com/auth/youtube.readonly") }),
          account(QStringLiteral("slack"), QStringLiteral("team-bot"), ConnectionState::Degraded,
                  { QStringLiteral("chat:write") }) },
        { QStringLiteral("gitlab") });
    window.resize(size.boundedTo(QSize(1920, 1080)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50); // the cards after the first frame
    window.card(QStringLiteral("github/octocat"))->setShowsGrants(true);
    QTest::qWait(20);
    const QStringList cut = cutWidgets(&window);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

// A lone card in a big window keeps its own height and a readable width.
void TestLayout::cardsDoNotStretch()
{
    Translator::install(QLocale(QStringLiteral("en_US")));
    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    const PlatformRecord* github = catalog.platform(QStringLiteral("github"));
    QVERIFY(github);
    MainWindow window;
    window.showConnections({ *github },
                           { account(QStringLiteral("github"), QStringLiteral("octocat"),
                                     ConnectionState::Connected, { QStringLiteral("repo") }) },
                           {});
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionCard* card = window.card(QStringLiteral("github/octocat"));
    QVERIFY(card);
    QTRY_VERIFY(card->isVisible());
    QVERIFY2(card->height() <= card->sizeHint().height() + 8,
             qPrintable(
                 QStringLiteral("%1 px high, needs %2").arg(card->height()).arg(card->sizeHint().height())));
    QVERIFY2(card->width() <= 640, qPrintable(QStringLiteral("%1 px wide").arg(card->width())));
}

void TestLayout::dialogsShowEverythingWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("platform");
    for (const char* language : { "en_US", "de_DE", "fr_FR" }) {
        for (const QString& id : PlatformCatalog::shippedIds())
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(language), id)))
                << QString::fromLatin1(language) << id;
        QTest::newRow(qPrintable(QStringLiteral("%1 custom provider").arg(QLatin1String(language))))
            << QString::fromLatin1(language) << QString();
    }
}

void TestLayout::dialogsShowEverythingWhole()
{
    QFETCH(QString, language);
    QFETCH(QString, platform);
    Translator::install(QLocale(language));
    std::unique_ptr<QDialog> dialog;
    if (platform.isEmpty()) {
        dialog = std::make_unique<CustomProviderDialog>();
    } else {
        const Result<PlatformRecord> record = PlatformCatalog::loadOne(platform);
        QVERIFY(record);
        auto credentials = std::make_unique<CredentialDialog>();
        credentials->setPlatform(record.value(), RedirectUri::forRegistration(record.value().redirect));
        dialog = std::move(credentials);
    }
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const QStringList cut = cutWidgets(dialog.get());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

void TestLayout::appAccessDialogsShowEverythingWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dialog");
    for (const char* language : { "en_US", "de_DE", "fr_FR" }) {
        for (const char* dialog : { "consent", "sign-in consent", "grants", "no grants" })
            QTest::newRow(
                qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(language), QLatin1String(dialog))))
                << QString::fromLatin1(language) << QString::fromLatin1(dialog);
    }
}

void TestLayout::appAccessDialogsShowEverythingWhole()
{
    QFETCH(QString, language);
    QFETCH(QString, dialog);
    Translator::install(QLocale(language));
    std::unique_ptr<QDialog> shown;
    if (dialog.contains(QStringLiteral("consent"))) {
        auto consent = std::make_unique<ConsentDialog>();
        consent->setApplication(QStringLiteral("python3 running sync-calendar-tool.py"),
                                QStringLiteral("/home/alex/.local/share/some-rather-long-folder-name/"
                                               "sync-calendar-tool.py, run by /usr/bin/python3.12"));
        consent->setConnection(
            QStringLiteral("Google"),
            dialog.startsWith(QStringLiteral("sign-in")) ? QString() : QStringLiteral("alex@example.com"));
        consent->setScopes(
            { QStringLiteral("openid"), QStringLiteral("https://www.googleapis.com/auth/youtube.readonly") },
            { { QStringLiteral("openid"), QStringLiteral("Sign you in with your Google account") } });
        consent->setDeadline(QDateTime::currentDateTimeUtc().addSecs(60));
        shown = std::move(consent);
    } else {
        auto list = std::make_unique<GrantsDialog>();
        if (dialog == QStringLiteral("grants"))
            list->setGrants(
                { { QStringLiteral("google/alex"), QStringLiteral("Google · alex@example.com"),
                    grants().at(0) },
                  { QStringLiteral("github/octocat"), QStringLiteral("GitHub · octocat"), grants().at(1) } });
        shown = std::move(list);
    }
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    const QStringList cut = cutWidgets(shown.get());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
