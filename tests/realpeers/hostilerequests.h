#pragma once

#include <QByteArray>
#include <QList>

namespace Plugboard::Test {

/// One request a hostile local client sends to a loopback listener while a
/// sign-in waits, and what a correct listener does with it.
struct HostileRequest
{
    QByteArray category;
    QList<QByteArray> chunks; ///< separate TCP writes
    int gapMs = 0; ///< between chunks
    QList<int> statuses; ///< the right answers
    /// Closing without an answer (or a reset) is right too: a request the
    /// listener stopped reading (too large, too slow, dropped for room).
    bool mayCloseSilently = false;
    /// Texts one of which the answer's page must hold (proves which check
    /// turned it away, e.g. that a split request was reassembled and judged
    /// by its state); empty: any page.
    QList<QByteArray> pages;
};

/// What the listener under attack is waiting for.
struct ListenerTarget
{
    quint16 port = 0;
    QByteArray hostHeader; ///< "127.0.0.1:PORT", as a browser sends it
    QByteArray path; ///< "/callback"
    QByteArray state; ///< the sign-in's real state
};

/// The catalogue of hostile requests: malformed, oversized, slow, split,
/// wrong path, wrong method, wrong state, no code, repeated parameters, NUL
/// bytes, non-UTF-8 and foreign Host headers. Deterministic: request `index`
/// is always the same one.
namespace HostileRequests {

/// Every category the flood cycles through (slowloris is separate: it holds
/// its connection for seconds).
QList<QByteArray> floodCategories();
HostileRequest flood(int index, const ListenerTarget& target);
/// A slow client: a request head trickled a few bytes a second, or nothing at all.
HostileRequest slowloris(int index, const ListenerTarget& target);
/// A connection that sends nothing, one of a crowd opened at once to fill
/// every slot of the listener.
HostileRequest idle();
/// A harmless request whose answer time shows the listener is responsive.
HostileRequest probe(const ListenerTarget& target);

} // namespace HostileRequests
} // namespace Plugboard::Test
