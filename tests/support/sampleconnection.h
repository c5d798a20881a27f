#pragma once

#include "core/storage/connection.h"

#include <QStringList>

#include <chrono>

namespace Plugboard::Test {

/// A connected account's metadata as the window shows it, for widget tests
/// that need cards in given states: renewable, checked a minute ago, its
/// token expiring in `expiresIn`, `scopes` both asked for and granted.
Connection sampleConnection(const QString& platformId, const QString& accountName, ConnectionState state,
                            std::chrono::seconds expiresIn = std::chrono::minutes(42),
                            const QStringList& scopes = {});

} // namespace Plugboard::Test
