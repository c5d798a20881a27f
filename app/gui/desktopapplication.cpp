#include "app/gui/desktopapplication.h"

#include "app/gui/activityflow.h"
#include "app/gui/apikeyflow.h"
#include "app/gui/appaccessflow.h"
#include "app/gui/backupflow.h"
#include "app/gui/connectflow.h"
#include "app/gui/credentialsflow.h"
#include "app/gui/customproviderflow.h"
#include "app/gui/desktoppassphraseprovider.h"
#include "app/gui/diagnoseflow.h"
#include "app/gui/serverflow.h"
#include "app/gui/settingsflow.h"
#include "app/gui/sharedstatewatcher.h"
#include "app/gui/singleinstance.h"
#include "app/gui/startupmarks.h"
#include "app/gui/vaultflow.h"
#include "core/applicationinfo.h"
#include "core/catalog/platformcatalog.h"
#include "core/lifecycle/connectionmonitor.h"
#include "core/lifecycle/disconnectoperation.h"
#include "core/oauth/redirecturi.h"
#include "core/services.h"
#include "core/settings/desktopsettings.h"
#include "core/storage/connectionstore.h"
#include "core/storage/credentialsjob.h"
#include "core/storage/secretstore.h"
#include "ui/confirmation.h"
#include "ui/connectionnaming.h"
#include "ui/mainwindow.h"
#include "ui/trayicon.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSet>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

