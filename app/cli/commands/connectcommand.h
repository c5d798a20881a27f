#pragma once

#include "app/cli/command.h"
#include "core/catalog/platformrecord.h"
#include "core/error.h"

#include <memory>

namespace Plugboard {
class ConnectOperation;
class Services;
} // namespace Plugboard

namespace Plugboard::Cli {

/// `plugboard-cli connect PLATFORM [--no-browser] [--timeout SECONDS]
/// [--scopes "a b"]`: signs in through the browser and stores the
/// connection. The authorization URL goes to standard output on its own
/// line (with --no-browser nothing else opens it), then the connection.
/// With --no-browser the sign-in may also finish on another machine: the
/// address that browser ends on, pasted into standard input, is checked like
/// a callback on the loopback listener.
/// Without a display, or over SSH, no browser is started and standard error
/// says how to go on (--device, or --no-browser and pasting).
///
/// `connect PLATFORM --device [--timeout SECONDS] [--scopes "a b"]` signs in
/// with a code approved on another device (RFC 8628). Standard output:
///
///     <verification URL, the complete one with the code when given>
///     <user code>
///     <connection id>\t<account name>        (on success only)
///
/// Standard error gets the instructions and a QR code of that URL when it
/// is a terminal, one line of hint otherwise (DeviceSignIn).
///
/// In both sign-in modes Ctrl+C (SIGINT) or SIGTERM cancels the sign-in: nothing is
/// stored, "Connecting to … was cancelled." and exit code 7.
/// For a platform that uses API keys: `connect PLATFORM --api-key-stdin
/// [--username NAME]` checks the key read from standard input (a hidden
/// prompt on a terminal) and stores it as the connection.
class ConnectCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectCommand)

public:
    explicit ConnectCommand(QObject* parent = nullptr);
    ~ConnectCommand() override;

    QString name() const override { return QStringLiteral("connect"); }
    QString summary() const override;
    QString synopsis() const override
    {
        return QStringLiteral(
            "PLATFORM [--no-browser | --device] [--timeout SECONDS] [--scopes \"a b\"] | PLATFORM "
            "--api-key-stdin "
            "[--username NAME]");
    }
    QList<Argument> arguments() const override;
    void configure(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    /// What is wrong with the API-key options for `record`, if anything.
    Error checkKeyOptions(const QCommandLineParser& parser, const PlatformRecord& record) const;
    /// Scopes, the sign-in method (browser or --device) and Ctrl+C handling.
    void prepareSignIn(ConnectOperation* operation, const QCommandLineParser& parser, Console& console);
    void watchSignIn(ConnectOperation* operation, bool openBrowser, Console& console);
    /// Takes the address the browser ended on from standard input, for a
    /// browser on another machine (`--no-browser`).
    void acceptPastedAddress(ConnectOperation* operation, Console& console);

    QCommandLineOption m_noBrowser;
    QCommandLineOption m_device;
    QCommandLineOption m_apiKeyStdin;
    QCommandLineOption m_username;
    QCommandLineOption m_timeout;
    QCommandLineOption m_scopes;
    std::unique_ptr<Services> m_services;
};

} // namespace Plugboard::Cli
