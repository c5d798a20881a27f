#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Plugboard {

/// Stable error codes. Their names (errorCodeName()) are part of Plugboard's
/// contract: tests, the command line's --json output and exit codes use them,
/// so never renumber or rename one; add new codes at the end of their group.
enum class ErrorCode {
    None,

    // Input and data
    InvalidArgument,
    InvalidRecord,
    UnknownPlatform,
    UnknownConnection,
    AmbiguousConnection,
    MissingCredentials,

    // Local storage
    KeyringUnavailable,
    KeyringLocked,
    KeyringAccessDenied,
    SecretNotFound,
    StorageFailed,
    CorruptFile,
    UnsupportedFileVersion,
    WrongPassphrase, ///< a passphrase-sealed file (the vault) did not open with the one given

    // Talking to a platform
    AccessDenied,
    StateMismatch,
    InvalidClient,
    RedirectUriMismatch,
    InvalidScope,
    InvalidGrant,
    ExchangeFailed,
    DiscoveryFailed,
    Network,
    Tls,
    Timeout,
    Cancelled,
};

/// The snake_case name of a code, e.g. "keyring_locked". Never translated.
QString errorCodeName(ErrorCode code);
/// The code with that name; nullopt for a name this version does not know.
std::optional<ErrorCode> errorCodeFromName(const QString& name);

/// What went wrong, for people and for programs. `message` says what
/// happened and what to do next, translated; it never contains a secret.
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;

    bool isError() const { return code != ErrorCode::None; }
    QString codeName() const { return errorCodeName(code); }

    bool operator==(const Error&) const = default;
};

} // namespace Plugboard
