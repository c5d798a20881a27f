#include "ui/settingsdialog.h"

#include "ui/problemcolor.h"
#include "ui/settingspage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Plugboard {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    m_problem->setObjectName(QStringLiteral("settingsProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, ProblemColor::on(problemPalette));
    m_problem->setPalette(problemPalette);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(SettingsPage* page)
{
    m_pages.append(page);
    m_tabs->addTab(page, page->title());
    connect(page, &SettingsPage::changeRequested, this, &SettingsDialog::changeRequested);
}

void SettingsDialog::showSetting(const QString& key, const QString& value, const QStringList& available)
{
    for (SettingsPage* page : std::as_const(m_pages)) {
        if (page->showSetting(key, value, available))
            return;
    }
}

void SettingsDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool SettingsDialog::event(QEvent* event)
{
    if (event->type() == QEvent::WindowActivate)
        Q_EMIT refreshRequested();
    return QDialog::event(event);
}

} // namespace Plugboard
