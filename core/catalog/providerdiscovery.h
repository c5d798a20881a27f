#pragma once

#include "core/catalog/platformrecord.h"
#include "core/job.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Plugboard {

/// Finds a provider's endpoints from its issuer URL and turns them into a
/// custom PlatformRecord, so people can add any OpenID Connect or RFC 8414
/// server without writing a record by hand. A Job (core/job.h):
///
///     start ─► issuer https (or loopback http)? ─no─► DiscoveryFailed
///                 │ yes
///                 ▼
///     GET {issuer}/.well-known/openid-configuration ─404─► GET
///     {origin}/.well-known/oauth-authorization-server{path}
///                 │ 200                                             │ 200
///                 └──────────────► check document ◄─────────────────┘
///
/// Only same-origin redirects (scheme, host and port) are followed, at most
/// kMaxRedirects per URL. Every endpoint the document names must pass
/// isAllowedEndpoint(). See DiscoveryDocumentParser for how the document
/// becomes a record.
///
/// abort() ends it with ErrorCode::Cancelled. The network access manager
/// must outlive the job.
class ProviderDiscovery final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderDiscovery)

public:
    static constexpr int kDefaultTimeoutMs = 15'000;
    static constexpr int kMaxRedirects = 3;
    static constexpr qint64 kMaxDocumentSize = 512 * 1024;

    /// `platformId` and `displayName` become the record's id and name.
    ProviderDiscovery(QNetworkAccessManager* network, const QUrl& issuer, const QString& platformId,
                      const QString& displayName, QObject* parent = nullptr);
    ~ProviderDiscovery() override;

    /// How long each request may wait for the server (default 15 s).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    /// Stops a running discovery; it finishes with ErrorCode::Cancelled.
    void abort();

    QUrl issuer() const { return m_issuer; }
    /// None on success. Otherwise DiscoveryFailed (not https, no or a bad
    /// document, a wrong issuer, a redirect to another server), Timeout,
    /// Network, Tls, InvalidArgument (a bad platform id) or Cancelled.
    /// The discovered platform; valid once finished without error.
    PlatformRecord record() const { return m_record; }
    /// Where the document was found, after any redirect; empty until then.
    QUrl documentUrl() const { return m_documentUrl; }

    /// {issuer}/.well-known/openid-configuration (OpenID Connect Discovery §4).
    static QUrl openIdConfigurationUrl(const QUrl& issuer);
    /// {origin}/.well-known/oauth-authorization-server{issuer path} (RFC 8414 §3).
    static QUrl authorizationServerMetadataUrl(const QUrl& issuer);

private:
    enum class Stage { OpenIdConnect, OAuthServerMetadata };

    Error checkInput() const;
    void fetch(const QUrl& url);
    void onReply();
    void onHttpAnswer(QNetworkReply* reply, int status);
    void followRedirect(QNetworkReply* reply);
    Error transportError(QNetworkReply* reply) const;
    void run() override;
    void finishing() override;

    QNetworkAccessManager* m_network = nullptr;
    const QUrl m_issuer;
    const QString m_platformId;
    const QString m_displayName;
    QPointer<QNetworkReply> m_reply;
    Stage m_stage = Stage::OpenIdConnect;
    int m_redirects = 0;
    int m_timeoutMs = kDefaultTimeoutMs;
    PlatformRecord m_record;
    QUrl m_documentUrl;
};

} // namespace Plugboard
