#include "app/dbus/tokenmemory.h"

#include "core/lifecycle/tokenneed.h"

namespace Plugboard {

TokenMemory::Handout TokenMemory::handoutOf(const TokenSet& tokens)
{
    Handout handout;
    handout.renewable = !tokens.refreshToken.isEmpty();
    handout.tokens = tokens;
    handout.tokens.refreshToken.clear();
    handout.tokens.idToken.clear();
    return handout;
}

TokenMemory::Stamp TokenMemory::stampOf(const Connection& connection)
{
    return { connection.expiresAt, connection.state, connection.refreshable, connection.clientFingerprint };
}

std::optional<TokenMemory::Handout> TokenMemory::find(const Connection& stored,
                                                      std::chrono::seconds minValidity) const
{
    const auto it = m_entries.constFind(stored.id());
    if (it == m_entries.cend() || it->stamp != stampOf(stored)
        || stored.state == ConnectionState::NeedsReconnect)
        return std::nullopt;
    TokenNeed need;
    need.minValidity = minValidity;
    if (!need.isMetBy(it->handout.tokens))
        return std::nullopt; // the token service renews it, single-flight
    return it->handout;
}

void TokenMemory::remember(const Connection& stored, const Handout& handout)
{
    if (handout.tokens.accessToken.isEmpty() || !handout.tokens.refreshToken.isEmpty()
        || !handout.tokens.idToken.isEmpty())
        return; // handoutOf() makes what may be kept
    m_entries.insert(stored.id(), { stampOf(stored), handout });
}

void TokenMemory::forget(const QString& connectionId)
{
    m_entries.remove(connectionId);
}

void TokenMemory::prune(const QList<Connection>& connections)
{
    QHash<QString, Stamp> now;
    for (const Connection& connection : connections)
        now.insert(connection.id(), stampOf(connection));
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const auto found = now.constFind(it.key());
        if (found == now.cend() || *found != it->stamp)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

} // namespace Plugboard
