#pragma once

#include "ui/cardfacts.h"

#include <QList>

namespace Plugboard {

/// The order cards are shown in. Accounts always come before platforms
/// without one, except when sorting by name, where people look for a name.
/// Sorting is stable: equal cards keep the order they came in.
class CardOrder
{
public:
    enum class Sort {
        NeedsAttention, ///< broken first, then needs attention, then busy, then fine; then by name
        Name, ///< platform name, then account name
        Expiry, ///< the token that runs out first comes first; unknown expiry last
    };

    explicit CardOrder(Sort sort = Sort::NeedsAttention)
        : m_sort(sort)
    { }

    Sort sort() const { return m_sort; }
    void setSort(Sort sort) { m_sort = sort; }

    void apply(QList<CardFacts>& cards) const;
    bool lessThan(const CardFacts& left, const CardFacts& right) const;

private:
    Sort m_sort;
};

} // namespace Plugboard
