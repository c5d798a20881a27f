#include "ui/settingspage.h"

namespace Plugboard {

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
{ }

SettingsPage::~SettingsPage() = default;

} // namespace Plugboard
