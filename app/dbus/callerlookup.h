#pragma once

#include "core/access/callerapplication.h"
#include "core/job.h"

#include <QDBusConnection>

class QDBusPendingCallWatcher;

namespace Plugboard {

/// Finds out which application sent a bus message: asks the bus daemon for
/// the sender's credentials (org.freedesktop.DBus.GetConnectionCredentials:
/// process id, user id, security label), refuses a process of another user,
/// and identifies the process (CallerApplication). A Job: caller() holds the
/// result once finished without error; AccessDenied otherwise.
class CallerLookup final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallerLookup)

public:
    CallerLookup(const QDBusConnection& bus, const QString& sender, QObject* parent = nullptr);
    ~CallerLookup() override;

    QString sender() const { return m_sender; }
    const CallerApplication& caller() const { return m_caller; }
    /// The sender's process id, once known.
    qint64 pid() const { return m_pid; }

private:
    void run() override;
    void onCredentials(QDBusPendingCallWatcher* watcher);

    QDBusConnection m_bus;
    QString m_sender;
    CallerApplication m_caller;
    qint64 m_pid = 0;
};

} // namespace Plugboard
