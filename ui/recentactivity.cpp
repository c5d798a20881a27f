#include "ui/recentactivity.h"

#include "ui/activitypresentation.h"
#include "ui/elidedlabel.h"
#include "ui/problemcolor.h"
#include "ui/relativetime.h"

#include <QGridLayout>
#include <QToolButton>

#include <algorithm>

namespace Plugboard {

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

RecentActivityList::RecentActivityList(QWidget* parent)
    : QWidget(parent)
    , m_rows(new QGridLayout(this))
    , m_all(new QToolButton(this))
{
    setObjectName(QStringLiteral("recentActivityWidget"));
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setHorizontalSpacing(8);
    m_rows->setVerticalSpacing(2);
    m_rows->setColumnStretch(0, 1);
    m_all->setObjectName(QStringLiteral("allActivityToolButton"));
    m_all->setText(tr("All activity…"));
    m_all->setAccessibleName(tr("All activity of this connection"));
    m_all->setToolTip(tr("Opens the Activity view for this connection"));
    m_all->setAutoRaise(true);
    connect(m_all, &QToolButton::clicked, this, &RecentActivityList::allActivityRequested);
    m_rows->addWidget(m_all, 0, 0, 1, 2, Qt::AlignLeft);
}

RecentActivityList::~RecentActivityList() = default;

void RecentActivityList::setEntries(const QList<AuditEntry>& entries)
{
    // The trail is read again after every entry anywhere: most cards'
    // entries stay the same, and their labels with them.
    if (sameEntries(entries, m_entries) && m_lines.size() == entries.size()) {
        updateTimes(QDateTime::currentDateTimeUtc());
        return;
    }
    m_entries = entries;
    for (const auto& [what, when] : std::as_const(m_lines)) {
        delete what;
        delete when;
    }
    m_lines.clear();
    // Both roles: on a card (a Base background) labels draw in Text.
    QPalette problem = palette();
    problem.setColor(QPalette::WindowText, ProblemColor::on(problem));
    problem.setColor(QPalette::Text, ProblemColor::on(problem));
    m_rows->removeWidget(m_all);
    int row = 0;
    for (const AuditEntry& entry : entries) {
        // What may end in "…" on a narrow card; when it was never does.
        auto* what = new ElidedLabel(this);
        what->setObjectName(QStringLiteral("recentActivityLabel"));
        auto* when = new QLabel(this);
        when->setObjectName(QStringLiteral("recentActivityTimeLabel"));
        when->setTextFormat(Qt::PlainText);
        when->setForegroundRole(QPalette::PlaceholderText);
        if (!entry.succeeded())
            what->setPalette(problem);
        m_rows->addWidget(what, row, 0);
        m_rows->addWidget(when, row, 1, Qt::AlignRight);
        m_lines.append({ what, when });
        ++row;
    }
    m_rows->addWidget(m_all, row, 0, 1, 2, Qt::AlignLeft);
    updateTimes(QDateTime::currentDateTimeUtc());
}

void RecentActivityList::updateTimes(const QDateTime& now)
{
    for (qsizetype i = 0; i < m_lines.size() && i < m_entries.size(); ++i) {
        const AuditEntry& entry = m_entries.at(i);
        const QString line = ActivityPresentation::cardLine(entry, now);
        const auto& [what, when] = m_lines.at(i);
        what->setFullText(ActivityPresentation::cardEvent(entry),
                          line + QLatin1Char('\n') + ActivityPresentation::toolTip(entry));
        what->setAccessibleName(line);
        when->setText(RelativeTime::describe(entry.time, now));
    }
}

} // namespace Plugboard
