#pragma once

#include <QObject>

class QLocalServer;

namespace Plugboard {

/// Keeps one Plugboard window per user session: the first instance listens
/// on a local socket private to the user; a later launch finds it, asks it
/// to show itself, and exits.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    /// `key` names the socket; tests pass their own.
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// True if another instance answered and was asked to activate: the
    /// caller should exit. Otherwise this instance starts listening.
    bool activateRunningInstance();
    bool isPrimary() const;

    /// The socket name for `key`, unique per user.
    static QString socketName(const QString& key);

Q_SIGNALS:
    /// Another launch asked this instance to show its window.
    void activationRequested();

private:
    bool listen();

    QString m_socketName;
    QLocalServer* m_server = nullptr;
};

} // namespace Plugboard
