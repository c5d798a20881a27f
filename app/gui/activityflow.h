#pragma once

#include "core/audit/auditentry.h"
#include "core/audit/auditverdict.h"
#include "core/result.h"
#include "ui/activitydialog.h"

#include <QMap>
#include <QObject>
#include <QPointer>

class QFileSystemWatcher;
class QTimer;

namespace Plugboard {

class AuditTrail;
class ConnectionStore;
class MainWindow;
class PlatformCatalog;

/// The window's side of the audit trail: View ▸ Activity (ActivityDialog)
/// and each card's recent activity. Reads the trail's files (AuditLog), gives
/// the view what its filters ask for (AuditFilter) and checks the trail when
/// the view opens (AuditTrail::verify(), which reads its key from the secret
/// store: never at startup). Follows what this process records
/// (AuditTrail::recorded) and what other processes, such as plugboard-cli,
/// append (a watch on the trail's folder and files): both re-read the
/// trail once things settle.
class ActivityFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityFlow)

public:
    /// Entries on a card.
    static constexpr int kRecentPerCard = 5;
    /// Bursts of changes (an append touches a file and the lock file) are read once.
    static constexpr int kSettleMs = 150;

    /// All four must outlive the flow; `catalog` and `connections` name
    /// what entries are about. Reads the trail once the event loop runs.
    ActivityFlow(AuditTrail* trail, const PlatformCatalog* catalog, const ConnectionStore* connections,
                 MainWindow* window, QObject* parent = nullptr);
    ~ActivityFlow() override;

    /// Opens (or raises) the Activity view, narrowed to `subject` when one
    /// is given, and checks the trail when the view was closed.
    void open(const QString& subject = {});
    /// Null until open() first creates it.
    ActivityDialog* dialog() const { return m_dialog; }
    /// Reads the trail again and shows it: in the view and on the cards;
    /// while neither shows, only once one does.
    void reload();
    /// The entries as last read, oldest first.
    const QList<AuditEntry>& entries() const { return m_entries; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    /// The view shows a verification's outcome (for tests and the status line).
    void verified();

private:
    void watch();
    void showEntries();
    void showRecentActivity();
    QList<AuditEntry> matching(const ActivityDialog::Query& query) const;
    QMap<QString, QString> subjectNames() const;
    void verify();
    void onVerified(const Result<AuditVerdict>& verdict);

    AuditTrail* m_trail = nullptr;
    const PlatformCatalog* m_catalog = nullptr;
    const ConnectionStore* m_connections = nullptr;
    MainWindow* m_window = nullptr;
    QPointer<ActivityDialog> m_dialog; ///< a child of the window
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_settle = nullptr;
    QList<AuditEntry> m_entries;
    bool m_verifying = false;
    bool m_stale = false; ///< changed while nobody could see it
};

} // namespace Plugboard
