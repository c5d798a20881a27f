#pragma once

#include "core/connectionstate.h"
#include "ui/connectioncard.h"
#include "ui/statusbadge.h"

namespace Plugboard::StatePresentation {

/// How a card shows a state: the badge's tone, and the buttons and menu
/// items that make sense in it. The one place the GUI maps the core state
/// model to what people see and can do.
StatusBadge::Tone tone(ConnectionState state);
ConnectionCard::Actions actions(ConnectionState state);

} // namespace Plugboard::StatePresentation
