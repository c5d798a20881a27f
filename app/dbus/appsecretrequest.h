#pragma once

#include "app/dbus/busrequest.h"

namespace Plugboard {

class SecretJob;

/// SetSecret, GetSecret, HasSecret and DeleteSecret: secrets that belong to
/// the calling application alone, kept in the secret store under its own
/// prefix (SecretStore::appSecretKey()). Another application's call lands
/// under its own prefix, so it can neither read nor test for them. No
/// consent is asked: an application only ever reaches what it stored.
class AppSecretRequest final : public BusRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSecretRequest)

public:
    enum class Operation {
        Set,
        Get,
        Has,
        Delete,
    };

    /// Longest key and value taken (UTF-16 code units); longer is InvalidArgument.
    static constexpr qsizetype kMaxKeyLength = 256;
    static constexpr qsizetype kMaxValueLength = 64 * 1024;

    AppSecretRequest(BusService* service, const QDBusMessage& call, Operation operation, const QString& key,
                     const QString& value = QString());
    ~AppSecretRequest() override;

private:
    void handle() override;
    void onDone(SecretJob* job);

    Operation m_operation;
    QString m_key;
    QString m_value;
};

} // namespace Plugboard
