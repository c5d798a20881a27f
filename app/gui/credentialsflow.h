#pragma once

#include <QMap>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Plugboard {

class ConnectionStore;
class CredentialDialog;
class PlatformCatalog;
class SecretStore;

/// Answers a card's "Set up credentials" / "Edit credentials": opens the
/// form generated from the platform record, shows only the hints of what is
/// saved (secrets are never shown again), and saves through CredentialsJob
/// in the keyring; a new client id marks the connections made with the old
/// one (CredentialsJob). One dialog at a time.
class CredentialsFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsFlow)

public:
    /// `catalog`, `secrets` and `connections` must outlive the flow.
    CredentialsFlow(PlatformCatalog* catalog, SecretStore* secrets, ConnectionStore* connections,
                    QObject* parent = nullptr);
    ~CredentialsFlow() override;

    /// Opens the form for `platformId` over `window` (closing another one).
    void open(const QString& platformId, QWidget* window);

Q_SIGNALS:
    /// The platform's app credentials are in the keyring now.
    void saved(const QString& platformId, const QString& platformName, const QString& clientIdHint);

private:
    void save(const QString& platformId, const QMap<QString, QString>& values);

    PlatformCatalog* m_catalog = nullptr;
    SecretStore* m_secrets = nullptr;
    ConnectionStore* m_connections = nullptr;
    QPointer<CredentialDialog> m_dialog;
};

} // namespace Plugboard
