#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace Plugboard {
struct TokenSet;
} // namespace Plugboard

namespace Plugboard::Cli {

class Console;

/// What `plugboard-cli token` prints for a token it got, shared by the full
/// program (TokenCommand) and the lean one (app/cli/lean), so both print the
/// same bytes: the token (or its JSON) on standard output, and a warning on
/// standard error when it is valid for less than --min-validity.
class TokenOutput final
{
    // The texts were TokenCommand's and keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(Plugboard::Cli::TokenCommand)

public:
    TokenOutput(std::chrono::seconds minValidity, bool json);

    void print(const TokenSet& tokens, bool renewable, const QString& connectionId, Console& console) const;

private:
    /// Says so on standard error when the token is valid for less than
    /// --min-validity: it cannot be renewed, or the platform's tokens live
    /// shorter than that.
    void warnIfShortLived(const TokenSet& tokens, bool renewable, const QString& connectionId,
                          Console& console) const;

    std::chrono::seconds m_minValidity;
    bool m_json = false;
};

} // namespace Plugboard::Cli
