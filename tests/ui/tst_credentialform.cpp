#include "ui/credentialform.h"
#include "ui/secretlineedit.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Plugboard;

namespace {

PlatformRecord examplePlatform()
{
    PlatformRecord record;
    record.id = QStringLiteral("example");
    record.name = QStringLiteral("Example <Cloud>");
    record.helpUrl = QUrl(QStringLiteral("https://console.example.com/apps"));
    record.helpSteps = { QStringLiteral("Create an app."), QStringLiteral("Add the redirect URI below.") };
    record.credentials = {
        { QStringLiteral("client_id"), QStringLiteral("Client ID"), CredentialType::OAuthClientId, true,
          false, QUrl(QStringLiteral("https://console.example.com/help#id")),
          QStringLiteral("Shown on the app's page.") },
        { QStringLiteral("client_secret"), QStringLiteral("Client Secret"), CredentialType::OAuthClientSecret,
          true, true, QUrl(), QStringLiteral("Generate one on the app's page.") },
    };
    return record;
}

const QUrl kRedirect(QStringLiteral("http://127.0.0.1/callback"));

} // namespace

class TestCredentialForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesFieldsFromDeclaration();
    void validatesLiveAndNamesMissingLabels();
    void masksSecretsWithRevealToggle();
    void showsAndCopiesRedirectUri();
    void savedSecretIsNeverShownButCountsAsPresent();
    void escapesPlatformText();
    void tokenExchangeProxyHoldsTheSecret();
    void noProxyFieldWithoutAClientSecret();
};

void TestCredentialForm::generatesFieldsFromDeclaration()
{
    CredentialForm form;
    form.setPlatform(examplePlatform(), kRedirect);
    QVERIFY(form.findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit")));
    QVERIFY(form.findChild<SecretLineEdit*>(QStringLiteral("clientSecretSecretLineEdit")));
    QCOMPARE(form.findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit"))->accessibleName(),
             QStringLiteral("Client ID"));
    const QString status = form.findChild<QLabel*>(QStringLiteral("clientIdStatusLabel"))->text();
    QVERIFY2(status.contains(QStringLiteral("Where do I find this?")), qPrintable(status));
    QVERIFY(status.contains(QStringLiteral("https://console.example.com/help#id")));
    QVERIFY(form.findChild<QLabel*>(QStringLiteral("stepsLabel"))
                ->text()
                .contains(QStringLiteral("2. Add the redirect")));
}

void TestCredentialForm::validatesLiveAndNamesMissingLabels()
{
    CredentialForm form;
    QSignalSpy completeness(&form, &CredentialForm::completenessChanged);
    form.setPlatform(examplePlatform(), kRedirect);
    QCOMPARE(form.missingLabels(),
             (QStringList { QStringLiteral("Client ID"), QStringLiteral("Client Secret") }));
    QVERIFY(form.findChild<QLabel*>(QStringLiteral("clientIdStatusLabel"))
                ->text()
                .contains(QStringLiteral("Required")));

    QTest::keyClicks(form.findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit")),
                     QStringLiteral("abc123"));
    QCOMPARE(form.missingLabels(), QStringList { QStringLiteral("Client Secret") });
    QVERIFY(!form.findChild<QLabel*>(QStringLiteral("clientIdStatusLabel"))
                 ->text()
                 .contains(QStringLiteral("Required")));
    QVERIFY(completeness.isEmpty());

    QTest::keyClicks(form.findChild<QLineEdit*>(QStringLiteral("clientSecretLineEdit")),
                     QStringLiteral("s3cret"));
    QVERIFY(form.isComplete());
    QCOMPARE(completeness.count(), 1);
    QCOMPARE(completeness.first().first().toBool(), true);
    QCOMPARE(form.enteredValues().value(QStringLiteral("client_secret")), QStringLiteral("s3cret"));
}

void TestCredentialForm::masksSecretsWithRevealToggle()
{
    CredentialForm form;
    form.setPlatform(examplePlatform(), kRedirect);
    form.show();
    auto* secret = form.findChild<SecretLineEdit*>(QStringLiteral("clientSecretSecretLineEdit"));
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);
    secret->revealButton()->click();
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Normal);
    QVERIFY(!secret->revealButton()->accessibleName().isEmpty());
    secret->revealButton()->click();
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);
}

