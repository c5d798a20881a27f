#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QTimer;

namespace Plugboard {

class ConnectOperation;
class DeviceSignInDialog;
class MainWindow;
struct DeviceCode;
class Services;
struct PlatformRecord;

/// Answers a card's Connect, Reconnect and Add account: the browser sign-in
/// through ConnectOperation, shown on the card that asked ("Connecting" with
/// a countdown while the browser is waited for), with Copy link and Cancel
/// on that card, and the outcome on the card or in the status line. One
/// sign-in at a time. "Connect with another device…" runs the device flow
/// the same way, with the code, its QR code and its countdown in a
/// DeviceSignInDialog instead of a browser.
class ConnectFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectFlow)

public:
    /// `services` and `window` must outlive the flow.
    ConnectFlow(Services* services, MainWindow* window, QObject* parent = nullptr);
    ~ConnectFlow() override;

    /// Signs in to `record`'s platform, shown on the card `cardId`: the
    /// platform's card, or the account's for a Reconnect, which is meant to
    /// replace that account's sign-in. Ignored while a sign-in runs.
    void start(const PlatformRecord& record, const QString& cardId, bool reconnect);
    /// The same, signing in on a phone or another computer (the device
    /// flow): `record` must have a device authorization endpoint.
    void startOnOtherDevice(const PlatformRecord& record, const QString& cardId, bool reconnect);
    /// Cancel on the connecting card.
    void cancel();
    /// Copy link on the connecting card: the sign-in URL to the clipboard.
    void copySignInLink();
    /// Shows the running sign-in on its card again, e.g. after the cards
    /// were shown anew.
    void showProgress();

Q_SIGNALS:
    /// The sign-in ended, either way; the cards should be shown anew before
    /// the outcome is shown on them.
    void ended();

private:
    ConnectOperation* begin(const PlatformRecord& record, const QString& cardId, bool reconnect);
    void openSignInPage(const QUrl& url);
    void showDeviceCode(const DeviceCode& code);
    void showOutcome(ConnectOperation* operation);

    Services* m_services = nullptr;
    MainWindow* m_window = nullptr;
    QPointer<ConnectOperation> m_connecting; ///< one browser sign-in at a time
    QString m_connectingCard; ///< where the sign-in shows: the platform's or the account's card
    bool m_reconnecting = false; ///< a Reconnect is meant to replace the account's sign-in
    QUrl m_signInUrl; ///< the running sign-in's authorization URL, for Copy link
    QTimer* m_countdown = nullptr;
    QPointer<DeviceSignInDialog> m_deviceDialog; ///< while a device sign-in runs
};

} // namespace Plugboard
