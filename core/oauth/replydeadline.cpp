#include "core/oauth/replydeadline.h"

#include "core/network/proxyerror.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTimer>

namespace Plugboard::ReplyDeadline {

namespace {

// Why watch() aborted the reply, kept on the reply itself so that whoever
// reads its error can tell our abort from any other cancellation.
constexpr char kCutOffProperty[] = "plugboardCutOff";
constexpr char kDeadlineProperty[] = "plugboardDeadlineMs";

enum class CutOff { None, Deadline, TooLarge };

CutOff cutOffOf(const QNetworkReply* reply)
{
    return CutOff(reply->property(kCutOffProperty).toInt());
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Plugboard::ReplyDeadline", text);
}

} // namespace

void watch(QNetworkReply* reply, std::chrono::milliseconds deadline, qint64 maxBytes)
{
    reply->setProperty(kDeadlineProperty, qint64(deadline.count()));
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kCutOffProperty, int(CutOff::Deadline));
        reply->abort();
    });
    timer->start(deadline);
    QObject::connect(reply, &QNetworkReply::finished, timer, &QTimer::stop);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, maxBytes](qint64 received, qint64 total) {
                         if (received > maxBytes || total > maxBytes) {
                             reply->setProperty(kCutOffProperty, int(CutOff::TooLarge));
                             reply->abort();
                         }
                     });
}

bool wasTooLarge(const QNetworkReply* reply)
{
    return cutOffOf(reply) == CutOff::TooLarge;
}

bool passedDeadline(const QNetworkReply* reply)
{
    return cutOffOf(reply) == CutOff::Deadline;
}

Error errorFor(const QNetworkReply* reply, const QString& platformName, const QString& what,
               const QString& next)
{
    switch (cutOffOf(reply)) {
    case CutOff::Deadline: {
        const int seconds = int(reply->property(kDeadlineProperty).toLongLong() / 1000);
        return { ErrorCode::Timeout,
                 QCoreApplication::translate("Plugboard::ReplyDeadline",
                                             "%1 did not finish answering %2 within %n second(s). %3",
                                             nullptr, seconds)
                         .arg(platformName, what, next)
                     + ProxyError::throughProxyNote(reply) };
    }
    case CutOff::TooLarge:
        return { ErrorCode::ExchangeFailed,
                 tr("%1 answered %2 with more data than any platform sends (over %3 MB); Plugboard stopped "
                    "reading. %4")
                     .arg(platformName, what, QString::number(kMaxReplyBytes / (1024 * 1024)), next) };
    case CutOff::None:
        break;
    }
    if (std::optional<Error> proxyError = ProxyError::forReply(reply, platformName, what, next))
        return *proxyError;
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // the transfer timeout: nothing came for a while
    case QNetworkReply::TimeoutError: {
        const int silentSeconds = reply->request().transferTimeout() / 1000;
        return { ErrorCode::Timeout,
                 QCoreApplication::translate("Plugboard::ReplyDeadline",
                                             "%1 stopped answering %2 (nothing arrived for %n second(s)). %3",
                                             nullptr, silentSeconds)
                         .arg(platformName, what, next)
                     + ProxyError::throughProxyNote(reply) };
    }
    case QNetworkReply::SslHandshakeFailedError:
        return { ErrorCode::Tls,
                 tr("The secure connection to %1 for %2 failed: %3. Check the computer's date and any "
                    "proxy that inspects HTTPS. %4")
                     .arg(platformName, what, reply->errorString(), next) };
    case QNetworkReply::RemoteHostClosedError:
        return { ErrorCode::Network,
                 tr("%1 closed the connection before answering %2. %3").arg(platformName, what, next) };
    default:
        return {
            ErrorCode::Network,
            tr("Could not reach %1 for %2: %3. %4").arg(platformName, what, reply->errorString(), next)
        };
    }
}

} // namespace Plugboard::ReplyDeadline
