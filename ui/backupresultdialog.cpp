#include "ui/backupresultdialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace Plugboard {

BackupResultDialog::BackupResultDialog(const QList<BackupItem>& restored, const QList<BackupItem>& kept,
                                       const QList<BackupFailure>& failed, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("backupResultDialog"));
    setWindowTitle(tr("Backup imported"));
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setWordWrap(true);
    summary->setText(
        failed.isEmpty()
            ? tr("Restored %n item(s) from the backup.", nullptr, int(restored.size()))
            : tr("Restored %n item(s) from the backup. Some could not be restored; see why below.", nullptr,
                 int(restored.size())));
    m_list->setObjectName(QStringLiteral("resultListWidget"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setAccessibleName(tr("What the import did"));

    QStringList entries;
    for (const BackupItem& item : restored)
        entries.append(item.describe());
    addSection(tr("Restored"), entries);
    entries.clear();
    for (const BackupItem& item : kept)
        entries.append(item.describe());
    addSection(tr("Kept as it was here"), entries);
    entries.clear();
    for (const BackupFailure& failure : failed)
        entries.append(tr("%1: %2").arg(failure.item.describe(), failure.error.message));
    addSection(tr("Not restored"), entries);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePushButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    const QSize preferred(640, 420);
    const QScreen* screen = QGuiApplication::primaryScreen();
    resize(screen ? preferred.boundedTo(screen->availableSize() * 9 / 10) : preferred);
}

BackupResultDialog::~BackupResultDialog() = default;

QStringList BackupResultDialog::lines() const
{
    QStringList lines;
    for (int row = 0; row < m_list->count(); ++row)
        lines.append(m_list->item(row)->text());
    return lines;
}

void BackupResultDialog::addSection(const QString& heading, const QStringList& entries)
{
    if (entries.isEmpty())
        return;
    auto* title = new QListWidgetItem(heading, m_list);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setFlags(Qt::ItemIsEnabled);
    for (const QString& entry : entries) {
        auto* line = new QListWidgetItem(entry, m_list);
        line->setFlags(Qt::ItemIsEnabled);
        line->setToolTip(entry);
    }
}

} // namespace Plugboard
