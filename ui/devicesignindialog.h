#pragma once

#include <QDateTime>
#include <QDialog>
#include <QElapsedTimer>
#include <QUrl>

class QLabel;
class QPushButton;
class QTimer;

namespace Plugboard {

class QrCodeWidget;
struct DeviceCode;

/// "Connect with another device": signs in to a platform on a phone or a
/// second computer (the device flow, RFC 8628), for a machine whose own
/// browser cannot be used. Shows a QR code of the address, the address and
/// the code with Copy buttons, and how long the code stays valid. Until
/// showCode(), it says it is asking the platform for a code.
///
/// It decides nothing: Cancel, Escape and closing the window emit
/// cancelRequested() and leave the dialog open until the owner, who runs
/// the sign-in, closes it when that ends (either way).
class DeviceSignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSignInDialog)

public:
    explicit DeviceSignInDialog(const QString& platformName, QWidget* parent = nullptr);
    ~DeviceSignInDialog() override;

    /// The code to enter, where, and until when.
    void showCode(const DeviceCode& code);
    /// After Cancel: the sign-in is being stopped.
    bool isCancelling() const { return m_cancelling; }
    /// Closes the dialog: the sign-in ended (its outcome shows elsewhere).
    void finish();

public Q_SLOTS:
    /// Escape and the window's close button: Cancel.
    void reject() override;

Q_SIGNALS:
    void cancelRequested();

private:
    QWidget* createCodeRow();
    QWidget* createAddressRow();
    void copy(const QString& text, const QString& confirmation);
    void updateCountdown();

    QString m_platformName;
    QLabel* m_intro = nullptr;
    QrCodeWidget* m_qrCode = nullptr;
    QLabel* m_userCode = nullptr;
    QPushButton* m_copyCode = nullptr;
    QLabel* m_address = nullptr;
    QPushButton* m_copyAddress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_tick = nullptr;
    QUrl m_url;
    QDateTime m_expiresAt;
    QElapsedTimer m_confirmedAt; ///< when a Copy was confirmed on the status line
    bool m_cancelling = false;
};

} // namespace Plugboard
