#pragma once

class QWidget;

namespace Plugboard::RegistrationHelp {

/// A short page on why each platform wants an app registered before anyone
/// can connect, and what to copy from its developer console. Non-modal;
/// reachable from the welcome panel, every credentials form and Help.
/// Returns the dialog (object name "registrationHelpDialog"), which deletes
/// itself when closed.
QWidget* show(QWidget* parent);

} // namespace Plugboard::RegistrationHelp
