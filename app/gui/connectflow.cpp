#include "app/gui/connectflow.h"

#include "core/lifecycle/connectoperation.h"
#include "core/services.h"
#include "ui/devicesignindialog.h"
#include "ui/mainwindow.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QTimer>

namespace Plugboard {

ConnectFlow::ConnectFlow(Services* services, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
    , m_countdown(new QTimer(this))
{
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ConnectFlow::showProgress);
}

ConnectFlow::~ConnectFlow() = default;

void ConnectFlow::start(const PlatformRecord& record, const QString& cardId, bool reconnect)
{
    if (ConnectOperation* operation = begin(record, cardId, reconnect)) {
        connect(operation, &ConnectOperation::authorizationUrlReady, this, &ConnectFlow::openSignInPage);
        operation->start();
    }
}

void ConnectFlow::startOnOtherDevice(const PlatformRecord& record, const QString& cardId, bool reconnect)
{
    ConnectOperation* operation = begin(record, cardId, reconnect);
    if (!operation)
        return;
    operation->setMethod(ConnectOperation::SignInMethod::Device);
    connect(operation, &ConnectOperation::deviceCodeReady, this, &ConnectFlow::showDeviceCode);
    m_deviceDialog = new DeviceSignInDialog(record.name, m_window);
    m_deviceDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_deviceDialog, &DeviceSignInDialog::cancelRequested, this, &ConnectFlow::cancel);
    m_deviceDialog->show();
    operation->start();
}

ConnectOperation* ConnectFlow::begin(const PlatformRecord& record, const QString& cardId, bool reconnect)
{
    if (m_connecting)
        return nullptr;
    m_connecting = new ConnectOperation(record, m_services->secrets(), m_services->connections(), this);
    m_connectingCard = cardId;
    m_reconnecting = reconnect;
    onFinished(m_connecting, this, &ConnectFlow::showOutcome);
    m_countdown->start();
    m_window->setConnecting(cardId, -1);
    return m_connecting;
}

void ConnectFlow::cancel()
{
    if (m_connecting)
        m_connecting->cancel();
}

void ConnectFlow::copySignInLink()
{
    if (!m_connecting || !m_signInUrl.isValid())
        return;
    QGuiApplication::clipboard()->setText(m_signInUrl.toString(QUrl::FullyEncoded));
    m_window->showStatus(tr("Copied the sign-in link: paste it into a browser on this computer."));
}

void ConnectFlow::showProgress()
{
    if (!m_connecting)
        return;
    // -1 until the session waits for the browser and once the browser has
    // answered: "Connecting" without a countdown.
    const AuthorizationSession* session = m_connecting->session();
    const int secondsLeft = session && session->stage() == AuthorizationSession::Stage::WaitingForBrowser
        ? int(std::chrono::ceil<std::chrono::seconds>(session->remainingTime()).count())
        : -1;
    m_window->setConnecting(m_connectingCard, secondsLeft);
}

void ConnectFlow::openSignInPage(const QUrl& url)
{
    m_signInUrl = url; // for Copy link; never logged
    if (!QDesktopServices::openUrl(url)) {
        QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
        m_window->showStatus(
            tr("Could not open a browser: the sign-in link is on the clipboard. Paste it into "
               "a browser on this computer; Copy link on the card copies it again."));
    }
}

void ConnectFlow::showDeviceCode(const DeviceCode& code)
{
    if (m_deviceDialog)
        m_deviceDialog->showCode(code);
}

void ConnectFlow::showOutcome(ConnectOperation* operation)
{
    m_countdown->stop();
    if (m_deviceDialog)
        m_deviceDialog->finish(); // the outcome shows on the card, as for the browser
    m_signInUrl.clear();
    const QString cardId = m_connectingCard;
    m_connectingCard.clear();
    Q_EMIT ended();
    if (operation->error().isError()) {
        m_window->setCardProblem(cardId, operation->error().message);
        return;
    }
    // Signing in again with an account that is connected already replaces
    // its sign-in; say so rather than seem to have added a second one.
    m_window->showStatus(
        operation->replacedExisting() && !m_reconnecting
            ? tr("%1 was already connected; its sign-in has been renewed.").arg(operation->accountName())
            : tr("Connected as %1.").arg(operation->accountName()));
    m_window->bringToFront();
}

} // namespace Plugboard
