#pragma once

#include "ui/settingspage.h"

class QCheckBox;

namespace Plugboard {

/// Settings ▸ General: start with the session, notifications.
class GeneralSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralSettingsPage)

public:
    explicit GeneralSettingsPage(QWidget* parent = nullptr);
    ~GeneralSettingsPage() override;

    QString title() const override;
    bool showSetting(const QString& key, const QString& value, const QStringList& available) override;

private:
    QCheckBox* addSwitch(const QString& key, const QString& text, const QString& explanation);

    QCheckBox* m_startWithSession = nullptr;
    QCheckBox* m_notifications = nullptr;
};

} // namespace Plugboard
