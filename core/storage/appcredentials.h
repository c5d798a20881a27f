#pragma once

#include "core/catalog/platformrecord.h"
#include "core/result.h"

#include <QString>

namespace Plugboard {

/// What the user registered with a platform: the OAuth client's id and
/// secret, or an API key. Stored in the keyring as toJson()'s blob, one entry
/// per platform; the client id is not secret but travels with the rest so
/// one read gives everything needed to connect.
///
/// Deliberately no operator<<, QDebug or QTest::toString support; show
/// clientIdHint() to people instead.
struct AppCredentials
{
    /// The "v" field of the blob. fromJson() refuses blobs from the future.
    static constexpr int kFormatVersion = 1;
    /// Client ids shorter than this are masked completely by clientIdHint():
    /// four characters of an eight-character id is too much of it.
    static constexpr qsizetype kHintMinimumLength = 8;
    /// Hex digits in clientFingerprint(): 48 bits tell a person's few apps
    /// apart, and are too few to look a client id up by.
    static constexpr qsizetype kFingerprintLength = 12;

    QString clientId;
    QString clientSecret;
    QString apiKey;

    bool isEmpty() const { return clientId.isEmpty() && clientSecret.isEmpty() && apiKey.isEmpty(); }

    /// The value for a credential field key ("client_id", "client_secret",
    /// "api_key", the keys platform records declare), or an empty string for
    /// any other key.
    QString value(const QString& key) const;
    /// Sets the value for one of those keys; false (and no change) for any
    /// other key.
    bool setValue(const QString& key, const QString& value);
    /// The value a record's field asks for: by its key, or by its type when
    /// the key is not one of the three above.
    QString value(const CredentialField& field) const;

    /// "…" followed by the last four characters of the client id, so people
    /// can tell which app is saved; just "…" when the id is shorter than
    /// kHintMinimumLength, and empty when there is no client id.
    QString clientIdHint() const;

    /// The first kFingerprintLength hex digits of the client id's SHA-256,
    /// or empty when there is no client id. A connection keeps it to know
    /// which app it was made with, so the connections file names the app
    /// without holding its id. The secret plays no part: a new secret for
    /// the same client is the same app.
    QString clientFingerprint() const;

    /// Fails with ErrorCode::MissingCredentials, "Missing required
    /// credentials: Client ID, Client Secret", naming the label of every
    /// required field of `record` that is empty (or only spaces), in the
    /// record's order.
    Result<void> checkComplete(const PlatformRecord& record) const;

    /// Compact JSON: {"v":1,"client_id":…,"client_secret":…,"api_key":…},
    /// empty fields left out.
    QString toJson() const;
    /// Reads toJson()'s blob. Damaged blobs fail with
    /// ErrorCode::StorageFailed, blobs from a newer Plugboard with
    /// ErrorCode::UnsupportedFileVersion; the message never quotes the blob.
    static Result<AppCredentials> fromJson(const QString& json);

    friend bool operator==(const AppCredentials&, const AppCredentials&) = default;
};

} // namespace Plugboard
