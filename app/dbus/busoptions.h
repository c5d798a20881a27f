#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QVariant>

#include <chrono>

namespace Plugboard {

/// The a{sv} options of GetAccessToken and Authorize, checked: known keys
/// with the right types, nothing else.
struct BusOptions
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::BusOptions)

public:
    static constexpr std::chrono::seconds kDefaultMinValidity { 60 };
    /// A token valid for longer than a day is not "minimum validity" but a
    /// wish no platform grants; larger values are refused.
    static constexpr std::chrono::seconds kMaxMinValidity { 24 * 3600 };

    std::chrono::seconds minValidity = kDefaultMinValidity;
    bool interactive = true;

    /// Reads `argument` (a demarshalled a{sv}); `acceptsMinValidity` is
    /// false for Authorize. InvalidArgument names the offending key.
    static Result<BusOptions> parse(const QVariant& argument, bool acceptsMinValidity);
};

} // namespace Plugboard
