#include "desktopapplication.h"

#include "applicationinfo.h"
#include "catalog/platformcatalog.h"
#include "credentialdialog.h"
#include "mainwindow.h"
#include "oauth/redirecturi.h"
#include "singleinstance.h"
#include "storage/credentialsjob.h"
#include "storage/keychainsecretstore.h"
#include "trayicon.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSettings>
#include <QSystemTrayIcon>

namespace Plugboard {

namespace {

const QString kTrayNoticeShown = QStringLiteral("ui/trayNoticeShown");

} // namespace

DesktopApplication::DesktopApplication(QObject* parent)
    : QObject(parent)
    , m_instance(std::make_unique<SingleInstance>(ApplicationInfo::appId()))
    , m_catalog(std::make_unique<PlatformCatalog>())
{ }

DesktopApplication::~DesktopApplication() = default;

bool DesktopApplication::start(bool minimized)
{
    if (m_instance->activateRunningInstance())
        return false;

    // Startup reads the catalog and metadata only, never the keyring.
    m_catalog->loadAll(); // broken custom records are skipped; the rest show
    m_window = std::make_unique<MainWindow>();
    m_window->setPlatforms(m_catalog->platforms());
    // The store reads only its index of key names here, not the keyring.
    m_secrets = new KeychainSecretStore(this);
    for (const PlatformRecord& record : m_catalog->platforms()) {
        if (m_secrets->hasWritten(SecretStore::credentialsKey(record.id)))
            m_window->setCredentialsSaved(record.id, QString());
    }
    connect(m_window.get(), &MainWindow::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_instance.get(), &SingleInstance::activationRequested, m_window.get(),
            &MainWindow::bringToFront);
    connect(m_window.get(), &MainWindow::cardActionRequested, this, &DesktopApplication::onCardAction);

    if (QSystemTrayIcon::isSystemTrayAvailable())
        createTray();
    if (!minimized || !m_tray)
        m_window->show();
    return true;
}

void DesktopApplication::createTray()
{
    m_tray = std::make_unique<TrayIcon>();
    connect(m_tray.get(), &TrayIcon::openWindowRequested, m_window.get(), &MainWindow::bringToFront);
    connect(m_tray.get(), &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_window.get(), &MainWindow::hiddenToTray, this, &DesktopApplication::onHiddenToTray);
    m_window->setCloseToTray(true);
    m_tray->show();
}

void DesktopApplication::onCardAction(const QString& cardId, ConnectionCard::Action action)
{
    const QString platformId = cardId.section(QLatin1Char('/'), 0, 0);
    const PlatformRecord* record = m_catalog->platform(platformId);
    if (!record)
        return;
    if (action == ConnectionCard::Action::SetUpCredentials
        || action == ConnectionCard::Action::EditCredentials) {
        editCredentials(platformId);
        return;
    }
    if (action == ConnectionCard::Action::CopyRedirectUri) {
        const QString uri = RedirectUri::forRegistration(record->redirect).toString();
        QGuiApplication::clipboard()->setText(uri);
        m_window->showStatus(tr("Copied %1 — register it in %2's developer console.").arg(uri, record->name));
    }
}

void DesktopApplication::editCredentials(const QString& platformId)
{
    const PlatformRecord* record = m_catalog->platform(platformId);
    if (!record)
        return;
    if (m_credentialDialog)
        m_credentialDialog->close();
    m_credentialDialog = new CredentialDialog(m_window.get());
    m_credentialDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_credentialDialog->setPlatform(*record, RedirectUri::forRegistration(record->redirect));
    connect(m_credentialDialog, &CredentialDialog::saveRequested, this, &DesktopApplication::saveCredentials);
    m_credentialDialog->setBusy(true);
    m_credentialDialog->show();

    // Only hints come back to the form: saved secrets are never shown again.
    CredentialsJob* load = CredentialsJob::load(m_secrets, *record, this);
    connect(load, &CredentialsJob::finished, this, [this](CredentialsJob* job) {
        if (!m_credentialDialog)
            return;
        m_credentialDialog->setBusy(false);
        if (job->error().isError())
            m_credentialDialog->showError(job->error().message);
        else
            m_credentialDialog->setSavedFields(job->savedFieldHints());
    });
    load->start();
}

void DesktopApplication::saveCredentials(const QString& platformId, const QMap<QString, QString>& values)
{
    const PlatformRecord* record = m_catalog->platform(platformId);
    if (!record || !m_credentialDialog)
        return;
    m_credentialDialog->setBusy(true);
    CredentialsJob* save = CredentialsJob::save(m_secrets, *record, values, this);
    connect(save, &CredentialsJob::finished, this,
            [this, name = record->name, platformId](CredentialsJob* job) {
                if (job->error().isError()) {
                    if (m_credentialDialog)
                        m_credentialDialog->showError(job->error().message);
                    return;
                }
                if (m_credentialDialog)
                    m_credentialDialog->accept();
                m_window->setCredentialsSaved(platformId, job->credentials().clientIdHint());
                m_window->showStatus(tr("Saved the app credentials for %1 in your keyring.").arg(name));
            });
    save->start();
}

void DesktopApplication::onHiddenToTray()
{
    // Say once where Plugboard went; after that, closing is just closing.
    QSettings settings(ApplicationInfo::settingsFilePath(), QSettings::IniFormat);
    if (settings.value(kTrayNoticeShown).toBool())
        return;
    settings.setValue(kTrayNoticeShown, true);
    m_tray->notify(tr("Plugboard is still running"),
                   tr("It keeps your connections fresh from the tray. Choose Quit in its menu to stop it."));
}

} // namespace Plugboard
