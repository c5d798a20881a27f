#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Plugboard::AuditMac {

/// The audit chain's MAC: HMAC-SHA-256 (RFC 2104) of `message` under `key`,
/// through Qt Core (QMessageAuthenticationCode), the same function as
/// OpenSSL's. The trail does not need OpenSSL for it, so the lean
/// plugboard-cli (app/cli/lean) signs entries with this very code without
/// loading libcrypto; tst_auditmac checks it against Crypto::hmacSha256.
std::optional<QByteArray> sign(const QByteArray& key, const QByteArray& message);

/// The trail's key as the secret store keeps it (64 hex digits), or
/// nullopt when the stored value is damaged.
std::optional<QByteArray> parseStoredKey(const QString& stored);

/// The key's size in bytes.
inline constexpr int kKeyBytes = 32;

} // namespace Plugboard::AuditMac
