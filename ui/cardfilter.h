#pragma once

#include "ui/cardfacts.h"

#include <QStringList>

namespace Plugboard {

/// Decides which cards the filter box lets through. Every word typed must
/// appear (case-insensitively) in the platform name, the account name or the
/// state label, so "google needs" finds Google accounts that need attention.
class CardFilter
{
public:
    CardFilter() = default;

    void setText(const QString& text);
    QString text() const { return m_text; }
    /// False for an empty or blank filter: every card matches.
    bool isActive() const { return !m_words.isEmpty(); }
    bool matches(const CardFacts& card) const;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace Plugboard
