#pragma once

#include "app/cli/command.h"
#include "core/catalog/platformrecord.h"
#include "core/storage/connection.h"

#include <QJsonObject>

namespace Plugboard::Cli {

/// `plugboard-cli list [--json]`: the connections and their states, read
/// from the metadata file alone (no keyring, no network); states as the
/// window shows them (StateRules). `--json` also gives the date a refresh
/// token dies by its platform's limits (RefreshTokenLifetime), or null.
class ListCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListCommand)

public:
    explicit ListCommand(QObject* parent = nullptr);
    ~ListCommand() override;

    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    void configure(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    static QJsonObject toJson(const Connection& connection, const PlatformRecord* record);

    QCommandLineOption m_json;
};

} // namespace Plugboard::Cli
