#pragma once

#include "core/audit/auditentry.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QToolButton;

namespace Plugboard {

class ElidedLabel;

/// A connection's latest audit entries on its card, one line each: what
/// ("Token handed out to Command line (bash)", failures in the problem
/// colour, the full time and the actor as recorded in its tooltip) and,
/// right-aligned, when ("2 min ago"); then "All activity…" for the rest in
/// the Activity view.
class RecentActivityList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentActivityList)

public:
    explicit RecentActivityList(QWidget* parent = nullptr);
    ~RecentActivityList() override;

    /// Newest first; shows them all (the caller picks how many).
    void setEntries(const QList<AuditEntry>& entries);
    const QList<AuditEntry>& entries() const { return m_entries; }
    /// Refreshes "2 min ago" against `now`.
    void updateTimes(const QDateTime& now);

Q_SIGNALS:
    /// "All activity…" was pressed.
    void allActivityRequested();

private:
    QList<AuditEntry> m_entries;
    QList<std::pair<ElidedLabel*, QLabel*>> m_lines; ///< what and when, one per entry, in order
    QGridLayout* m_rows = nullptr;
    QToolButton* m_all = nullptr;
};

} // namespace Plugboard
