#include "ui/activitymodel.h"

#include "core/audit/auditevent.h"
#include "ui/activitypresentation.h"

#include <QFont>

#include <algorithm>

namespace Plugboard {

ActivityModel::ActivityModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

ActivityModel::~ActivityModel() = default;

void ActivityModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    // Newest first; of entries with the same time, the one written later.
    std::reverse(m_entries.begin(), m_entries.end());
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const AuditEntry& a, const AuditEntry& b) { return a.time > b.time; });
    endResetModel();
}

void ActivityModel::setSubjectNames(const QMap<QString, QString>& names)
{
    m_subjectNames = names;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, SubjectColumn), index(rowCount() - 1, SubjectColumn));
}

void ActivityModel::setProblemColor(const QColor& color)
{
    m_problemColor = color;
}

void ActivityModel::setFlaggedSequence(qint64 sequence)
{
    m_flagged = sequence;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::text(const AuditEntry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return ActivityPresentation::time(entry.time);
    case EventColumn:
        return AuditEvents::title(entry.event);
    case SubjectColumn:
        return ActivityPresentation::subjectName(entry.subject, m_subjectNames);
    case ActorColumn:
        return ActivityPresentation::actorName(entry.actor);
    case OutcomeColumn:
        return ActivityPresentation::outcomeText(entry.outcome);
    case DetailColumn:
        return ActivityPresentation::detail(entry);
    default:
        return {};
    }
}

QString ActivityModel::toolTip(const AuditEntry& entry, int column) const
{
    if (m_flagged != 0 && entry.sequence == m_flagged)
        return tr("Entry %1 failed the check: it is not what Plugboard wrote.").arg(entry.sequence);
    switch (column) {
    case TimeColumn:
        return ActivityPresentation::toolTip(entry);
    case EventColumn:
        return entry.event;
    case SubjectColumn:
        return entry.subject;
    case ActorColumn:
        return entry.actor;
    case OutcomeColumn:
        return entry.outcome;
    case DetailColumn:
        return entry.detail;
    default:
        return {};
    }
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    const bool flagged = m_flagged != 0 && entry.sequence == m_flagged;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(entry, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(entry, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        // Colour says "trouble"; the words in the cell say what.
        if (m_problemColor.isValid() && (flagged || (index.column() == OutcomeColumn && !entry.succeeded())))
            return m_problemColor;
        return {};
    case Qt::FontRole:
        if (flagged) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("What");
    case SubjectColumn:
        return tr("Connection");
    case ActorColumn:
        return tr("Who");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Plugboard