void TestCredentialForm::showsAndCopiesRedirectUri()
{
    CredentialForm form;
    form.setPlatform(examplePlatform(), kRedirect);
    QCOMPARE(form.findChild<QLabel*>(QStringLiteral("redirectUriLabel"))->text(), kRedirect.toString());
    form.findChild<QPushButton*>(QStringLiteral("copyRedirectUriPushButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), kRedirect.toString());
}

void TestCredentialForm::savedSecretIsNeverShownButCountsAsPresent()
{
    CredentialForm form;
    form.setPlatform(examplePlatform(), kRedirect);
    form.setSavedFields({ { QStringLiteral("client_id"), QStringLiteral("client-abc123") },
                          { QStringLiteral("client_secret"), QString() } });
    QVERIFY(form.isComplete());
    QVERIFY(form.enteredValues().isEmpty());
    auto* secret = form.findChild<QLineEdit*>(QStringLiteral("clientSecretLineEdit"));
    QVERIFY(secret->text().isEmpty());
    QVERIFY(secret->placeholderText().contains(QStringLiteral("type to replace")));
    // The client ID is no secret: shown as saved, so a typo can be seen.
    QCOMPARE(form.findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit"))->text(),
             QStringLiteral("client-abc123"));
}

void TestCredentialForm::escapesPlatformText()
{
    CredentialForm form;
    form.setPlatform(examplePlatform(), kRedirect);
    const QString intro = form.findChild<QLabel*>(QStringLiteral("introLabel"))->text();
    QVERIFY2(intro.contains(QStringLiteral("Example &lt;Cloud&gt;")), qPrintable(intro));
}

// A team's proxy holds the client secret: with a usable proxy address the
// secret is neither required nor handed on; an address Plugboard may not
// use keeps the form incomplete and says why.
void TestCredentialForm::tokenExchangeProxyHoldsTheSecret()
{
    CredentialForm form;
    form.setPlatform(examplePlatform(), kRedirect);
    QVERIFY(form.offersTokenExchangeProxy());
    auto* proxy = form.findChild<QLineEdit*>(QStringLiteral("tokenProxyLineEdit"));
    QVERIFY(proxy);
    QTest::keyClicks(form.findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit")),
                     QStringLiteral("abc123"));
    QTest::keyClicks(form.findChild<QLineEdit*>(QStringLiteral("clientSecretLineEdit")),
                     QStringLiteral("typed"));

    QTest::keyClicks(proxy, QStringLiteral("http://tokens.example.com/x"));
    QVERIFY(!form.isComplete());
    QVERIFY(form.missingLabels().contains(QStringLiteral("Token-exchange proxy")));
    QVERIFY(form.findChild<QLabel*>(QStringLiteral("tokenProxyStatusLabel"))
                ->text()
                .contains(QStringLiteral("https://")));
    QVERIFY(!form.tokenExchangeProxy().isValid());

    proxy->clear();
    QTest::keyClicks(proxy, QStringLiteral("https://tokens.example.com/exchange"));
    QCOMPARE(form.tokenExchangeProxy(), QUrl(QStringLiteral("https://tokens.example.com/exchange")));
    QVERIFY(form.isComplete());
    QVERIFY2(!form.enteredValues().contains(QStringLiteral("client_secret")), "the proxy holds the secret");
    QCOMPARE(form.enteredValues().value(QStringLiteral("client_id")), QStringLiteral("abc123"));
    QVERIFY(!form.findChild<SecretLineEdit*>(QStringLiteral("clientSecretSecretLineEdit"))->isEnabled());
    QVERIFY(form.findChild<QLabel*>(QStringLiteral("clientSecretStatusLabel"))
                ->text()
                .contains(QStringLiteral("proxy holds it")));

    proxy->clear(); // back to a secret of its own
    QVERIFY(form.findChild<SecretLineEdit*>(QStringLiteral("clientSecretSecretLineEdit"))->isEnabled());
    QCOMPARE(form.enteredValues().value(QStringLiteral("client_secret")), QStringLiteral("typed"));
}

void TestCredentialForm::noProxyFieldWithoutAClientSecret()
{
    PlatformRecord publicClient = examplePlatform();
    publicClient.credentials.removeLast();
    CredentialForm form;
    form.setPlatform(publicClient, kRedirect);
    QVERIFY(!form.offersTokenExchangeProxy());
    QVERIFY(!form.findChild<QLineEdit*>(QStringLiteral("tokenProxyLineEdit")));
    form.setPlatform(examplePlatform(), kRedirect); // rebuilt: the field comes back
    QVERIFY(form.findChild<QLineEdit*>(QStringLiteral("tokenProxyLineEdit")));
}

QTEST_MAIN(TestCredentialForm)
#include "tst_credentialform.moc"
