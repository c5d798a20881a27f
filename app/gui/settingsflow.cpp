#include "app/gui/settingsflow.h"

#include "core/job.h"
#include "core/services.h"
#include "core/settings/settingsregistry.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"
#include "ui/generalsettingspage.h"
#include "ui/mainwindow.h"
#include "ui/networksettingspage.h"
#include "ui/secretssettingspage.h"
#include "ui/settingsdialog.h"

#include <QAction>

namespace Plugboard {

SettingsFlow::SettingsFlow(MainWindow* window, Services* services, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_services(services)
{
    connect(m_window, &MainWindow::settingsRequested, this, &SettingsFlow::open);
}

SettingsFlow::~SettingsFlow()
{
    delete m_dialog.data();
}

SettingsDialog* SettingsFlow::dialog() const
{
    return m_dialog;
}

void SettingsFlow::open()
{
    if (!m_dialog) {
        m_dialog = new SettingsDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->addPage(new GeneralSettingsPage);
        auto* secrets = new SecretsSettingsPage;
        // The one way to create the vault: it moves the secrets (VaultFlow).
        connect(secrets, &SecretsSettingsPage::vaultSetupRequested, m_window->secretStorageAction(),
                &QAction::trigger);
        m_dialog->addPage(secrets);
        m_dialog->addPage(createNetworkPage());
        connect(m_dialog, &SettingsDialog::changeRequested, this, &SettingsFlow::onChangeRequested);
        connect(m_dialog, &SettingsDialog::refreshRequested, this, &SettingsFlow::refresh);
    }
    refresh();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SettingsFlow::refresh()
{
    if (!m_dialog)
        return;
    for (const Setting& setting : SettingsRegistry::all())
        m_dialog->showSetting(setting.key, setting.value(), setting.availableValues());
    if (m_network)
        m_network->showPasswordStored(m_services->secrets()->hasWritten(ProxySettings::passwordKey()));
}

NetworkSettingsPage* SettingsFlow::createNetworkPage()
{
    m_network = new NetworkSettingsPage;
    connect(m_network, &NetworkSettingsPage::proxyPasswordEntered, this, &SettingsFlow::storeProxyPassword);
    return m_network;
}

void SettingsFlow::storeProxyPassword(const QString& password)
{
    startJob(m_services->proxy()->storePassword(password), this, [this](SecretJob* job) {
        if (!m_dialog)
            return;
        if (job->error().isError())
            m_dialog->showProblem(job->error().message);
        refresh();
    });
}

void SettingsFlow::onChangeRequested(const QString& key, const QString& value)
{
    const Result<void> recorded = SettingsRegistry::set(key, value);
    m_dialog->showProblem(recorded ? QString() : recorded.error().message);
    refresh(); // what the files hold now, also after a failure
    if (recorded)
        Q_EMIT changed();
}

} // namespace Plugboard
