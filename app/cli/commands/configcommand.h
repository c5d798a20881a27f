#pragma once

#include "app/cli/command.h"

namespace Plugboard {
struct Setting;
} // namespace Plugboard

namespace Plugboard::Cli {

/// `plugboard-cli config get KEY | set KEY VALUE | list [--json]`: the
/// settings of the window's Settings dialog, from a terminal, through the
/// same SettingsRegistry (so a running window follows: SharedStateWatcher).
/// Values are words (on/off, keyring/vault), never secrets. An unknown key
/// or value is a usage error naming what is allowed.
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

    QCommandLineOption m_json;
};

} // namespace Plugboard::Cli
