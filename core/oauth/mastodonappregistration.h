#pragma once

#include "core/catalog/platformrecord.h"
#include "core/job.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Plugboard {

/// Registers Plugboard as an application on one Mastodon server, the way
/// Mastodon's documentation has every client do it: POST /api/v1/apps with
/// the client's name, its exact redirect URI and every scope it may ask
/// for; the answer holds the client id and secret that server issued.
/// Each server issues its own, so each server's platform gets its own.
/// A Job (core/job.h).
class MastodonAppRegistration final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MastodonAppRegistration)

public:
    /// `record` is the server's platform, made from the mastodon template.
    MastodonAppRegistration(const PlatformRecord& record, const QUrl& serverUrl,
                            QNetworkAccessManager* network, QObject* parent = nullptr);
    ~MastodonAppRegistration() override;

    /// Empty until finished without an error.
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }

private:
    void onReply();
    void run() override;
    void finishing() override;

    PlatformRecord m_record;
    QUrl m_serverUrl;
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QString m_clientId;
    QString m_clientSecret;
};

} // namespace Plugboard
