#include "app/dbus/grantusebook.h"

#include "core/storage/connectionstore.h"

#include <QLoggingCategory>

namespace Plugboard {

namespace {

Q_LOGGING_CATEGORY(lcGrantUse, "plugboard.dbus.grants")

} // namespace

GrantUseBook::GrantUseBook(ConnectionStore* connections, QObject* parent)
    : QObject(parent)
    , m_connections(connections)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &GrantUseBook::flush);
}

GrantUseBook::~GrantUseBook()
{
    flush();
}

void GrantUseBook::note(const QString& connectionId, const QString& app)
{
    Pending& pending = m_pending[connectionId][app];
    ++pending.uses;
    pending.lastUsed = QDateTime::currentDateTimeUtc();
    if (!m_timer.isActive())
        m_timer.start();
}

void GrantUseBook::flush()
{
    m_timer.stop();
    const QHash<QString, QHash<QString, Pending>> pending = std::exchange(m_pending, {});
    for (auto connection = pending.cbegin(); connection != pending.cend(); ++connection) {
        const QHash<QString, Pending>& uses = connection.value();
        const Result<void> noted = m_connections->update(connection.key(), [&uses](Connection& stored) {
            for (AppGrant& grant : stored.grants) {
                const auto it = uses.constFind(grant.app);
                if (it == uses.cend())
                    continue;
                grant.lastUsed = it->lastUsed;
                grant.uses += it->uses;
            }
        });
        // A connection removed meanwhile took its grants with it.
        if (!noted && noted.error().code != ErrorCode::UnknownConnection)
            qCWarning(lcGrantUse) << "could not record hand-outs:" << noted.error().codeName();
    }
}

} // namespace Plugboard
