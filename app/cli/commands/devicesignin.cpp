#include "app/cli/commands/devicesignin.h"

#include "app/cli/console.h"
#include "app/cli/terminalqr.h"
#include "core/lifecycle/connectoperation.h"
#include "core/qr/qrcode.h"

namespace Plugboard::Cli {

DeviceSignIn::DeviceSignIn(ConnectOperation* operation, Console& console)
    : QObject(operation)
    , m_platformName(operation->record().name)
    , m_console(console)
{
    connect(operation, &ConnectOperation::deviceCodeReady, this, &DeviceSignIn::show);
}

DeviceSignIn::~DeviceSignIn() = default;

void DeviceSignIn::show(const DeviceCode& code)
{
    const QString url = code.preferredUrl().toString(QUrl::FullyEncoded);
    m_console.data(url);
    m_console.data(code.userCode);
    if (!m_console.hintsGoToTerminal()) {
        m_console.hint(tr("To connect %1, open the address on the first line on any device and enter the "
                          "code on the second line if asked.")
                           .arg(m_platformName));
        return;
    }
    m_console.hint(QString());
    m_console.hint(tr("To connect %1, open this address on your phone or any computer, or scan the QR code:")
                       .arg(m_platformName));
    m_console.hint(QStringLiteral("    ") + url);
    m_console.hint(code.verificationUriComplete.isValid()
                       ? tr("Check that it shows the code %1, then approve.").arg(code.userCode)
                       : tr("Enter the code %1 there, then approve.").arg(code.userCode));
    m_console.hint(QString());
    if (const Result<QrCode> qr = QrCode::encode(url); qr) {
        for (const QString& row : TerminalQr::render(qr.value(), TerminalQr::colorsForThisTerminal()))
            m_console.hint(QStringLiteral("  ") + row);
    } else {
        m_console.hint(qr.error().message);
    }
    const qint64 minutes = std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(code.expiresAt) / 60);
    m_console.hint(QString());
    m_console.hint(tr("Waiting for approval; the code is valid for %n minute(s). Ctrl+C cancels.", nullptr,
                      int(minutes)));
}

namespace SignInEnvironment {

bool isHeadless()
{
    const bool display
        = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    const bool ssh
        = !qEnvironmentVariableIsEmpty("SSH_CONNECTION") || !qEnvironmentVariableIsEmpty("SSH_TTY");
    return !display || ssh;
}

QString headlessHint(const PlatformRecord& record)
{
    // The sign-in goes on as with --no-browser: the pasting hint follows.
    if (record.deviceAuthorizationEndpoint.isValid())
        return DeviceSignIn::tr(
                   "No browser was opened: this session has no display, or runs over SSH. To sign in "
                   "on your phone or another computer with a code instead, press Ctrl+C and run "
                   "`plugboard-cli connect %1 --device`.")
            .arg(record.id);
    return DeviceSignIn::tr("No browser was opened: this session has no display, or runs over SSH.");
}

} // namespace SignInEnvironment

} // namespace Plugboard::Cli
