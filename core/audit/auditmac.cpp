#include "core/audit/auditmac.h"

#include <QMessageAuthenticationCode>

namespace Plugboard::AuditMac {

std::optional<QByteArray> sign(const QByteArray& key, const QByteArray& message)
{
    if (key.isEmpty())
        return std::nullopt; // an unkeyed MAC would prove nothing
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

std::optional<QByteArray> parseStoredKey(const QString& stored)
{
    const QByteArray key = QByteArray::fromHex(stored.toLatin1());
    if (key.size() != kKeyBytes || stored.size() != 2 * kKeyBytes)
        return std::nullopt;
    return key;
}

} // namespace Plugboard::AuditMac
