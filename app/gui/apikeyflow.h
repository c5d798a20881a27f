#pragma once

#include <QObject>
#include <QPointer>

namespace Plugboard {

class ConnectOperation;
class CredentialDialog;
class MainWindow;
class Services;
struct PlatformRecord;

/// Answers Connect, New key… and Add account on the card of a platform that
/// uses API keys: the key form generated from the record, then
/// ConnectOperation checks the key with the platform's identity call and
/// keeps it. A refused key is shown in the form, with what was typed still
/// there, and nothing is stored: a working key is only replaced by one that
/// works. One form at a time.
class ApiKeyFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyFlow)

public:
    /// `services` and `window` must outlive the flow.
    ApiKeyFlow(Services* services, MainWindow* window, QObject* parent = nullptr);
    ~ApiKeyFlow() override;

    /// Opens the key form for `record` (closing another one).
    void open(const PlatformRecord& record);

Q_SIGNALS:
    /// A key was checked and kept as the connection `connectionId`.
    void connected(const QString& connectionId);

private:
    void check(const PlatformRecord& record, const QMap<QString, QString>& values);
    void showOutcome(ConnectOperation* operation);

    Services* m_services = nullptr;
    MainWindow* m_window = nullptr;
    QPointer<CredentialDialog> m_dialog;
    QPointer<ConnectOperation> m_checking;
};

} // namespace Plugboard
