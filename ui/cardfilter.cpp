#include "ui/cardfilter.h"

namespace Plugboard {

void CardFilter::setText(const QString& text)
{
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool CardFilter::matches(const CardFacts& card) const
{
    for (const QString& word : m_words) {
        if (!card.platformName.contains(word, Qt::CaseInsensitive)
            && !card.accountName.contains(word, Qt::CaseInsensitive)
            && !card.stateLabel.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Plugboard