namespace Plugboard {

namespace {

const QString kTrayNoticeShown = QStringLiteral("ui/trayNoticeShown");
constexpr std::chrono::seconds kRenewalStartDelay { 2 };

/// Renewals look platforms up in the catalog the window keeps loaded.
TokenService::RecordLookup recordsIn(const PlatformCatalog* catalog)
{
    return [catalog](const QString& platformId) -> std::optional<PlatformRecord> {
        if (const PlatformRecord* record = catalog->platform(platformId))
            return *record;
        return std::nullopt;
    };
}

} // namespace

DesktopApplication::DesktopApplication(QObject* parent)
    : QObject(parent)
    , m_instance(std::make_unique<SingleInstance>(ApplicationInfo::appId()))
    , m_catalog(std::make_unique<PlatformCatalog>())
    , m_passphrases(std::make_unique<DesktopPassphraseProvider>())
{ }

DesktopApplication::~DesktopApplication() = default;

bool DesktopApplication::start(bool minimized)
{
    if (m_instance->activateRunningInstance())
        return false;
    StartupMarks::mark("single instance");

    // Startup reads the catalog and metadata only, never the keyring.
    m_catalog->loadAll(); // broken custom records are skipped; the rest show
    m_services = std::make_unique<Services>(recordsIn(m_catalog.get()), m_passphrases.get());
    StartupMarks::mark("catalog and services");
    m_window = std::make_unique<MainWindow>();
    StartupMarks::mark("main window");
    m_passphrases->setWindow(m_window.get());
    if (Result<void> loaded = m_services->connections()->load(); !loaded)
        m_window->showStatus(loaded.error().message);
    StartupMarks::mark("connections loaded");
    createLifecycle();
    createFlows();
    StartupMarks::mark("flows");
    showCards();
    StartupMarks::mark("cards");
    followChangesElsewhere();
    connect(m_window.get(), &MainWindow::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_instance.get(), &SingleInstance::activationRequested, m_window.get(),
            &MainWindow::bringToFront);
    connect(m_window.get(), &MainWindow::cardActionRequested, this, &DesktopApplication::onCardAction);

    StartupMarks::mark("watchers");
    if (QSystemTrayIcon::isSystemTrayAvailable())
        createTray();
    StartupMarks::mark("tray");
    if (!minimized || !m_tray)
        m_window->show();
    StartupMarks::mark("window shown");
    return true;
}

void DesktopApplication::createFlows()
{
    m_credentials = std::make_unique<CredentialsFlow>(m_catalog.get(), m_services->secrets(),
                                                      m_services->connections());
    connect(m_credentials.get(), &CredentialsFlow::saved, this, &DesktopApplication::onCredentialsSaved);
    m_customProviders = std::make_unique<CustomProviderFlow>(m_catalog.get(), m_services.get());
    connect(m_customProviders.get(), &CustomProviderFlow::added, this,
            &DesktopApplication::onCustomProviderAdded);
    m_connect = std::make_unique<ConnectFlow>(m_services.get(), m_window.get());
    connect(m_connect.get(), &ConnectFlow::ended, this, &DesktopApplication::showCards);
    m_apiKeys = std::make_unique<ApiKeyFlow>(m_services.get(), m_window.get());
    connect(m_apiKeys.get(), &ApiKeyFlow::connected, this, [this](const QString& connectionId) {
        showCards();
        m_window->revealCard(connectionId);
    });
    connect(m_window.get(), &MainWindow::addCustomProviderRequested, this,
            [this] { m_customProviders->open(m_window.get()); });
    m_servers = std::make_unique<ServerFlow>(m_catalog.get(), m_services.get());
    connect(m_servers.get(), &ServerFlow::added, this, &DesktopApplication::onServerAdded);
    connect(m_window.get(), &MainWindow::addServerRequested, this,
            [this] { m_servers->open(m_window.get()); });
    m_appAccess = std::make_unique<AppAccessFlow>(m_catalog.get(), m_services.get(), m_window.get());
    m_vault = std::make_unique<VaultFlow>(m_window.get());
    m_backup = std::make_unique<BackupFlow>(m_services.get(), m_window.get());
    connect(m_backup.get(), &BackupFlow::imported, this, &DesktopApplication::onBackupImported);
    m_activity = std::make_unique<ActivityFlow>(m_services->audit(), m_catalog.get(),
                                                m_services->connections(), m_window.get());
    m_settings = std::make_unique<SettingsFlow>(m_window.get(), m_services.get());
    connect(m_settings.get(), &SettingsFlow::changed, this, &DesktopApplication::applySettings);
    m_diagnose = std::make_unique<DiagnoseFlow>(m_catalog.get(), m_window.get());
}

void DesktopApplication::applySettings()
{
    if (m_tray)
        m_tray->setNotificationsEnabled(DesktopSettings::notificationsEnabled());
    m_vault->updateMenu();
    // The dialog or `plugboard-cli config set proxy` wrote the file: requests follow it now.
    if (ProxySettings::load() != m_services->proxy()->settings())
        m_services->proxy()->reload();
}

void DesktopApplication::serveOnBus()
{
    if (Result<void> serving = m_appAccess->serve(); !serving)
        m_window->showStatus(serving.error().message);
}

void DesktopApplication::createLifecycle()
{
    m_monitor = std::make_unique<ConnectionMonitor>(m_services->tokens());
    connect(m_monitor.get(), &ConnectionMonitor::changed, this, &DesktopApplication::showCards);
    connect(m_monitor.get(), &ConnectionMonitor::checkFinished, this, &DesktopApplication::onChecked);
    // Startup never reads the keyring: renewals that are already due wait
    // until the window is up and the event loop runs.
    QTimer::singleShot(kRenewalStartDelay, m_monitor.get(), &ConnectionMonitor::start);
}

void DesktopApplication::createTray()
{
    m_tray = std::make_unique<TrayIcon>();
    connect(m_tray.get(), &TrayIcon::openWindowRequested, m_window.get(), &MainWindow::bringToFront);
    connect(m_tray.get(), &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_tray.get(), &TrayIcon::checkAllRequested, this, &DesktopApplication::checkAll);
    connect(m_tray.get(), &TrayIcon::connectRequested, this,
            [this](const QString& cardId) { onCardAction(cardId, ConnectionCard::Action::Reconnect); });
    connect(m_window.get(), &MainWindow::hiddenToTray, this, &DesktopApplication::onHiddenToTray);
    m_window->setCloseToTray(true);
    QMap<QString, QString> names;
    for (const PlatformRecord& record : m_catalog->platforms())
        names.insert(record.id, record.name);
    m_tray->setPlatformNames(names);
    m_tray->setNotificationsEnabled(DesktopSettings::notificationsEnabled());
    m_tray->setConnections(m_monitor->connections());
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
        m_credentials->open(platformId, m_window.get());
        return;
    }
    switch (action) {
    case ConnectionCard::Action::Connect:
    case ConnectionCard::Action::Reconnect:
    case ConnectionCard::Action::AddAccount:
        if (record->authKind == AuthKind::Token)
            m_apiKeys->open(*record);
        else
            m_connect->start(*record, cardId, action == ConnectionCard::Action::Reconnect);
        return;
    case ConnectionCard::Action::ConnectOnOtherDevice:
        m_connect->startOnOtherDevice(*record, cardId, cardId.contains(QLatin1Char('/')));
        return;
    case ConnectionCard::Action::Cancel:
        m_connect->cancel();
        return;
    case ConnectionCard::Action::CopySignInLink:
        m_connect->copySignInLink();
        return;
    case ConnectionCard::Action::Disconnect:
    case ConnectionCard::Action::RemoveAccount:
        disconnectAccount(cardId);
        return;
    case ConnectionCard::Action::CheckNow:
        checkNow(cardId);
        return;
    case ConnectionCard::Action::RemoveProvider:
        removeCustomProvider(*record);
        return;
    default:
        break;
    }
    if (action == ConnectionCard::Action::CopyRedirectUri) {
        const QString uri = RedirectUri::forRegistration(record->redirect).toString();
        QGuiApplication::clipboard()->setText(uri);
        m_window->showStatus(tr("Copied %1 — register it in %2's developer console.").arg(uri, record->name));
    }
}

