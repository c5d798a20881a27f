#pragma once

#include "core/qr/qrcode.h"

#include <QUrl>
#include <QWidget>

#include <optional>

namespace Plugboard {

/// A QR code of an address, for a phone to scan (the "Connect with another
/// device…" dialog shows the device sign-in's URL with it).
///
/// Drawn from libqrencode's matrix (QrCode), never from a scaled image:
/// every module is the same whole number of device pixels, dark on a white
/// background with a quiet zone of four modules, centred, so the code stays
/// sharp at any size and on any theme. The accessible name is the address.
/// Shows nothing (and codeError() says why) for an address too long for a
/// QR code.
class QrCodeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeWidget)

public:
    /// The standard quiet zone around the code, in modules.
    static constexpr int kQuietZone = 4;
    /// Device-independent pixels per module in sizeHint().
    static constexpr int kPreferredModulePixels = 4;

    explicit QrCodeWidget(QWidget* parent = nullptr);
    ~QrCodeWidget() override;

    /// Encodes `url` (fully encoded) and repaints; an empty URL clears it.
    void setUrl(const QUrl& url);
    QUrl url() const { return m_url; }
    /// True when a code is shown.
    bool hasCode() const { return m_code.has_value(); }
    /// Why no code is shown for the current URL; empty when one is.
    QString codeError() const { return m_error; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    /// Modules per side with the quiet zone; 0 without a code.
    int span() const;

    QUrl m_url;
    std::optional<QrCode> m_code;
    QString m_error;
};

} // namespace Plugboard
