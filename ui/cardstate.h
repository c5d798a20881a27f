#pragma once

#include "core/connectionstate.h"

#include <QString>

namespace Plugboard {

/// Where a card's connection stands, as ConnectionCard::showState() takes
/// it: the card turns it into its badge, buttons and menu entries
/// (StatePresentation), problem line and countdown, so every caller shows a
/// state the same way. Every member has a default, so a caller names only
/// what it sets: `{ .state = ConnectionState::Ready }`.
struct CardState
{
    ConnectionState state = ConnectionState::NotSetUp;
    QString problem = {}; ///< what went wrong and what to do next; empty: none
    int secondsLeft = -1; ///< while waiting for the browser; negative: no countdown
    /// A provider the user added, which can be taken away again (here as in
    /// the CLI): its card offers "Remove provider…" as well.
    bool removableProvider = false;
    /// The platform takes API keys: no app credentials or redirect URI to
    /// offer, and "Reconnect" means entering a new key.
    bool usesApiKey = false;
    /// The platform has the device flow: whenever the card offers Connect or
    /// Reconnect, its menu also offers signing in on a phone or another
    /// computer.
    bool offersDevice = false;
};

} // namespace Plugboard