void DesktopApplication::onCredentialsSaved(const QString& platformId, const QString& name,
                                            const QString& clientIdHint)
{
    showCards();
    m_window->setCredentialsSaved(platformId, clientIdHint);
    m_window->showStatus(tr("Saved the app credentials for %1 in your keyring.").arg(name));
}

void DesktopApplication::showCards()
{
    // One read of the key-name index (a settings file), not one per platform.
    const QStringList written = m_services->secrets()->knownKeys();
    QSet<QString> withCredentials;
    for (const PlatformRecord& record : m_catalog->platforms()) {
        if (written.contains(SecretStore::credentialsKey(record.id)))
            withCredentials.insert(record.id);
    }
    // States as they should be shown: expiry, scopes and renewals in flight.
    const QList<Connection> shown = m_monitor->connections();
    m_window->showConnections(m_catalog->platforms(), shown, withCredentials);
    if (m_tray)
        m_tray->setConnections(shown);
    m_connect->showProgress();
    if (m_appAccess)
        m_appAccess->announceChanges();
}

void DesktopApplication::followChangesElsewhere()
{
    // The command line changes the same files: show its changes within a
    // second, as if they had been made in this window.
    m_watcher = std::make_unique<SharedStateWatcher>();
    connect(m_watcher.get(), &SharedStateWatcher::connectionsChanged, this, [this] {
        (void)m_services->connections()->reload(); // changed() when the content differs: the monitor re-shows
    });
    connect(m_watcher.get(), &SharedStateWatcher::configurationChanged, this, [this] {
        m_catalog->loadAll(); // a custom platform added or removed elsewhere
        showCards(); // credentials saved or removed elsewhere
        applySettings(); // `plugboard-cli config set`
        m_settings->refresh();
    });
    m_watcher->start();
}

void DesktopApplication::disconnectAccount(const QString& connectionId)
{
    const std::optional<Connection> connection = m_services->connections()->connection(connectionId);
    const PlatformRecord* record = m_catalog->platform(Connection::platformOf(connectionId));
    if (!connection || !record)
        return;
    const QString account
        = connection->accountName.isEmpty() ? connection->accountId : connection->accountName;
    const bool revokes = record->revocationStyle != RevocationStyle::None;
    const bool apiKey = record->authKind == AuthKind::Token;
    const QString question = apiKey ? tr("Disconnect %1 from %2?\n\nPlugboard forgets its API key here. The "
                                         "key keeps working at %2 until "
                                         "you revoke it on %2's page for keys: %3")
                                          .arg(account, record->name, record->helpUrl.toString())
        : revokes
        ? tr("Disconnect %1 from %2?\n\nPlugboard revokes its tokens at %2 and forgets them here. Apps that "
             "use this connection stop working until you connect again.")
              .arg(account, record->name)
        : tr("Disconnect %1 from %2?\n\nPlugboard forgets its tokens here. %2 offers no way to revoke them "
             "from here: remove the app in your %2 account settings to cut its access.")
              .arg(account, record->name);
    if (!Confirmation::ask(m_window.get(), tr("Disconnect %1?").arg(account), question, tr("Disconnect")))
        return;
    auto* disconnect = new DisconnectOperation(*record, connection->accountId, m_services->secrets(),
                                               m_services->connections(), m_services->network(), this);
    startJob(disconnect, this,
             [this, account, name = record->name, revokes, apiKey,
              keys = record->helpUrl](DisconnectOperation* done) {
                 // The metadata change re-shows the cards; only say how it went.
                 if (done->error().isError())
                     m_window->showStatus(done->error().message);
                 else if (done->revocationError().isError())
                     m_window->showStatus(done->revocationError().message);
                 else if (apiKey)
                     m_window->showStatus(
                         tr("Disconnected %1 from %2. Revoke the key at %3 to stop it working.")
                             .arg(account, name, keys.toString()));
                 else if (revokes)
                     m_window->showStatus(
                         tr("Disconnected %1 from %2: its tokens were revoked at %2.").arg(account, name));
                 else
                     m_window->showStatus(tr("Disconnected %1 from %2.").arg(account, name));
             });
}

