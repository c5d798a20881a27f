#include "ui/cardorder.h"

#include <algorithm>

namespace Plugboard {

namespace {

// Larger is more urgent: what the badge's colour already tells people.
int urgency(StatusBadge::Tone tone)
{
    switch (tone) {
    case StatusBadge::Tone::Broken:
        return 3;
    case StatusBadge::Tone::Attention:
        return 2;
    case StatusBadge::Tone::Busy:
        return 1;
    case StatusBadge::Tone::Good:
    case StatusBadge::Tone::Neutral:
        return 0;
    }
    return 0;
}

// -1, 0 or 1, by platform name then account name, as people read them.
int compareNames(const CardFacts& left, const CardFacts& right)
{
    if (const int byPlatform = left.platformName.localeAwareCompare(right.platformName); byPlatform != 0)
        return byPlatform;
    return left.accountName.localeAwareCompare(right.accountName);
}

} // namespace

void CardOrder::apply(QList<CardFacts>& cards) const
{
    std::stable_sort(cards.begin(), cards.end(),
                     [this](const CardFacts& left, const CardFacts& right) { return lessThan(left, right); });
}

bool CardOrder::lessThan(const CardFacts& left, const CardFacts& right) const
{
    if (m_sort != Sort::Name && left.isAccount() != right.isAccount())
        return left.isAccount();
    switch (m_sort) {
    case Sort::NeedsAttention:
        if (urgency(left.tone) != urgency(right.tone))
            return urgency(left.tone) > urgency(right.tone);
        break;
    case Sort::Expiry:
        if (left.expiresAt.isValid() != right.expiresAt.isValid())
            return left.expiresAt.isValid();
        if (left.expiresAt != right.expiresAt)
            return left.expiresAt < right.expiresAt;
        break;
    case Sort::Name:
        break;
    }
    return compareNames(left, right) < 0;
}

} // namespace Plugboard
