#include "core/lifecycle/tokenneed.h"

#include <algorithm>

namespace Plugboard {

bool TokenNeed::isMetBy(const TokenSet& tokens) const
{
    if (renewAlways)
        return false;
    if (!rejectedAccessToken.isEmpty() && tokens.accessToken == rejectedAccessToken)
        return false;
    return tokens.isValidFor(tokens.attainableValidity(minValidity));
}

bool TokenNeed::isRenewedElsewhere(const TokenSet& tokens) const
{
    return !seenAccessToken.isEmpty() && tokens.accessToken != seenAccessToken
        && tokens.accessToken != rejectedAccessToken && tokens.isValidFor(std::chrono::seconds(0));
}

void TokenNeed::merge(const TokenNeed& other)
{
    minValidity = std::max(minValidity, other.minValidity);
    renewAlways = renewAlways || other.renewAlways;
}

} // namespace Plugboard
