#pragma once

#include "app/cli/command.h"

#include <memory>

namespace Plugboard {
class Services;
struct AuditVerdict;
} // namespace Plugboard

namespace Plugboard::Cli {

/// `plugboard-cli audit [--json] [--since WHEN] [--connection C] [--event E]`
/// prints the audit trail, oldest first; `plugboard-cli audit verify
/// [--json]` checks its chain with the key from the secret store and exits
/// 0 when it holds, 1 naming the first entry that fails and why.
///
/// Listing reads only the files (no key, no keyring): the entries are what
/// the files say; `verify` is what tells whether they were changed.
class AuditCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditCommand)

public:
    explicit AuditCommand(QObject* parent = nullptr);
    ~AuditCommand() override;

    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<Argument> arguments() const override;
    void configure(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    void list(const QCommandLineParser& parser, Console& console);
    void verify(Console& console);
    void report(const AuditVerdict& verdict, Console& console);

    QCommandLineOption m_json;
    QCommandLineOption m_since;
    QCommandLineOption m_connection;
    QCommandLineOption m_event;
    bool m_printJson = false;
    std::unique_ptr<Services> m_services;
};

} // namespace Plugboard::Cli
