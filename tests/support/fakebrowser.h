#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace Plugboard::Test {

/// Plays the user's browser in connect tests: opens an authorization URL
/// over real HTTP, follows the platform's redirect to the loopback redirect
/// URI, and keeps the page it finally gets — as a browser tab would.
class FakeBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeBrowser)

public:
    explicit FakeBrowser(QObject* parent = nullptr);
    ~FakeBrowser() override;

    /// Starts loading `url`; finished() reports the final page.
    void open(const QUrl& url);
    /// Loads `url` without following redirects (to hit the listener
    /// directly, or to play a browser on another machine, which cannot reach
    /// this one's loopback address: redirectedTo() says where it would go).
    void openDirect(const QUrl& url);

    int status() const { return m_status; }
    QByteArray page() const { return m_page; }
    /// Where the platform sent the browser (the loopback redirect), if anywhere.
    QUrl redirectedTo() const { return m_redirectedTo; }
    /// The network error, if the page did not load.
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void load(const QUrl& url, bool followRedirects);

    QNetworkAccessManager m_network;
    int m_status = 0;
    QByteArray m_page;
    QUrl m_redirectedTo;
    QString m_error;
};

} // namespace Plugboard::Test
