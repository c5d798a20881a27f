#include "core/diagnosis/clockcheck.h"

#include "core/diagnosis/diagnosisoptions.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace Plugboard {

namespace {

constexpr int kRequestTimeoutMs = 8'000;
constexpr qint64 kToleratedSkewSeconds = 60;

struct ServerDate
{
    QDateTime date; ///< invalid when there was none
    QString error; ///< why not
};

// The Date header of a HEAD request to `server`, waiting at most kRequestTimeoutMs.
ServerDate askServerDate(const QUrl& server)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(server);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(kRequestTimeoutMs);
    std::unique_ptr<QNetworkReply> reply(manager.head(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kRequestTimeoutMs + 1'000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        return { {}, ClockCheck::tr("no answer in time") };
    }
    const QByteArray header = reply->rawHeader("Date");
    if (header.isEmpty())
        return { {},
                 reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                          : ClockCheck::tr("no Date header") };
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
    if (!date.isValid())
        return { {}, ClockCheck::tr("a Date header that is not a date") };
    return { date, {} };
}

} // namespace

QString ClockCheck::id()
{
    return QStringLiteral("clock");
}

QString ClockCheck::title()
{
    return tr("Clock");
}

DiagnosticResult ClockCheck::run(const DiagnosisOptions& options)
{
    DiagnosticResult result { id(), title(), Verdict::Skipped, {}, {} };
    if (!options.online || !options.clockServer.isValid()) {
        result.detail = !options.online ? tr("Not checked: comparing the clock needs the internet.")
                                        : tr("Not checked: no platform server to compare with.");
        result.nextStep
            = tr("Run plugboard-cli diagnose --online to compare the clock with a platform's server.");
        return result;
    }
    const ServerDate server = askServerDate(options.clockServer);
    const QString where = QStringLiteral("%1 (%2)").arg(options.clockServerName, options.clockServer.host());
    if (!server.date.isValid()) {
        result.verdict = Verdict::Warning;
        result.detail = tr("Could not read the time of %1's server: %2.").arg(where, server.error);
        result.nextStep = tr("Check the network connection and proxy, then run diagnose --online again.");
        return result;
    }
    // Positive: this computer's clock is ahead.
    const qint64 skew = server.date.secsTo(QDateTime::currentDateTimeUtc());
    if (qAbs(skew) > kToleratedSkewSeconds) {
        result.verdict = Verdict::Warning;
        result.detail = skew > 0
            ? tr("This computer's clock is %1 s ahead of %2's server.").arg(skew).arg(where)
            : tr("This computer's clock is %1 s behind %2's server.").arg(-skew).arg(where);
        result.nextStep
            = tr("Turn on automatic time (timedatectl set-ntp true) or set the clock: sign-ins and "
                 "token expiry depend on it.");
        return result;
    }
    result.verdict = Verdict::Ok;
    result.detail = tr("Within %1 s of %2's server.").arg(qAbs(skew)).arg(where);
    return result;
}

} // namespace Plugboard
