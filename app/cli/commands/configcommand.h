#pragma once

#include "app/cli/command.h"

#include <memory>

namespace Plugboard {
class Services;
struct Setting;
} // namespace Plugboard

namespace Plugboard::Cli {

/// `plugboard-cli config get KEY | set KEY VALUE | set proxy-password | list [--json]`: the
/// settings of the window's Settings dialog, from a terminal, through the
/// same SettingsRegistry (so a running window follows: SharedStateWatcher).
/// Values are words (on/off, keyring/vault), never secrets. An unknown key
/// or value is a usage error naming what is allowed.
///
/// The one secret, the proxy's password, has its own key: `set
/// proxy-password` reads it at a prompt (or a line of standard input) into
/// the secret store, an empty one removes it, `get proxy-password` says
/// whether one is stored. Given as an argument it is refused.
class ConfigCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigCommand)

public:
    explicit ConfigCommand(QObject* parent = nullptr);
    ~ConfigCommand() override;

    QString name() const override { return QStringLiteral("config"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<Argument> arguments() const override;
    void configure(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    void get(const QString& key, Console& console);
    void set(const QString& key, const QString& value, Console& console);
    void list(bool json, Console& console);
    void getProxyPassword(Console& console);
    void setProxyPassword(Console& console);

    QCommandLineOption m_json;
    std::unique_ptr<Services> m_services;
};

} // namespace Plugboard::Cli
