#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Plugboard {

class AddServerOperation;
class PlatformCatalog;
class ServerDialog;
class Services;

/// Answers File ▸ Add self-hosted server…: the dialog of shipped templates,
/// then AddServerOperation, which makes the server's platform (and, for
/// Mastodon, registers Plugboard with the server). The platform's id comes
/// from the server's address ("git-example-com"), made unique. One dialog
/// at a time.
class ServerFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerFlow)

public:
    /// `catalog` and `services` must outlive the flow.
    ServerFlow(PlatformCatalog* catalog, Services* services, QObject* parent = nullptr);
    ~ServerFlow() override;

    void open(QWidget* window);

Q_SIGNALS:
    /// The server's platform exists now; `registered`: its app credentials
    /// too, so it can be connected at once.
    void added(const QString& platformId, const QString& name, bool registered);

private:
    void add(const QString& templateId, const QMap<QString, QString>& values);
    void onAdded(AddServerOperation* operation);
    /// "git-example-com" for https://git.example.com, with -2, -3… when taken.
    QString freeIdFor(const QMap<QString, QString>& values) const;

    PlatformCatalog* m_catalog = nullptr;
    Services* m_services = nullptr;
    QPointer<ServerDialog> m_dialog;
    QPointer<AddServerOperation> m_adding;
};

} // namespace Plugboard