void DesktopApplication::removeCustomProvider(const PlatformRecord& record)
{
    if (!record.custom || !m_services->connections()->connectionsForPlatform(record.id).isEmpty())
        return;
    const QString question
        = tr("Remove %1?\n\nPlugboard forgets its endpoints and the app credentials saved for "
             "it. You can add it again by its issuer URL.")
              .arg(record.name);
    if (!Confirmation::ask(m_window.get(), tr("Remove %1?").arg(record.name), question, tr("Remove")))
        return;
    // Credentials first: a record without credentials is harmless, credentials
    // without their record could never be removed from the window again.
    CredentialsJob* forget = CredentialsJob::remove(m_services->secrets(), record, this);
    startJob(forget, this, [this, id = record.id, name = record.name](CredentialsJob* job) {
        if (job->error().isError()) {
            m_window->showStatus(job->error().message);
            return;
        }
        const Result<void> removed = m_catalog->removeCustom(id);
        showCards();
        m_window->showStatus(removed ? tr("Removed %1.").arg(name) : removed.error().message);
    });
}

void DesktopApplication::onBackupImported()
{
    m_catalog->loadAll(); // restored custom providers
    (void)m_services->connections()->reload(); // the monitor re-shows restored connections
    showCards(); // restored credentials
}

void DesktopApplication::onCustomProviderAdded(const QString& platformId, const QString& name)
{
    showCards();
    m_window->revealCard(platformId);
    m_window->showStatus(tr("Added %1. Set up its app credentials to connect.").arg(name));
}

void DesktopApplication::checkAll()
{
    const qsizetype count = m_services->connections()->connections().size();
    if (count == 0) {
        m_window->showStatus(tr("There are no connections to check yet."));
        return;
    }
    m_window->showStatus(tr("Checking %n connection(s)…", nullptr, int(count)));
    m_monitor->checkAll();
}

void DesktopApplication::checkNow(const QString& connectionId)
{
    m_window->showStatus(tr("Checking %1…").arg(shownName(connectionId)));
    m_monitor->checkNow(connectionId);
}

void DesktopApplication::onChecked(const QString& connectionId, const Error& error, bool verified)
{
    // A failure the platform caused is on the card already (the check
    // recorded it); trouble on this computer, such as a locked keyring, is not.
    if (error.isError())
        m_window->showStatus(error.message);
    else if (!verified)
        m_window->showStatus(tr("%1 cannot be checked: the platform offers no way to ask without using the "
                                "token. Its token has not expired.")
                                 .arg(shownName(connectionId)));
    else
        m_window->showStatus(tr("%1 works.").arg(shownName(connectionId)));
}

QString DesktopApplication::shownName(const QString& connectionId) const
{
    const std::optional<Connection> connection = m_services->connections()->connection(connectionId);
    if (!connection)
        return connectionId;
    const PlatformRecord* record = m_catalog->platform(connection->platformId);
    return ConnectionNaming::shown(record ? record->name : connection->platformId, *connection);
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

void DesktopApplication::onServerAdded(const QString& platformId, const QString& name, bool registered)
{
    showCards();
    m_window->revealCard(platformId);
    m_window->showStatus(
        registered ? tr("Added %1 and registered Plugboard with it: connect when you are ready.").arg(name)
                   : tr("Added %1. Set up its app credentials to connect.").arg(name));
}

} // namespace Plugboard
