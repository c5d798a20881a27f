#include "ui/generalsettingspage.h"

#include "core/settings/settingsregistry.h"

#include <QCheckBox>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace Plugboard {

GeneralSettingsPage::GeneralSettingsPage(QWidget* parent)
    : SettingsPage(parent)
{
    setObjectName(QStringLiteral("generalSettingsPage"));
    auto* layout = new QVBoxLayout(this);
    m_startWithSession = addSwitch(
        SettingsRegistry::kStartWithSession, tr("&Start Plugboard when I log in"),
        tr("It starts in the tray, without its window, and keeps your connections fresh. Your desktop's own "
           "settings list it under start-up applications."));
    m_startWithSession->setObjectName(QStringLiteral("startWithSessionCheckBox"));
    m_notifications = addSwitch(SettingsRegistry::kNotifications, tr("Show &notifications"),
                                tr("A desktop notification when a connection needs you, such as signing in "
                                   "again. The tray icon shows it either way."));
    m_notifications->setObjectName(QStringLiteral("notificationsCheckBox"));
    layout->addStretch();
}

GeneralSettingsPage::~GeneralSettingsPage() = default;

QString GeneralSettingsPage::title() const
{
    return tr("&General");
}

QCheckBox* GeneralSettingsPage::addSwitch(const QString& key, const QString& text, const QString& explanation)
{
    auto* box = new QCheckBox(text, this);
    auto* label = new QLabel(explanation, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setIndent(box->style()->pixelMetric(QStyle::PM_IndicatorWidth)
                     + box->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
    label->setForegroundRole(QPalette::PlaceholderText);
    box->setAccessibleDescription(explanation);
    // clicked, not toggled: only the person's click asks for a change, not showSetting().
    connect(box, &QCheckBox::clicked, this, [this, key](bool checked) {
        Q_EMIT changeRequested(key, checked ? SettingsRegistry::kOn : SettingsRegistry::kOff);
    });
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->addWidget(box);
    layout->addWidget(label);
    layout->addSpacing(label->fontMetrics().height() / 2);
    return box;
}

bool GeneralSettingsPage::showSetting(const QString& key, const QString& value,
                                      const QStringList& /*available*/)
{
    QCheckBox* box = key == SettingsRegistry::kStartWithSession ? m_startWithSession
        : key == SettingsRegistry::kNotifications               ? m_notifications
                                                                : nullptr;
    if (box)
        box->setChecked(value == SettingsRegistry::kOn);
    return box != nullptr;
}

} // namespace Plugboard
