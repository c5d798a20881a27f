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

    const FormEncoding::Items query = FormEncoding::decode(url.query(QUrl::FullyEncoded).toLatin1());
    int stateCount = 0;
    const QString state = FormEncoding::value(query, QStringLiteral("state"), &stateCount);
    // Constant time, and exactly one state: anything else is not our login.
    if (m_expectedState.isEmpty() || stateCount != 1
        || !SecureRandom::constantTimeEquals(state.toUtf8(), m_expectedState)) {
        qCDebug(lcLoopback) << "callback without the expected state turned away";
        reject(requestId, 400,
               tr("This link does not belong to the sign-in Plugboard is waiting for. "
                  "Start the connection again from Plugboard."));
        return;
    }
    if (m_acceptedRequest != 0) {
        reject(requestId, 400, tr("Plugboard has already received the answer for this sign-in."));
        return;
    }

    QVariantMap values;
    for (const auto& [key, value] : query) {
        int occurrences = 0;
        FormEncoding::value(query, key, &occurrences);
        if (occurrences > 1) {
            reject(requestId, 400, tr("The answer repeats a parameter. Start the connection again."));
            return;
        }
        values.insert(key, value);
    }
    m_acceptedRequest = requestId;
    qCDebug(lcLoopback) << "callback accepted";
    Q_EMIT callbackReceived(values);
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
