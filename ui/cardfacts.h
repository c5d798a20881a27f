#pragma once

#include "ui/statusbadge.h"

#include <QDateTime>
#include <QString>

namespace Plugboard {

/// What filtering and sorting need to know about one card, as plain values,
/// so CardFilter and CardOrder can be tested without widgets.
struct CardFacts
{
    QString cardId; ///< "platform/account" for an account, the platform id otherwise
    QString platformName;
    QString accountName; ///< empty on a platform's card
    QString stateLabel; ///< what the badge says, translated
    StatusBadge::Tone tone = StatusBadge::Tone::Neutral;
    QDateTime expiresAt; ///< invalid when unknown or not an account

    bool isAccount() const { return cardId.contains(QLatin1Char('/')); }
};

} // namespace Plugboard
