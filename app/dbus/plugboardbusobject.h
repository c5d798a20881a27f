#pragma once

#include "core/error.h"

#include <QDBusVirtualObject>

#include <optional>

namespace Plugboard {

class BusService;

/// /org/plugboard/Plugboard1 on the bus. Handles raw messages rather than
/// exporting slots so that every call, whatever its signature, gets an
/// answer of ours: a wrong signature, an empty or oversized argument or an
/// unknown option is InvalidArgument with a readable message, never Qt's
/// generic UnknownMethod and never a crash. Introspection comes from the
/// interface's XML (BusInterface::introspection()).
class PlugboardBusObject final : public QDBusVirtualObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlugboardBusObject)

public:
    static constexpr qsizetype kMaxNameLength = 512;
    static constexpr qsizetype kMaxScopes = 64;

    explicit PlugboardBusObject(BusService* service);
    ~PlugboardBusObject() override;

    QString introspect(const QString& path) const override;
    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override;

private:
    /// Starts the request for a call whose signature matched, or answers
    /// InvalidArgument.
    void dispatch(const QDBusMessage& message, const QDBusConnection& connection);
    void listConnections(const QDBusMessage& message, const QDBusConnection& connection);
    /// Each starts its request, or returns why the arguments are refused.
    std::optional<Error> getAccessToken(const QDBusMessage& message);
    std::optional<Error> authorize(const QDBusMessage& message);
    std::optional<Error> secretCall(const QDBusMessage& message);

    BusService* m_service = nullptr;
};

} // namespace Plugboard
