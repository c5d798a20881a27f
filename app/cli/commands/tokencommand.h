#pragma once

#include "app/cli/command.h"

#include <memory>

namespace Plugboard {
class Services;
class ValidTokenJob;
struct TokenSet;
} // namespace Plugboard

namespace Plugboard::Cli {

/// `plugboard-cli token CONNECTION [--min-validity SECONDS] [--json]`:
/// prints a working access token and nothing else (or JSON with the token,
/// its type, expiry and scopes), renewing it first when it would expire
/// within SECONDS (60 by default). Never prints a refresh token, id token
/// or client secret. For a stored token that is still good this is one
/// keyring read and no network.
class TokenCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenCommand)

public:
    explicit TokenCommand(QObject* parent = nullptr);
    ~TokenCommand() override;

    QString name() const override { return QStringLiteral("token"); }
    QString summary() const override;
    QString synopsis() const override
    {
        return QStringLiteral("CONNECTION [--min-validity SECONDS] [--json]");
    }
    QList<Argument> arguments() const override;
    void configure(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    /// Says so on standard error when the token is valid for less than
    /// --min-validity: it cannot be renewed, or the platform's tokens live
    /// shorter than that.
    void warnIfShortLived(const TokenSet& tokens, const QString& connectionId, Console& console) const;
    void onToken(ValidTokenJob* job, Console& console);

    QCommandLineOption m_minValidity;
    QCommandLineOption m_json;
    bool m_printJson = false;
    qint64 m_minValiditySeconds = 60;
    std::unique_ptr<Services> m_services;
};

} // namespace Plugboard::Cli
