#include "core/catalog/platformrecord.h"
#include "ui/credentialdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Plugboard;

namespace {

PlatformRecord platform()
{
    PlatformRecord record;
    record.id = QStringLiteral("example");
    record.name = QStringLiteral("Example");
    record.credentials = {
        { QStringLiteral("client_id"),
          QStringLiteral("Client ID"),
          CredentialType::OAuthClientId,
          true,
          false,
          {},
          {} },
        { QStringLiteral("client_secret"),
          QStringLiteral("Client Secret"),
          CredentialType::OAuthClientSecret,
          false,
          true,
          {},
          {} },
    };
    return record;
}

} // namespace

class TestCredentialDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveIsEnabledOnlyWhenThereIsSomethingComplete();
    void saveRequestCarriesTypedValues();
    void errorKeepsWhatWasTyped();
};

void TestCredentialDialog::saveIsEnabledOnlyWhenThereIsSomethingComplete()
{
    CredentialDialog dialog;
    dialog.setPlatform(platform(), QUrl(QStringLiteral("http://127.0.0.1/callback")));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("savePushButton"));
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("clientSecretLineEdit")),
                     QStringLiteral("x"));
    QVERIFY(!save->isEnabled()); // the client id is still missing
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit")), QStringLiteral("id"));
    QVERIFY(save->isEnabled());

    // With everything saved, typing a replacement secret enables Save.
    CredentialDialog saved;
    saved.setPlatform(platform(), QUrl(QStringLiteral("http://127.0.0.1/callback")));
    saved.setSavedFields({ { QStringLiteral("client_id"), QStringLiteral("Iv1.public-1234") },
                           { QStringLiteral("client_secret"), QString() } });
    auto* saveSaved = saved.findChild<QPushButton*>(QStringLiteral("savePushButton"));
    // The client ID is shown as saved, to check it; the secret never is.
    auto* clientId = saved.findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit"));
    QCOMPARE(clientId->text(), QStringLiteral("Iv1.public-1234"));
    QVERIFY(saved.findChild<QLineEdit*>(QStringLiteral("clientSecretLineEdit"))->text().isEmpty());
    QVERIFY(!saveSaved->isEnabled()); // nothing changed yet
    QTest::keyClicks(saved.findChild<QLineEdit*>(QStringLiteral("clientSecretLineEdit")),
                     QStringLiteral("new"));
    QVERIFY(saveSaved->isEnabled());

    // Correcting a typo in the saved client ID is a change too, and is what is sent.
    CredentialDialog typo;
    typo.setPlatform(platform(), QUrl(QStringLiteral("http://127.0.0.1/callback")));
    typo.setSavedFields({ { QStringLiteral("client_id"), QStringLiteral("Iv1.pubilc") },
                          { QStringLiteral("client_secret"), QString() } });
    QSignalSpy requested(&typo, &CredentialDialog::saveRequested);
    auto* typoId = typo.findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit"));
    typoId->setText(QStringLiteral("Iv1.public"));
    typo.findChild<QPushButton*>(QStringLiteral("savePushButton"))->click();
    QCOMPARE(requested.count(), 1);
    const QMap<QString, QString> sent = requested.first().at(1).value<QMap<QString, QString>>();
    QCOMPARE(sent.keys(), QStringList { QStringLiteral("client_id") });
    QCOMPARE(sent.value(QStringLiteral("client_id")), QStringLiteral("Iv1.public"));
}

void TestCredentialDialog::saveRequestCarriesTypedValues()
{
    CredentialDialog dialog;
    dialog.setPlatform(platform(), QUrl(QStringLiteral("http://127.0.0.1/callback")));
    QSignalSpy requested(&dialog, &CredentialDialog::saveRequested);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit")), QStringLiteral("abc"));
    dialog.findChild<QPushButton*>(QStringLiteral("savePushButton"))->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toString(), QStringLiteral("example"));
    const auto values = requested.first().at(1).value<QMap<QString, QString>>();
    QCOMPARE(values, (QMap<QString, QString> { { QStringLiteral("client_id"), QStringLiteral("abc") } }));
    QVERIFY(!dialog.result());
}

void TestCredentialDialog::errorKeepsWhatWasTyped()
{
    CredentialDialog dialog;
    dialog.setPlatform(platform(), QUrl(QStringLiteral("http://127.0.0.1/callback")));
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit")), QStringLiteral("abc"));
    dialog.setBusy(true);
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("savePushButton"))->isEnabled());
    dialog.showError(QStringLiteral("Your keyring is locked. Unlock it and try again."));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("locked")));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("clientIdLineEdit"))->text(), QStringLiteral("abc"));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("savePushButton"))->isEnabled());
}

QTEST_MAIN(TestCredentialDialog)
#include "tst_credentialdialog.moc"
