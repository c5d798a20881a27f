#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

class QNetworkProxy;

namespace Plugboard {

/// Which proxy Plugboard's requests go through: a value read from and
/// written to the settings file (ApplicationInfo::settingsFilePath(), group
/// `proxy`). The password is never in it: it is a secret, kept in the secret
/// store under passwordKey() (see NetworkProxy).
///
/// Whatever the mode, loopback addresses are never proxied (ProxyFactory).
struct ProxySettings
{
    enum class Mode {
        System, ///< what the desktop and the environment say (http_proxy, https_proxy, no_proxy…)
        None, ///< every request goes direct
        Manual, ///< the proxy below
    };
    enum class Type { Http, Socks5 };

    Mode mode = Mode::System;
    Type type = Type::Http; ///< Manual only
    QString host; ///< Manual only: a name or an address, no scheme
    int port = 0; ///< Manual only: 1-65535
    QString user; ///< Manual only; empty: the proxy asks for no sign-in

    /// Reads the group `proxy` of `settingsFile` (the settings file when
    /// empty). Nothing there gives the default (System). Values are returned
    /// as read, valid or not, so a dialog can show them; NetworkProxy uses the
    /// system settings instead of Manual settings that do not validate.
    static ProxySettings load(const QString& settingsFile = {});
    /// Validates, then writes the group `proxy` (Manual fields are removed
    /// for the other modes). InvalidArgument when validate() fails,
    /// StorageFailed when the file cannot be written.
    Result<void> save(const QString& settingsFile = {}) const;
    /// InvalidArgument with a message that says which field is wrong and how
    /// to fix it; success for System and None whatever the other fields hold.
    Result<void> validate() const;

    /// The QNetworkProxy for Manual settings (without the password);
    /// NoProxy for the other modes.
    QNetworkProxy toNetworkProxy() const;
    /// "HTTP proxy proxy.example.com:3128", "system proxy settings", "no proxy":
    /// for messages and `diagnose`.
    QString describe() const;

    /// The secret store key of the proxy password: "proxy/password".
    static QString passwordKey();
    /// The names written in the settings file ("system", "none", "manual";
    /// "http", "socks5"), for `plugboard-cli config`.
    static QString modeName(Mode mode);
    static QString typeName(Type type);
    /// Parses a name from modeName()/typeName(); nullopt for anything else.
    static std::optional<Mode> modeFromName(const QString& name);
    static std::optional<Type> typeFromName(const QString& name);

    bool operator==(const ProxySettings&) const = default;
};

} // namespace Plugboard
