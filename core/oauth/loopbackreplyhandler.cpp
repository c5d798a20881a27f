#include "core/oauth/loopbackreplyhandler.h"

#include "core/oauth/formencoding.h"
#include "core/oauth/loopbacklistener.h"
#include "core/oauth/replydeadline.h"
#include "core/oauth/tokenresponseparser.h"
#include "core/securerandom.h"

#include <QLoggingCategory>
#include <QNetworkReply>

Q_DECLARE_LOGGING_CATEGORY(lcLoopback)

namespace Plugboard {

namespace {

QByteArray simplePage(const QString& text)
{
    return "<!doctype html><meta charset=\"utf-8\"><title>Plugboard</title><p>"
        + text.toHtmlEscaped().toUtf8() + "</p>";
}

} // namespace

LoopbackReplyHandler::LoopbackReplyHandler(QObject* parent)
    : QOAuthOobReplyHandler(parent)
    , m_listener(new LoopbackListener(this))
{
    connect(m_listener, &LoopbackListener::requestReceived, this, &LoopbackReplyHandler::handleRequest);
}

LoopbackReplyHandler::~LoopbackReplyHandler() = default;

Result<void> LoopbackReplyHandler::listen(const RedirectRule& rule)
{
    if (!rule.path.startsWith(QLatin1Char('/')) || rule.path.size() < 2)
        return Error { ErrorCode::InvalidArgument,
                       tr("The redirect path must start with / and name a path.") };
    if (Result<void> listening = m_listener->listen(rule.host, rule.port); !listening)
        return listening;
    m_redirectUri = QUrl(
        QStringLiteral("http://%1:%2%3").arg(rule.host, QString::number(m_listener->port()), rule.path));
    return {};
}

bool LoopbackReplyHandler::isListening() const
{
    return m_listener->isListening();
}

void LoopbackReplyHandler::close()
{
    m_listener->close();
}

QString LoopbackReplyHandler::callback() const
{
    return m_redirectUri.toString(QUrl::FullyEncoded);
}

void LoopbackReplyHandler::expectState(const QByteArray& state)
{
    m_expectedState = state;
    m_acceptedRequest = 0;
    m_browserAnswered = false;
}

void LoopbackReplyHandler::finishBrowserPage(const QByteArray& html)
{
    if (m_acceptedRequest == 0 || m_browserAnswered)
        return;
    m_browserAnswered = true;
    m_listener->respond(m_acceptedRequest, 200, html);
}

void LoopbackReplyHandler::reject(quint64 requestId, int status, const QString& text)
{
    m_listener->respond(requestId, status, simplePage(text));
    Q_EMIT requestRejected(status);
}

void LoopbackReplyHandler::handleRequest(quint64 requestId, const QByteArray& method, const QUrl& url)
{
    // Exact path match: "/callbackx" and "/favicon.ico" are not the callback.
    if (url.path(QUrl::FullyEncoded) != m_redirectUri.path(QUrl::FullyEncoded)) {
        reject(requestId, 404, tr("Nothing here."));
        return;
    }
    if (method != "GET") {
        reject(requestId, 405, tr("Only GET is accepted here."));
        return;
    }
    QVariantMap values;
    switch (readCallback(url, &values)) {
    case Verdict::Accepted:
        m_acceptedRequest = requestId;
        qCDebug(lcLoopback) << "callback accepted";
        Q_EMIT callbackReceived(values);
        return;
    case Verdict::WrongState:
        qCDebug(lcLoopback) << "callback without the expected state turned away";
        reject(requestId, 400,
               tr("This link does not belong to the sign-in Plugboard is waiting for. "
                  "Start the connection again from Plugboard."));
        return;
    case Verdict::AlreadyAnswered:
        reject(requestId, 400, tr("Plugboard has already received the answer for this sign-in."));
        return;
    case Verdict::RepeatedParameter:
        reject(requestId, 400, tr("The answer repeats a parameter. Start the connection again."));
        return;
    }
}

Result<void> LoopbackReplyHandler::acceptPastedAddress(const QUrl& address)
{
    // The same checks as a request on the listener, plus the parts of the
    // address a request line does not carry: this must be the redirect URI
    // of this sign-in, on this port.
    const bool sameEndpoint = address.scheme() == m_redirectUri.scheme()
        && address.host() == m_redirectUri.host() && address.port() == m_redirectUri.port()
        && address.path(QUrl::FullyEncoded) == m_redirectUri.path(QUrl::FullyEncoded);
    if (!address.isValid() || !sameEndpoint)
        return Error { ErrorCode::InvalidArgument,
                       tr("That is not the address this sign-in waits for: it starts with %1. Copy the whole "
                          "address from the browser's address bar after signing in, and paste it here.")
                           .arg(m_redirectUri.toString()) };
    QVariantMap values;
    switch (readCallback(address, &values)) {
    case Verdict::Accepted:
        m_acceptedRequest = kPastedAddress;
        m_browserAnswered = true; // no browser tab is waiting on the listener
        qCDebug(lcLoopback) << "pasted callback accepted";
        Q_EMIT callbackReceived(values);
        return {};
    case Verdict::WrongState:
        return Error { ErrorCode::StateMismatch,
                       tr("That address belongs to another sign-in (its state does not match). Paste the "
                          "address the browser ended on for the URL printed above.") };
    case Verdict::AlreadyAnswered:
        return Error { ErrorCode::InvalidArgument,
                       tr("Plugboard has already received the answer for this sign-in.") };
    case Verdict::RepeatedParameter:
        return Error { ErrorCode::StateMismatch,
                       tr("That address repeats a parameter, so Plugboard cannot trust it. Connect again.") };
    }
    return {};
}

LoopbackReplyHandler::Verdict LoopbackReplyHandler::readCallback(const QUrl& url, QVariantMap* values) const
{
    const FormEncoding::Items query = FormEncoding::decode(url.query(QUrl::FullyEncoded).toLatin1());
    int stateCount = 0;
    const QString state = FormEncoding::value(query, QStringLiteral("state"), &stateCount);
    // Constant time, and exactly one state: anything else is not our login.
    if (m_expectedState.isEmpty() || stateCount != 1
        || !SecureRandom::constantTimeEquals(state.toUtf8(), m_expectedState))
        return Verdict::WrongState;
    if (m_acceptedRequest != 0)
        return Verdict::AlreadyAnswered;
    for (const auto& [key, value] : query) {
        int occurrences = 0;
        FormEncoding::value(query, key, &occurrences);
        if (occurrences > 1)
            return Verdict::RepeatedParameter;
        values->insert(key, value);
    }
    return Verdict::Accepted;
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply* reply)
{
    // Qt 6.4 neither reports token errors nor deletes the reply; read it
    // ourselves on every version so failures are never silent.
    reply->deleteLater();
    if ((reply->error() != QNetworkReply::NoError
         && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0)
        || ReplyDeadline::wasTooLarge(reply)) {
        Q_EMIT tokenRequestFailed(ReplyDeadline::errorFor(reply, m_platformName,
                                                          tr("the request to finish signing in"),
                                                          tr("Check your connection and connect again.")));
        return;
    }
    const TokenResponseParser::Reply answer {
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()
    };
    Result<QVariantMap> fields = TokenResponseParser::parse(
        answer, m_platformName, m_registeredRedirectUri.isValid() ? m_registeredRedirectUri : m_redirectUri);
    if (!fields) {
        Q_EMIT tokenRequestFailed(fields.error());
        return;
    }
    Q_EMIT tokenFieldsReceived(fields.value());
    Q_EMIT tokensReceived(fields.value());
}

} // namespace Plugboard
