#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace Plugboard {

/// One application's standing permission to take a connection's tokens
/// through the D-Bus API, kept with the connection (Connection::grants), so
/// it goes away with it. Never a secret: who may ask, and how often it did.
struct AppGrant
{
    /// Who holds it: an executable's or script's absolute path
    /// ("/usr/bin/gnome-calendar"), "flatpak:ID" or "snap:NAME".
    QString app;
    QDateTime granted; ///< UTC
    QDateTime lastUsed; ///< UTC; invalid until the first hand-out
    qint64 uses = 0; ///< tokens handed out under this grant

    /// Fails with InvalidArgument, saying what an application id looks
    /// like, unless `app` is an absolute path without "." or ".." parts, a
    /// "flatpak:" reverse-DNS id or a "snap:" name.
    static Result<void> checkApp(const QString& app);

    friend bool operator==(const AppGrant&, const AppGrant&) = default;
};

} // namespace Plugboard
