#include "ui/grantsdialog.h"

#include "ui/relativetime.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Plugboard {

namespace {

QTableWidgetItem* item(const QString& text, const QString& toolTip = QString())
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    cell->setToolTip(toolTip);
    return cell;
}

QString dateTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString date(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

} // namespace

GrantsDialog::GrantsDialog(QWidget* parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("grantsDialog"));
    setWindowTitle(tr("App access"));
    m_pages->addWidget(createEmptyPage());
    m_pages->addWidget(createTablePage());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePushButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    const QSize preferred(780, 440);
    const QScreen* screen = QGuiApplication::primaryScreen();
    resize(screen ? preferred.boundedTo(screen->availableSize() * 9 / 10) : preferred);
    setGrants({});
}

GrantsDialog::~GrantsDialog() = default;

QWidget* GrantsDialog::createEmptyPage()
{
    auto* page = new QWidget(this);
    auto* title = new QLabel(tr("No app has access to your connections"), page);
    title->setObjectName(QStringLiteral("grantsEmptyTitleLabel"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    title->setAlignment(Qt::AlignCenter);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_empty = new QLabel(page);
    m_empty->setObjectName(QStringLiteral("grantsEmptyLabel"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(
        tr("Desktop apps can ask Plugboard for an account's access tokens over D-Bus. The first time an app "
           "asks, Plugboard shows who is asking and for which account, and you choose: allow once, always "
           "allow, or deny. Apps you always allow are listed here until you revoke their access."));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addStretch();
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(m_empty);
    layout->addStretch();
    return page;
}

QWidget* GrantsDialog::createTablePage()
{
    auto* page = new QWidget(this);
    m_table = new QTableWidget(0, ColumnCount, page);
    m_table->setObjectName(QStringLiteral("grantsTableWidget"));
    m_table->setAccessibleName(tr("Apps with access"));
    m_table->setHorizontalHeaderLabels(
        { tr("Application"), tr("Connection"), tr("Granted"), tr("Last used"), tr("Uses") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // a path's start and file name both matter
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ApplicationColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConnectionColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GrantsDialog::updateRevokeButton);

    auto* hint
        = new QLabel(tr("A revoked app gets no further token. If it asks again, you decide again."), page);
    hint->setObjectName(QStringLiteral("revokeHintLabel"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_revoke = new QPushButton(tr("&Revoke"), page);
    m_revoke->setObjectName(QStringLiteral("revokePushButton"));
    m_revoke->setAccessibleName(tr("Revoke the selected app's access"));
    m_revoke->setAutoDefault(false);
    connect(m_revoke, &QPushButton::clicked, this, &GrantsDialog::revokeSelected);

    auto* row = new QHBoxLayout;
    row->addWidget(hint, 1);
    row->addWidget(m_revoke, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    return page;
}

void GrantsDialog::setGrants(const QList<GrantEntry>& grants)
{
    const int selected = selectedRow();
    const GrantEntry previous = selected >= 0 ? m_grants.at(selected) : GrantEntry();
    m_grants = grants;
    m_table->clearContents();
    m_table->setRowCount(int(grants.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < grants.size(); ++row) {
        fillRow(row, grants.at(row), now);
        if (selected >= 0 && grants.at(row).connectionId == previous.connectionId
            && grants.at(row).grant.app == previous.grant.app)
            m_table->selectRow(row);
    }
    m_pages->setCurrentIndex(grants.isEmpty() ? 0 : 1);
    updateRevokeButton();
}

void GrantsDialog::fillRow(int row, const GrantEntry& entry, const QDateTime& now)
{
    const AppGrant& grant = entry.grant;
    m_table->setItem(row, ApplicationColumn, item(GrantPresentation::appName(grant.app), grant.app));
    m_table->setItem(row, ConnectionColumn, item(entry.connectionName, entry.connectionId));
    m_table->setItem(row, GrantedColumn, item(date(grant.granted), dateTime(grant.granted)));
    const bool used = grant.lastUsed.isValid() && grant.uses > 0;
    m_table->setItem(
        row, LastUsedColumn,
        item(used ? RelativeTime::describe(grant.lastUsed, now) : tr("not yet"), dateTime(grant.lastUsed)));
    QTableWidgetItem* uses = item(QLocale().toString(grant.uses));
    uses->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, UsesColumn, uses);
}

int GrantsDialog::selectedRow() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty() || ranges.first().topRow() >= m_grants.size())
        return -1;
    return ranges.first().topRow();
}

void GrantsDialog::updateRevokeButton()
{
    m_revoke->setEnabled(selectedRow() >= 0);
}

void GrantsDialog::revokeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const GrantEntry entry = m_grants.at(row); // the receiver may call setGrants()
    Q_EMIT revokeRequested(entry.connectionId, entry.grant.app);
}

} // namespace Plugboard
