#pragma once

#include "app/cli/command.h"
#include "core/result.h"

#include <memory>

namespace Plugboard {
class ConnectionStore;
class GrantRegistry;
class Services;
} // namespace Plugboard

namespace Plugboard::Cli {

/// `plugboard-cli grants list [--json]`, `grants allow APP CONNECTION` and
/// `grants revoke APP [CONNECTION]`: which applications may take which
/// connection's tokens over the D-Bus API (GrantRegistry). Grants hold no
/// secret, so this reads and writes connections.json alone, never the
/// keyring; the running app sees a change at once.
///
/// APP is what CallerApplication identifies a caller by: an executable's or
/// script's absolute path, flatpak:ID or snap:NAME. An existing path is
/// stored with its symbolic links resolved, as /proc reports the caller's
/// executable (granting /usr/bin/python3 grants /usr/bin/python3.11).
class GrantsCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantsCommand)

public:
    explicit GrantsCommand(QObject* parent = nullptr);
    ~GrantsCommand() override;

    QString name() const override { return QStringLiteral("grants"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<Argument> arguments() const override;
    void configure(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    /// APP as given on the command line, as grants are kept: InvalidArgument
    /// for a relative path or a bare name (saying how to find the absolute
    /// path) and for anything AppGrant::checkApp() refuses; an existing path
    /// with its symbolic links resolved.
    static Result<QString> appOf(const QString& given);
    void list(const GrantRegistry& registry, bool json, Console& console);
    void allow(ConnectionStore& store, const QString& app, const QString& connectionName, Console& console);
    void revoke(ConnectionStore& store, const QString& app, const QString& connectionName, Console& console);
    /// Usage for a wrong number of words after the action.
    void failUsage(Console& console, const QString& usage);

    QCommandLineOption m_json;
    std::unique_ptr<Services> m_services;
};

} // namespace Plugboard::Cli
