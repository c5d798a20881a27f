#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/catalog/platformtexts.h"
#include "core/translator.h"

#include <QDir>
#include <QTest>

using namespace Plugboard;

namespace Plugboard::Test {
namespace {

/// GitHub's texts in English, as resources/platforms/github.json has them.
const QString kGithubFirstStep
    = QStringLiteral("Open Settings > Developer settings > OAuth Apps and choose New OAuth App.");
const QString kGithubSecretLabel = QStringLiteral("Client Secret");
const QString kGithubProfileScope = QStringLiteral("Read your profile");

/// A custom record whose texts are, word for word, texts the shipped records
/// translate.
PlatformRecord customRecordSayingShippedTexts()
{
    PlatformRecord record;
    record.id = QStringLiteral("acme");
    record.name = QStringLiteral("Acme SSO");
    record.authorizationEndpoint = QUrl(QStringLiteral("https://sso.acme.example/authorize"));
    record.tokenEndpoint = QUrl(QStringLiteral("https://sso.acme.example/token"));
    record.helpSteps = { kGithubFirstStep };
    ScopeInfo profile;
    profile.name = QStringLiteral("profile");
    profile.description = kGithubProfileScope;
    profile.isDefault = true;
    record.scopes = { profile };
    CredentialField clientId;
    clientId.key = QStringLiteral("client_id");
    clientId.label = QStringLiteral("Client ID");
    clientId.type = CredentialType::OAuthClientId;
    clientId.description = QStringLiteral("Shown under App Credentials.");
    record.credentials = { clientId };
    return record;
}

} // namespace
} // namespace Plugboard::Test

using namespace Plugboard::Test;

class TestPlatformTexts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shippedRecordIsTranslated_data();
    void shippedRecordIsTranslated();
    void loadAllTranslatesToo();
    void englishKeepsRecordTexts();
    void onlyTextsChange();
    void customRecordKeepsItsWords();
};

void TestPlatformTexts::initTestCase()
{
    ApplicationInfo::applyToApplication();
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    QVERIFY2(!configHome.isEmpty(), "run through ctest so XDG_CONFIG_HOME is private");
    QVERIFY2(PlatformCatalog::customDirectory().startsWith(configHome + QStringLiteral("/plugboard/")),
             qPrintable(PlatformCatalog::customDirectory()));
}

void TestPlatformTexts::init()
{
    QVERIFY(QDir(PlatformCatalog::customDirectory()).removeRecursively());
}

void TestPlatformTexts::cleanup()
{
    Translator::install(QLocale(QStringLiteral("en_US")));
}

void TestPlatformTexts::shippedRecordIsTranslated_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("firstStep");
    QTest::addColumn<QString>("secretLabel");
    QTest::addColumn<QString>("profileScope");
    QTest::newRow("german") << QStringLiteral("de_DE")
                            << QStringLiteral("Öffnen Sie „Settings > Developer settings > OAuth Apps“ und "
                                              "wählen Sie „New OAuth App“.")
                            << QStringLiteral("Client-Secret") << QStringLiteral("Ihr Profil lesen");
    QTest::newRow("french") << QStringLiteral("fr_FR")
                            << QStringLiteral(
                                   "Ouvrez «\u00A0Settings > Developer settings > OAuth Apps\u00A0» "
                                   "et choisissez «\u00A0New OAuth App\u00A0».")
                            << QStringLiteral("Secret client") << QStringLiteral("Lire votre profil");
}

// PlatformCatalog::loadOne() is what the command line uses.
void TestPlatformTexts::shippedRecordIsTranslated()
{
    QFETCH(QString, locale);
    QFETCH(QString, firstStep);
    QFETCH(QString, secretLabel);
    QFETCH(QString, profileScope);
    QCOMPARE(Translator::install(QLocale(locale)), locale.left(2));

    const Result<PlatformRecord> github = PlatformCatalog::loadOne(QStringLiteral("github"));
    QVERIFY(github.hasValue());
    const PlatformRecord& record = github.value();
    QVERIFY(!record.helpSteps.isEmpty());
    QCOMPARE(record.helpSteps.first(), firstStep);
    const CredentialField* secret = record.credentialField(QStringLiteral("client_secret"));
    QVERIFY(secret);
    QCOMPARE(secret->label, secretLabel);
    QVERIFY(!secret->description.isEmpty());
    QVERIFY2(!secret->description.startsWith(QLatin1String("Generated")), qPrintable(secret->description));
    const ScopeInfo* profile = record.scope(QStringLiteral("read:user"));
    QVERIFY(profile);
    QCOMPARE(profile->description, profileScope);
}

