#include "ui/statepresentation.h"

namespace Plugboard::StatePresentation {

using Action = ConnectionCard::Action;

StatusBadge::Tone tone(ConnectionState state)
{
    switch (state) {
    case ConnectionState::NotSetUp:
    case ConnectionState::Ready:
        return StatusBadge::Tone::Neutral;
    case ConnectionState::Connecting:
    case ConnectionState::Refreshing:
        return StatusBadge::Tone::Busy;
    case ConnectionState::Connected:
        return StatusBadge::Tone::Good;
    case ConnectionState::Expiring:
    case ConnectionState::Degraded:
    case ConnectionState::NeedsReconsent:
        return StatusBadge::Tone::Attention;
    case ConnectionState::NeedsReconnect:
    case ConnectionState::Error:
        return StatusBadge::Tone::Broken;
    }
    return StatusBadge::Tone::Neutral;
}

ConnectionCard::Actions actions(ConnectionState state)
{
    const ConnectionCard::Actions platformMenu = Action::CopyRedirectUri | Action::EditCredentials;
    const ConnectionCard::Actions accountMenu = platformMenu | Action::AddAccount | Action::CheckNow;
    switch (state) {
    case ConnectionState::NotSetUp:
        return Action::SetUpCredentials | Action::CopyRedirectUri;
    case ConnectionState::Ready:
        return Action::Connect | platformMenu;
    case ConnectionState::Connecting:
        return Action::CopySignInLink | Action::Cancel;
    case ConnectionState::Connected:
    case ConnectionState::Refreshing:
    case ConnectionState::Degraded:
        return Action::Disconnect | accountMenu;
    case ConnectionState::Expiring: // cannot renew itself: signing in again is the way
    case ConnectionState::NeedsReconsent:
        return Action::Reconnect | Action::Disconnect | accountMenu;
    case ConnectionState::NeedsReconnect:
    case ConnectionState::Error:
        // Nothing left to disconnect from: what remains is the account's
        // entry, so the menu says "Remove account" rather than a button
        // competing with Reconnect.
        return Action::Reconnect | Action::RemoveAccount | accountMenu;
    }
    return {};
}

} // namespace Plugboard::StatePresentation
