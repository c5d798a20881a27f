#include "ui/grantlist.h"

#include "ui/elidedlabel.h"
#include "ui/grantpresentation.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace Plugboard {

GrantList::GrantList(QWidget* parent)
    : QWidget(parent)
    , m_rows(new QGridLayout(this))
{
    setObjectName(QStringLiteral("grantListWidget"));
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setHorizontalSpacing(8);
    m_rows->setVerticalSpacing(2);
    m_rows->setColumnStretch(0, 1);
}

GrantList::~GrantList() = default;

void GrantList::clearRows()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_usageLabels.clear();
}

void GrantList::setGrants(const QList<AppGrant>& grants)
{
    m_grants = grants;
    clearRows();
    int row = 0;
    for (const AppGrant& grant : grants) {
        const QString name = GrantPresentation::appName(grant.app);
        // A long id ends in "…" rather than widening the card; the
        // tooltip has all of it.
        auto* app = new ElidedLabel(this);
        app->setObjectName(QStringLiteral("grantAppLabel"));
        app->setFullText(name, grant.app);
        app->setAccessibleDescription(grant.app);
        auto* usage = new QLabel(this);
        usage->setObjectName(QStringLiteral("grantUsageLabel"));
        usage->setTextFormat(Qt::PlainText);
        usage->setWordWrap(true);
        usage->setForegroundRole(QPalette::PlaceholderText);
        m_usageLabels.append(usage);
        auto* revoke = new QPushButton(tr("Revoke"), this);
        revoke->setObjectName(QStringLiteral("revokeGrantPushButton"));
        revoke->setAccessibleName(tr("Revoke access for %1").arg(name));
        revoke->setToolTip(tr("%1 will have to ask again before it gets another token").arg(name));
        const QString id = grant.app;
        connect(revoke, &QPushButton::clicked, this, [this, id] { Q_EMIT revokeRequested(id); });
        m_rows->addWidget(app, 2 * row, 0);
        m_rows->addWidget(usage, 2 * row + 1, 0);
        m_rows->addWidget(revoke, 2 * row, 1, 2, 1, Qt::AlignVCenter);
        ++row;
    }
    updateTimes(QDateTime::currentDateTimeUtc());
}

void GrantList::updateTimes(const QDateTime& now)
{
    for (qsizetype i = 0; i < m_usageLabels.size() && i < m_grants.size(); ++i)
        m_usageLabels.at(i)->setText(GrantPresentation::usage(m_grants.at(i), now));
}

} // namespace Plugboard