// loadAll() is what the window uses; every shipped record's help is translated.
void TestPlatformTexts::loadAllTranslatesToo()
{
    Translator::install(QLocale(QStringLiteral("en_US")));
    PlatformCatalog english;
    QVERIFY(english.loadAll().isEmpty());
    Translator::install(QLocale(QStringLiteral("fr_FR")));
    PlatformCatalog french;
    QVERIFY(french.loadAll().isEmpty());

    QCOMPARE(french.platforms().size(), english.platforms().size());
    for (const PlatformRecord& record : french.platforms()) {
        const PlatformRecord* original = english.platform(record.id);
        QVERIFY(original);
        QCOMPARE(record.name, original->name);
        QCOMPARE(record.helpSteps.size(), original->helpSteps.size());
        for (qsizetype i = 0; i < record.helpSteps.size(); ++i)
            QVERIFY2(record.helpSteps.at(i) != original->helpSteps.at(i),
                     qPrintable(record.id + QStringLiteral(": ") + record.helpSteps.at(i)));
    }
}

void TestPlatformTexts::englishKeepsRecordTexts()
{
    QCOMPARE(Translator::install(QLocale(QStringLiteral("en_US"))), QStringLiteral("en"));
    const Result<PlatformRecord> github = PlatformCatalog::loadOne(QStringLiteral("github"));
    QVERIFY(github.hasValue());
    QCOMPARE(github.value().helpSteps.first(), kGithubFirstStep);
    QCOMPARE(github.value().credentialField(QStringLiteral("client_secret"))->label, kGithubSecretLabel);
    QCOMPARE(github.value().scope(QStringLiteral("read:user"))->description, kGithubProfileScope);
}

// Names, ids, scope names and URLs are the platform's, in every language.
void TestPlatformTexts::onlyTextsChange()
{
    QCOMPARE(Translator::install(QLocale(QStringLiteral("en_US"))), QStringLiteral("en"));
    const PlatformRecord english = PlatformCatalog::loadOne(QStringLiteral("github")).value();
    Translator::install(QLocale(QStringLiteral("de_DE")));
    PlatformRecord german = translatedTexts(english);
    QVERIFY(german != english);

    // Put the English texts back: nothing else may differ.
    german.helpSteps = english.helpSteps;
    for (qsizetype i = 0; i < german.credentials.size(); ++i) {
        german.credentials[i].label = english.credentials.at(i).label;
        german.credentials[i].description = english.credentials.at(i).description;
    }
    for (qsizetype i = 0; i < german.scopes.size(); ++i)
        german.scopes[i].description = english.scopes.at(i).description;
    QCOMPARE(german, english);
}

// A custom provider is in its author's words, even words Plugboard could translate.
void TestPlatformTexts::customRecordKeepsItsWords()
{
    const PlatformRecord custom = customRecordSayingShippedTexts();
    QVERIFY(PlatformCatalog().addCustom(custom).hasValue());
    Translator::install(QLocale(QStringLiteral("fr_FR")));

    PlatformCatalog catalog;
    QVERIFY(catalog.loadAll().isEmpty());
    const PlatformRecord* loaded = catalog.platform(QStringLiteral("acme"));
    QVERIFY(loaded);
    QVERIFY(loaded->custom);
    QCOMPARE(loaded->helpSteps, custom.helpSteps);
    QCOMPARE(loaded->credentials.first().label, QStringLiteral("Client ID"));
    QCOMPARE(loaded->credentials.first().description, custom.credentials.first().description);
    QCOMPARE(loaded->scopes.first().description, kGithubProfileScope);

    const Result<PlatformRecord> one = PlatformCatalog::loadOne(QStringLiteral("acme"));
    QVERIFY(one.hasValue());
    QCOMPARE(one.value().helpSteps, custom.helpSteps);
}

QTEST_GUILESS_MAIN(TestPlatformTexts)
#include "tst_platformtexts.moc"
