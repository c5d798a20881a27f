#include "core/lifecycle/tokenneed.h"

#include <algorithm>

namespace Plugboard {

bool TokenNeed::isMetBy(const TokenSet& tokens) const
{
    if (renewal == Renewal::Always || isRejected(tokens))
        return false;
    return tokens.isValidFor(tokens.attainableValidity(minValidity));
}

bool TokenNeed::isRejected(const TokenSet& tokens) const
{
    return renewal != Renewal::IfExpiring && !rejectedAccessToken.isEmpty()
        && tokens.accessToken == rejectedAccessToken;
}

bool TokenNeed::isRenewedElsewhere(const TokenSet& tokens) const
{
    return !seenAccessToken.isEmpty() && tokens.accessToken != seenAccessToken
        && tokens.accessToken != rejectedAccessToken && tokens.isValidFor(std::chrono::seconds(0));
}

void TokenNeed::merge(const TokenNeed& other)
{
    minValidity = std::max(minValidity, other.minValidity);
    renewal = std::max(renewal, other.renewal);
    if (rejectedAccessToken.isEmpty())
        rejectedAccessToken = other.rejectedAccessToken;
}

} // namespace Plugboard
