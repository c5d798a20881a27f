#pragma once

#include "command.h"

namespace Plugboard::Cli {

/// `plugboard-cli providers [--json]`: the platforms Plugboard can connect
/// to, shipped and custom, with what each needs.
class ProvidersCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersCommand)

public:
    explicit ProvidersCommand(QObject* parent = nullptr);
    ~ProvidersCommand() override;

    QString name() const override { return QStringLiteral("providers"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    void configure(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    QCommandLineOption m_json;
};

} // namespace Plugboard::Cli
