#include "ui/backupconflictdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Plugboard {

namespace {

const char* const kItemKey = "itemKey";

} // namespace

BackupConflictDialog::BackupConflictDialog(const QList<BackupItem>& existing, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("backupConflictDialog"));
    setWindowTitle(tr("Already here"));
    auto* intro
        = new QLabel(tr("%n item(s) of the backup exist here already. Tick what the backup's copy should "
                        "replace; the rest stays as it is here. Everything else in the backup is "
                        "restored.",
                        nullptr, int(existing.size())),
                     this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setMinimumWidth(intro->fontMetrics().averageCharWidth() * 64);

    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    for (const BackupItem& item : existing) {
        auto* box = new QCheckBox(tr("Replace %1").arg(item.describe()), list);
        box->setObjectName(QStringLiteral("replaceCheckBox"));
        box->setProperty(kItemKey, item.key());
        listLayout->addWidget(box);
        m_boxes.append(box);
    }
    listLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("itemsScrollArea"));
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* replaceAll = buttons->addButton(tr("Replace all"), QDialogButtonBox::ActionRole);
    replaceAll->setObjectName(QStringLiteral("replaceAllPushButton"));
    connect(replaceAll, &QPushButton::clicked, this, [this] { setAll(true); });
    QPushButton* keepAll = buttons->addButton(tr("Keep all"), QDialogButtonBox::ActionRole);
    keepAll->setObjectName(QStringLiteral("keepAllPushButton"));
    connect(keepAll, &QPushButton::clicked, this, [this] { setAll(false); });
    QPushButton* accept = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptPushButton"));
    accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    if (!m_boxes.isEmpty())
        m_boxes.constFirst()->setFocus();
}

BackupConflictDialog::~BackupConflictDialog() = default;

QStringList BackupConflictDialog::replacedKeys() const
{
    QStringList keys;
    for (const QCheckBox* box : m_boxes) {
        if (box->isChecked())
            keys.append(box->property(kItemKey).toString());
    }
    return keys;
}

void BackupConflictDialog::setReplaced(const QString& key, bool replace)
{
    for (QCheckBox* box : std::as_const(m_boxes)) {
        if (box->property(kItemKey).toString() == key)
            box->setChecked(replace);
    }
}

void BackupConflictDialog::setAll(bool replace)
{
    for (QCheckBox* box : std::as_const(m_boxes))
        box->setChecked(replace);
}

} // namespace Plugboard
