#include "core/error.h"

namespace Plugboard {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("none");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case ErrorCode::InvalidRecord:
        return QStringLiteral("invalid_record");
    case ErrorCode::UnknownPlatform:
        return QStringLiteral("unknown_platform");
    case ErrorCode::UnknownConnection:
        return QStringLiteral("unknown_connection");
    case ErrorCode::AmbiguousConnection:
        return QStringLiteral("ambiguous_connection");
    case ErrorCode::MissingCredentials:
        return QStringLiteral("missing_credentials");
    case ErrorCode::KeyringUnavailable:
        return QStringLiteral("keyring_unavailable");
    case ErrorCode::KeyringLocked:
        return QStringLiteral("keyring_locked");
    case ErrorCode::KeyringAccessDenied:
        return QStringLiteral("keyring_access_denied");
    case ErrorCode::SecretNotFound:
        return QStringLiteral("secret_not_found");
    case ErrorCode::StorageFailed:
        return QStringLiteral("storage_failed");
    case ErrorCode::CorruptFile:
        return QStringLiteral("corrupt_file");
    case ErrorCode::UnsupportedFileVersion:
        return QStringLiteral("unsupported_file_version");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("wrong_passphrase");
    case ErrorCode::AccessDenied:
        return QStringLiteral("access_denied");
    case ErrorCode::StateMismatch:
        return QStringLiteral("state_mismatch");
    case ErrorCode::InvalidClient:
        return QStringLiteral("invalid_client");
    case ErrorCode::RedirectUriMismatch:
        return QStringLiteral("redirect_uri_mismatch");
    case ErrorCode::InvalidScope:
        return QStringLiteral("invalid_scope");
    case ErrorCode::InvalidGrant:
        return QStringLiteral("invalid_grant");
    case ErrorCode::ExchangeFailed:
        return QStringLiteral("exchange_failed");
    case ErrorCode::DiscoveryFailed:
        return QStringLiteral("discovery_failed");
    case ErrorCode::Network:
        return QStringLiteral("network");
    case ErrorCode::Tls:
        return QStringLiteral("tls");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

std::optional<ErrorCode> errorCodeFromName(const QString& name)
{
    for (int value = int(ErrorCode::None); value <= int(ErrorCode::Cancelled); ++value) {
        if (errorCodeName(ErrorCode(value)) == name)
            return ErrorCode(value);
    }
    return std::nullopt;
}

} // namespace Plugboard
