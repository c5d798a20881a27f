#include "tests/support/fakebrowser.h"

#include <QNetworkReply>

namespace Plugboard::Test {

FakeBrowser::FakeBrowser(QObject* parent)
    : QObject(parent)
{ }

FakeBrowser::~FakeBrowser() = default;

void FakeBrowser::open(const QUrl& url)
{
    load(url, true);
}

void FakeBrowser::openDirect(const QUrl& url)
{
    load(url, false);
}

void FakeBrowser::load(const QUrl& url, bool followRedirects)
{
    // Redirects are followed here, one request at a time, so each hop is
    // visible (redirectedTo()) as in a browser's address bar.
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Connection", "close");
    request.setTransferTimeout(60'000);
    QNetworkReply* reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, followRedirects] {
        reply->deleteLater();
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_page = reply->readAll();
        m_error = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (m_status >= 300 && m_status < 400 && location.isValid()) {
            m_redirectedTo = reply->url().resolved(location);
            if (followRedirects) {
                load(m_redirectedTo, true);
                return;
            }
        }
        Q_EMIT finished();
    });
}

} // namespace Plugboard::Test
