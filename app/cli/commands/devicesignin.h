#pragma once

#include <QObject>

namespace Plugboard {
class ConnectOperation;
struct DeviceCode;
struct PlatformRecord;
} // namespace Plugboard

namespace Plugboard::Cli {

class Console;

/// What `connect PLATFORM --device` shows while a device sign-in waits:
///
/// - standard output: the verification URL (the complete one, with the
///   code, when the platform gives it), then the user code: two lines and
///   nothing else, for scripts that pass them on;
/// - standard error, on a terminal: what to do, and a QR code of that URL
///   in half blocks for a phone; not on a terminal: a one-line hint.
///
/// Lives as long as the operation it watches.
class DeviceSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSignIn)

public:
    DeviceSignIn(ConnectOperation* operation, Console& console);
    ~DeviceSignIn() override;

private:
    void show(const DeviceCode& code);

    QString m_platformName;
    Console& m_console;
};

/// Whether a browser can open here, for `connect` without --no-browser.
namespace SignInEnvironment {

/// True without a display (neither DISPLAY nor WAYLAND_DISPLAY) or inside
/// an SSH session (SSH_CONNECTION or SSH_TTY): a browser started here would
/// fail or open where the person is not.
bool isHeadless();

/// How to go on from a headless machine: `--device` where the platform has
/// a device authorization endpoint; the sign-in then goes on as with
/// --no-browser, taking a pasted address.
QString headlessHint(const PlatformRecord& record);

} // namespace SignInEnvironment

} // namespace Plugboard::Cli
