#pragma once

#include "core/catalog/platformrecord.h"
#include "core/error.h"
#include "core/result.h"

#include <QOAuthOobReplyHandler>

namespace Plugboard {

class LoopbackListener;

/// Receives the browser's redirect on a loopback address and reads the token
/// endpoint's answers, for QOAuth2AuthorizationCodeFlow.
///
/// Used on every Qt version instead of QOAuthHttpServerReplyHandler: Qt 6.4's
/// handler listens on all interfaces, matches paths by prefix, reuses state,
/// drops requests whose headers arrive in two reads and buffers without
/// limit; the last two are unfixed upstream too. This one:
/// - listens on 127.0.0.1 (and [::1] for "localhost") only;
/// - answers 404 to any other path (favicon.ico), 405 to other methods, and
///   400 to a callback whose state is missing or wrong — then keeps waiting;
/// - emits callbackReceived() once, for the first callback carrying the
///   expected state, with fully decoded values;
/// - keeps that browser tab waiting until finishBrowserPage(), so the page
///   can say whether the connection worked;
/// - keeps returning the same redirect URI after close(), so the token
///   request still names it (QTBUG-124333).
class LoopbackReplyHandler final : public QOAuthOobReplyHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReplyHandler)

public:
    explicit LoopbackReplyHandler(QObject* parent = nullptr);
    ~LoopbackReplyHandler() override;

    /// Starts listening where `rule` says. The redirect URI is known after.
    Result<void> listen(const RedirectRule& rule);
    bool isListening() const;
    void close();

    /// http://127.0.0.1:PORT/path (or localhost, as the rule asked).
    QString callback() const override;
    QUrl redirectUri() const { return m_redirectUri; }

    /// The state the next callback must carry; resets "first callback".
    void expectState(const QByteArray& state);
    /// True once a callback with the expected state has been accepted.
    bool hasAcceptedCallback() const { return m_acceptedRequest != 0; }

    /// Takes the address a browser ended on, pasted by the user because that
    /// browser ran on another machine and could not reach this listener.
    /// Checked exactly like a request on the listener (scheme, host, port and
    /// path of the redirect URI, the state, one use, no repeated parameter);
    /// on success callbackReceived() is emitted as for a real callback. The
    /// error says what is wrong with the address; the sign-in keeps waiting.
    Result<void> acceptPastedAddress(const QUrl& address);

    /// Answers the browser tab of the accepted callback, once.
    void finishBrowserPage(const QByteArray& html);

    /// Platform name and the redirect URI to register, used to word token
    /// errors (the one with this sign-in's port would mislead when any port
    /// is accepted).
    void setPlatformName(const QString& name) { m_platformName = name; }
    void setRegisteredRedirectUri(const QUrl& uri) { m_registeredRedirectUri = uri; }

Q_SIGNALS:
    /// The token endpoint answered with an error, or something unreadable.
    /// (Qt 6.4 only logs these; later versions' signals differ by version.)
    void tokenRequestFailed(const Plugboard::Error& error);
    /// The token endpoint answered with tokens; `fields` as the platform sent them.
    void tokenFieldsReceived(const QVariantMap& fields);
    /// A request reached the listener and was turned away (for diagnostics
    /// and tests); `status` is the HTTP status it got.
    void requestRejected(int status);

protected:
    void networkReplyFinished(QNetworkReply* reply) override;

private:
    enum class Verdict { Accepted, WrongState, AlreadyAnswered, RepeatedParameter };
    /// Marks a callback that came pasted, not through the listener.
    static constexpr quint64 kPastedAddress = ~quint64(0);

    void handleRequest(quint64 requestId, const QByteArray& method, const QUrl& url);
    void reject(quint64 requestId, int status, const QString& text);
    /// The callback's parameters, if `url` carries the expected state once,
    /// comes first, and repeats no parameter.
    Verdict readCallback(const QUrl& url, QVariantMap* values) const;

    LoopbackListener* m_listener = nullptr;
    QUrl m_redirectUri;
    QByteArray m_expectedState;
    quint64 m_acceptedRequest = 0;
    bool m_browserAnswered = false;
    QString m_platformName;
    QUrl m_registeredRedirectUri;
};

} // namespace Plugboard
