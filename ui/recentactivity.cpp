#include "ui/recentactivity.h"

#include "ui/activitypresentation.h"
#include "ui/elidedlabel.h"
#include "ui/problemcolor.h"

#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Plugboard {

RecentActivityList::RecentActivityList(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("recentActivityWidget"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    auto* all = new QToolButton(this);
    all->setObjectName(QStringLiteral("allActivityToolButton"));
    all->setText(tr("All activity…"));
    all->setAccessibleName(tr("All activity of this connection"));
    all->setToolTip(tr("Opens the Activity view for this connection"));
    all->setAutoRaise(true);
    connect(all, &QToolButton::clicked, this, &RecentActivityList::allActivityRequested);
    m_layout->addWidget(all, 0, Qt::AlignLeft);
}

RecentActivityList::~RecentActivityList() = default;

namespace {

bool sameEntries(const QList<AuditEntry>& a, const QList<AuditEntry>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const AuditEntry& x, const AuditEntry& y) {
                          return x.sequence == y.sequence && x.time == y.time && x.event == y.event
                              && x.actor == y.actor && x.outcome == y.outcome;
                      });
}

} // namespace

void RecentActivityList::setEntries(const QList<AuditEntry>& entries)
{
    // The trail is read again after every entry anywhere: most cards'
    // entries stay the same, and their labels with them.
    if (sameEntries(entries, m_entries) && m_lines.size() == entries.size()) {
        updateTimes(QDateTime::currentDateTimeUtc());
        return;
    }
    m_entries = entries;
    qDeleteAll(m_lines);
    m_lines.clear();
    QPalette problem = palette();
    problem.setColor(QPalette::WindowText, ProblemColor::on(problem));
    for (const AuditEntry& entry : entries) {
        auto* line = new ElidedLabel(this);
        line->setObjectName(QStringLiteral("recentActivityLabel"));
        if (!entry.succeeded())
            line->setPalette(problem);
        // Above "All activity…", in order.
        m_layout->insertWidget(int(m_lines.size()), line);
        m_lines.append(line);
    }
    updateTimes(QDateTime::currentDateTimeUtc());
}

void RecentActivityList::updateTimes(const QDateTime& now)
{
    for (qsizetype i = 0; i < m_lines.size() && i < m_entries.size(); ++i) {
        const AuditEntry& entry = m_entries.at(i);
        const QString line = ActivityPresentation::cardLine(entry, now);
        m_lines.at(i)->setFullText(line, line + QLatin1Char('\n') + ActivityPresentation::toolTip(entry));
        m_lines.at(i)->setAccessibleName(line);
    }
}

} // namespace Plugboard
