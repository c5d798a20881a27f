#pragma once

#include "core/audit/auditentry.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QMap>

namespace Plugboard {

/// The Activity view's rows: audit entries, newest first, one column per
/// fact (ActivityPresentation words them). Read-only; the raw values are
/// the tooltips.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)

public:
    enum Column {
        TimeColumn,
        EventColumn,
        SubjectColumn,
        ActorColumn,
        OutcomeColumn,
        DetailColumn,
        ColumnCount,
    };

    explicit ActivityModel(QObject* parent = nullptr);
    ~ActivityModel() override;

    /// Replaces the rows; `entries` in any order (AuditLog::readAll() gives
    /// them oldest first), shown newest first.
    void setEntries(const QList<AuditEntry>& entries);
    /// What each subject is called ("github/42" → "GitHub · octocat").
    void setSubjectNames(const QMap<QString, QString>& names);
    /// The colour of failures and of the entry that failed verification.
    void setProblemColor(const QColor& color);
    /// Marks the entry verification stopped at (its sequence number); 0: none.
    void setFlaggedSequence(qint64 sequence);
    qint64 flaggedSequence() const { return m_flagged; }
    const AuditEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const AuditEntry& entry, int column) const;
    QString toolTip(const AuditEntry& entry, int column) const;

    QList<AuditEntry> m_entries; ///< newest first
    QMap<QString, QString> m_subjectNames;
    QColor m_problemColor;
    qint64 m_flagged = 0;
};

} // namespace Plugboard
