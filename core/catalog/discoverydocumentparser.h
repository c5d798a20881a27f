#pragma once

#include "core/catalog/platformrecord.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Plugboard {

/// Turns an OpenID Connect Discovery 1.0 or RFC 8414 authorization server
/// metadata document into a custom PlatformRecord. ProviderDiscovery fetches
/// the document; this checks it, without any network.
///
/// Every failure is ErrorCode::DiscoveryFailed with a translated message
/// that names the document and the field.
///
/// Choices where the specifications leave room:
/// - PKCE: on when `code_challenge_methods_supported` lists "S256". When the
///   field is missing, an RFC 8414 document means "no PKCE" (RFC 8414 §2),
///   but an OpenID Connect document predates that field, so PKCE stays on:
///   servers ignore parameters they do not know (RFC 6749 §3.1), so asking
///   for it costs nothing, and many OpenID providers support it silently.
/// - Client authentication: "none" when offered (a public client needs no
///   secret), else client_secret_basic when offered or when the field is
///   missing (the default both specifications give), else client_secret_post.
/// - Scopes: every valid name in `scopes_supported` (at most kMaxScopes).
///   Default: "openid" (OpenID Connect documents only, added when missing)
///   and whichever of profile, email and offline_access are offered.
/// - Identity: the userinfo claims "sub" and "name"; "preferred_username"
///   when `claims_supported` lists it but not "name".
class DiscoveryDocumentParser
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::DiscoveryDocumentParser)

public:
    static constexpr int kMaxScopes = 100;

    enum class Kind {
        OpenIdConnect, ///< from /.well-known/openid-configuration
        OAuthServerMetadata, ///< from /.well-known/oauth-authorization-server (RFC 8414)
    };

    /// Where a document came from.
    struct Source
    {
        Kind kind = Kind::OpenIdConnect;
        QUrl issuer; ///< what the user asked for; the document must name the same
        QUrl documentUrl; ///< where it was found, for messages
    };

    DiscoveryDocumentParser() = delete;

    /// The record for `json`, with `platformId` and `displayName` as its id
    /// and name (not checked here).
    static Result<PlatformRecord> parse(const QByteArray& json, const Source& source,
                                        const QString& platformId, const QString& displayName);

    /// True when both name the same issuer: equal URLs once a single
    /// trailing slash is dropped from each path.
    static bool isSameIssuer(const QUrl& a, const QUrl& b);

    /// The registration steps and the Client ID / Client secret fields every
    /// custom provider's credentials form shows, discovered or typed in.
    static void addClientFields(PlatformRecord& record, const QString& displayName);
};

} // namespace Plugboard
