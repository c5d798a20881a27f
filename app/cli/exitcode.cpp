#include "app/cli/exitcode.h"

namespace Plugboard::Cli {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return ExitCode::Ok;
    case ErrorCode::InvalidArgument:
    case ErrorCode::MissingCredentials:
        return ExitCode::Usage;
    case ErrorCode::UnknownPlatform:
    case ErrorCode::UnknownConnection:
    case ErrorCode::AmbiguousConnection:
        return ExitCode::Unknown;
    case ErrorCode::InvalidGrant:
        return ExitCode::NeedsReconnect;
    case ErrorCode::KeyringUnavailable:
    case ErrorCode::KeyringLocked:
    case ErrorCode::KeyringAccessDenied:
    case ErrorCode::WrongPassphrase:
        return ExitCode::KeyringUnavailable;
    case ErrorCode::AccessDenied:
    case ErrorCode::StateMismatch:
    case ErrorCode::InvalidClient:
    case ErrorCode::RedirectUriMismatch:
    case ErrorCode::InvalidScope:
    case ErrorCode::ExchangeFailed:
    case ErrorCode::DiscoveryFailed:
    case ErrorCode::Network:
    case ErrorCode::Tls:
        return ExitCode::PlatformError;
    case ErrorCode::Timeout:
    case ErrorCode::Cancelled:
        return ExitCode::CancelledOrTimeout;
    case ErrorCode::InvalidRecord:
    case ErrorCode::SecretNotFound:
    case ErrorCode::StorageFailed:
    case ErrorCode::CorruptFile:
    case ErrorCode::UnsupportedFileVersion:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace Plugboard::Cli
