#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace Plugboard {

class ConnectionStore;

/// Notes each hand-out under a grant (when, how often: AppGrant::lastUsed
/// and uses) in the connection's metadata, in batches: a program asking for
/// a token every few milliseconds must not wait each time for a save of
/// connections.json, which ends with an fsync. Uses are counted in memory
/// and written at most once per kDelayMs per connection and application,
/// and when the book is destroyed (the app quits), so none is lost on a
/// normal exit; a crash loses at most the last second's count.
class GrantUseBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantUseBook)

public:
    static constexpr int kDelayMs = 1000;

    /// `connections` must outlive the book.
    explicit GrantUseBook(ConnectionStore* connections, QObject* parent = nullptr);
    ~GrantUseBook() override;

    /// One hand-out of `connectionId` to `app` under its grant, now.
    void note(const QString& connectionId, const QString& app);
    /// Writes what is counted.
    void flush();

private:
    struct Pending
    {
        qint64 uses = 0;
        QDateTime lastUsed;
    };

    ConnectionStore* m_connections = nullptr;
    QHash<QString, QHash<QString, Pending>> m_pending; ///< connection -> app -> uses
    QTimer m_timer;
};

} // namespace Plugboard
