#include "core/qr/qrcode.h"

#include <QCoreApplication>
#include <qrencode.h>

#include <memory>

namespace Plugboard {

Result<QrCode> QrCode::encode(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty())
        return Error { ErrorCode::InvalidArgument,
                       QCoreApplication::translate("Plugboard::QrCode",
                                                   "There is no address to show as a QR code.") };
    if (bytes.size() > kMaxBytes)
        return Error { ErrorCode::InvalidArgument,
                       QCoreApplication::translate(
                           "Plugboard::QrCode",
                           "The address is too long for a QR code (%1 bytes; at most %2 "
                           "fit). Open it by typing or copying it instead.")
                           .arg(bytes.size())
                           .arg(kMaxBytes) };
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeData(int(bytes.size()), reinterpret_cast<const unsigned char*>(bytes.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!symbol)
        return Error { ErrorCode::InvalidArgument,
                       QCoreApplication::translate(
                           "Plugboard::QrCode",
                           "This address cannot be shown as a QR code. Open it by typing "
                           "or copying it instead.") };
    QrCode code;
    code.m_size = symbol->width;
    code.m_version = symbol->version;
    code.m_modules.resize(qsizetype(symbol->width) * symbol->width);
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = char(symbol->data[i] & 1); // bit 0: dark; the others say which part it is
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x) != 0;
}

} // namespace Plugboard
