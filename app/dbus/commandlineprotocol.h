#pragma once

#include "core/error.h"

#include <QString>

#include <optional>

namespace Plugboard {

/// How plugboard-cli asks the running desktop app for a token, the two
/// sides' one shared description:
///
///   GetCommandLineToken(s connection, a{sv} options)
///     -> (s token, s token_type, x expires_at_ms, x obtained_at_ms,
///         as scopes, b renewable)
///
/// on org.plugboard.Plugboard1 (options as GetAccessToken's; times in
/// milliseconds since the epoch, 0 when unknown). Only the plugboard-cli
/// beside the app gets an answer (CommandLineCaller); everyone else gets
/// AccessDenied. Errors name the exact ErrorCode, so the command line fails
/// with the same message and exit code as if it had read the keyring:
/// "org.plugboard.Plugboard1.Error.Code.invalid_grant".
struct CommandLineProtocol
{
    static QString method() { return QStringLiteral("GetCommandLineToken"); }
    static QString errorPrefix() { return QStringLiteral("org.plugboard.Plugboard1.Error.Code."); }
    static QString errorName(ErrorCode code) { return errorPrefix() + errorCodeName(code); }
    /// The code of an error name made by errorName(); nullopt for others.
    static std::optional<ErrorCode> codeOf(const QString& errorName)
    {
        if (!errorName.startsWith(errorPrefix()))
            return std::nullopt;
        return errorCodeFromName(errorName.mid(errorPrefix().size()));
    }
    /// How long the command line waits for the app before reading the
    /// keyring itself: a token from memory takes a millisecond, one the app
    /// must renew first rarely more than this; a slower renewal goes on in
    /// the app, and the command line then waits for it under the refresh
    /// lock instead of renewing a second time.
    static constexpr int kDeadlineMs = 2500;
};

} // namespace Plugboard
