#include "app/gui/apikeyflow.h"

#include "core/catalog/platformrecord.h"
#include "core/lifecycle/connectoperation.h"
#include "core/services.h"
#include "ui/credentialdialog.h"
#include "ui/mainwindow.h"

namespace Plugboard {

namespace {

/// What the user typed into the field of `type`, if the record has one.
QString valueOfType(const PlatformRecord& record, const QMap<QString, QString>& values, CredentialType type)
{
    const CredentialField* field = record.credentialOfType(type);
    return field ? values.value(field->key) : QString();
}

} // namespace

ApiKeyFlow::ApiKeyFlow(Services* services, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
{ }

ApiKeyFlow::~ApiKeyFlow() = default;

void ApiKeyFlow::open(const PlatformRecord& record)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new CredentialDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setPlatform(record, QUrl());
    connect(m_dialog, &CredentialDialog::saveRequested, this,
            [this, record](const QString&, const QMap<QString, QString>& values) { check(record, values); });
    m_dialog->show();
}

void ApiKeyFlow::check(const PlatformRecord& record, const QMap<QString, QString>& values)
{
    if (m_checking || !m_dialog)
        return;
    m_dialog->setBusy(true);
    m_window->showStatus(tr("Checking the key with %1…").arg(record.name));
    m_checking = new ConnectOperation(record, m_services->secrets(), m_services->connections(), this);
    m_checking->setApiKey(valueOfType(record, values, CredentialType::ApiKey),
                          valueOfType(record, values, CredentialType::Username), m_services->network());
    startJob(m_checking.data(), this, &ApiKeyFlow::showOutcome);
}

void ApiKeyFlow::showOutcome(ConnectOperation* operation)
{
    if (operation->error().isError()) {
        m_window->showStatus(operation->error().message);
        if (m_dialog)
            m_dialog->showError(operation->error().message); // the typed key stays for a fix
        return;
    }
    if (m_dialog)
        m_dialog->accept();
    m_window->showStatus(
        operation->replacedExisting()
            ? tr("Checked the new key: it replaced the old one of %1.").arg(operation->accountName())
            : tr("Connected as %1.").arg(operation->accountName()));
    Q_EMIT connected(operation->connectionId());
}

} // namespace Plugboard
