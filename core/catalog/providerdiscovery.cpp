#include "core/catalog/providerdiscovery.h"

#include "core/catalog/discoverydocumentparser.h"
#include "core/catalog/platformrecordparser.h"
#include "core/network/proxyerror.h"
#include "core/oauth/replydeadline.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDiscovery, "plugboard.catalog.discovery")

namespace Plugboard {
namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int defaultPort(const QUrl& url)
{
    return url.scheme() == QLatin1String("https") ? 443 : 80;
}

/// RFC 6454 origin: a redirect elsewhere could serve any document it likes
/// for our issuer, so only the issuer's own server may move it.
bool isSameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QString originOf(const QUrl& url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toDisplayString();
}

QString issuerPathWithoutSlash(const QUrl& issuer)
{
    QString path = issuer.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QUrl withPath(const QUrl& issuer, const QString& path)
{
    QUrl url = issuer.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

} // namespace

ProviderDiscovery::ProviderDiscovery(QNetworkAccessManager* network, const QUrl& issuer,
                                     const QString& platformId, const QString& displayName, QObject* parent)
    : Job(parent)
    , m_network(network)
    , m_issuer(issuer)
    , m_platformId(platformId)
    , m_displayName(displayName.trimmed().isEmpty() ? issuer.host() : displayName.trimmed())
{ }

ProviderDiscovery::~ProviderDiscovery()
{
    if (QNetworkReply* reply = m_reply) { // QPointer: null once Qt deleted it
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QUrl ProviderDiscovery::openIdConfigurationUrl(const QUrl& issuer)
{
    return withPath(issuer,
                    issuerPathWithoutSlash(issuer) + QStringLiteral("/.well-known/openid-configuration"));
}

QUrl ProviderDiscovery::authorizationServerMetadataUrl(const QUrl& issuer)
{
    return withPath(
        issuer, QStringLiteral("/.well-known/oauth-authorization-server") + issuerPathWithoutSlash(issuer));
}

void ProviderDiscovery::run()
{
    if (Error invalid = checkInput(); invalid.isError()) {
        emitFinished(std::move(invalid)); // no network I/O at all for a refused issuer
        return;
    }
    qCDebug(lcDiscovery) << "discovering" << m_issuer.host();
    fetch(openIdConfigurationUrl(m_issuer));
}

void ProviderDiscovery::abort()
{
    if (!isStarted() || isFinished())
        return;
    if (QNetworkReply* reply = m_reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finishSoon(
        { ErrorCode::Cancelled, tr("Finding the provider at %1 was cancelled.").arg(m_issuer.host()) });
}

Error ProviderDiscovery::checkInput() const
{
    if (!m_network) {
        return {
            ErrorCode::InvalidArgument,
            tr("Plugboard tried to find a provider without a network connection object. This is a bug in "
               "Plugboard; please report it.")
        };
    }
    if (!PlatformRecordParser::isValidId(m_platformId)) {
        return { ErrorCode::InvalidArgument,
                 tr("\"%1\" cannot be a platform id. Use lowercase letters, digits and dashes, such as "
                    "\"my-provider\".")
                     .arg(m_platformId) };
    }
    // The issuer may have been typed with a password in it: never show one.
    const QString shown = m_issuer.toDisplayString(QUrl::RemoveUserInfo);
    if (!isAllowedEndpoint(m_issuer)) {
        return {
            ErrorCode::DiscoveryFailed,
            tr("%1 cannot be used as an issuer URL: https:// is required (plain http:// only for a server "
               "on this computer), without a user name or password. Enter the provider's https:// "
               "issuer URL.")
                .arg(shown)
        };
    }
    if (m_issuer.hasQuery() || m_issuer.hasFragment()) {
        return { ErrorCode::DiscoveryFailed,
                 tr("The issuer URL %1 has a query or fragment (\"?\" or \"#\"), which an issuer never has. "
                    "Enter it without them.")
                     .arg(shown) };
    }
    return {};
}

void ProviderDiscovery::fetch(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    // Manual: every redirect is checked for its origin in followRedirect().
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ProviderDiscovery::onReply);
    // Discovery documents are a few KiB: do not let a server stream forever.
    ReplyDeadline::watch(reply, std::chrono::milliseconds(m_timeoutMs), kMaxDocumentSize);
}

void ProviderDiscovery::onReply()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();
    // Below ContentAccessDenied the error is about the connection itself;
    // from there on it merely echoes the HTTP status, handled below.
    if (ReplyDeadline::wasTooLarge(reply) || status == 0
        || (code != QNetworkReply::NoError && code < QNetworkReply::ContentAccessDenied)) {
        emitFinished(transportError(reply));
        return;
    }
    onHttpAnswer(reply, status);
}

void ProviderDiscovery::onHttpAnswer(QNetworkReply* reply, int status)
{
    if (isRedirect(status)) {
        followRedirect(reply);
        return;
    }
    const bool notFound = status == 404 || status == 410;
    if (notFound && m_stage == Stage::OpenIdConnect) {
        qCDebug(lcDiscovery) << "no OpenID configuration on" << m_issuer.host()
                             << "; trying RFC 8414 metadata";
        m_stage = Stage::OAuthServerMetadata;
        m_redirects = 0;
        fetch(authorizationServerMetadataUrl(m_issuer));
        return;
    }
    if (notFound) {
        emitFinished(
            { ErrorCode::DiscoveryFailed,
              tr("Found no discovery document for %1: neither %2 nor %3 exists. Check the issuer URL; if it "
                 "is right, the provider does not support discovery and has to be added by hand.")
                  .arg(m_issuer.toDisplayString(), openIdConfigurationUrl(m_issuer).toDisplayString(),
                       authorizationServerMetadataUrl(m_issuer).toDisplayString()) });
        return;
    }
    if (status < 200 || status >= 300) {
        emitFinished(
            { ErrorCode::DiscoveryFailed,
              tr("%1 answered HTTP %2 instead of a discovery document. Check the issuer URL, or try again "
                 "later.")
                  .arg(reply->url().toDisplayString(), QString::number(status)) });
        return;
    }
    m_documentUrl = reply->url();
    const DiscoveryDocumentParser::Source source { m_stage == Stage::OpenIdConnect
                                                       ? DiscoveryDocumentParser::Kind::OpenIdConnect
                                                       : DiscoveryDocumentParser::Kind::OAuthServerMetadata,
                                                   m_issuer, m_documentUrl };
    Result<PlatformRecord> parsed
        = DiscoveryDocumentParser::parse(reply->readAll(), source, m_platformId, m_displayName);
    if (!parsed) {
        emitFinished(parsed.error());
        return;
    }
    m_record = std::move(parsed).value();
    emitFinished({});
}

void ProviderDiscovery::followRedirect(QNetworkReply* reply)
{
    const QUrl from = reply->url();
    const QByteArray location = reply->rawHeader("Location");
    const QUrl to = from.resolved(QUrl(QString::fromUtf8(location), QUrl::StrictMode));
    if (location.isEmpty() || !to.isValid()) {
        emitFinished({ ErrorCode::DiscoveryFailed,
                       tr("%1 answered with a redirect that leads nowhere. Check the issuer URL.")
                           .arg(from.toDisplayString()) });
        return;
    }
    if (!isSameOrigin(from, to)) {
        emitFinished(
            { ErrorCode::DiscoveryFailed,
              tr("%1 redirected discovery to %2, another server. Plugboard only follows redirects within the "
                 "same server; enter the issuer URL the provider documents.")
                  .arg(originOf(from), originOf(to)) });
        return;
    }
    if (++m_redirects > kMaxRedirects) {
        emitFinished({ ErrorCode::DiscoveryFailed,
                       tr("%1 redirected discovery more than %2 times. Check the issuer URL.")
                           .arg(originOf(from), QString::number(kMaxRedirects)) });
        return;
    }
    qCDebug(lcDiscovery) << "following a redirect on" << from.host();
    fetch(to);
}

Error ProviderDiscovery::transportError(QNetworkReply* reply) const
{
    const QString host = reply->url().host();
    if (ReplyDeadline::wasTooLarge(reply)) {
        return { ErrorCode::DiscoveryFailed,
                 tr("%1 sent more than any discovery document needs (over %2 KiB). Check the issuer URL.")
                     .arg(host, QString::number(kMaxDocumentSize / 1024)) };
    }
    if (ReplyDeadline::passedDeadline(reply))
        return ReplyDeadline::errorFor(reply, host, tr("the discovery request"),
                                       tr("Check the issuer URL and try again."));
    if (std::optional<Error> proxyError
        = ProxyError::forReply(reply, host, tr("the discovery request"), tr("Then try again.")))
        return *proxyError;
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // how Qt reports a transfer timeout; our aborts are
                                                // disconnected
    case QNetworkReply::TimeoutError:
        return { ErrorCode::Timeout,
                 tr("%1 did not answer within %2 s. Check the URL and your connection, then try again.")
                     .arg(host, QString::number(m_timeoutMs / 1000.0, 'g', 3)) };
    case QNetworkReply::SslHandshakeFailedError:
        return {
            ErrorCode::Tls,
            tr("Could not set up a secure connection to %1: %2. Check the URL; if it is right, the server's "
               "certificate may be invalid or your computer's clock wrong.")
                .arg(host, reply->errorString())
        };
    default:
        return { ErrorCode::Network,
                 tr("Could not reach %1: %2. Check the URL and your connection, then try again.")
                     .arg(host, reply->errorString()) };
    }
}

void ProviderDiscovery::finishing()
{
    // Hosts and outcomes only: documents are public but long, and noise.
    if (error().isError())
        qCInfo(lcDiscovery) << "discovery for" << m_issuer.host() << "failed:" << error().codeName();
    else
        qCInfo(lcDiscovery) << "discovered" << m_issuer.host() << "via" << m_documentUrl.path();
}

} // namespace Plugboard
