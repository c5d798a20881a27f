#include "core/catalog/platformrecord.h"

#include <QHostAddress>

namespace Plugboard {

QStringList PlatformRecord::defaultScopes() const
{
    QStringList names;
    for (const ScopeInfo& scope : scopes) {
        if (scope.isDefault)
            names.append(scope.name);
    }
    return names;
}

const ScopeInfo* PlatformRecord::scope(const QString& scopeName) const
{
    for (const ScopeInfo& info : scopes) {
        if (info.name == scopeName)
            return &info;
    }
    return nullptr;
}

const CredentialField* PlatformRecord::credentialField(const QString& key) const
{
    for (const CredentialField& field : credentials) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

const CredentialField* PlatformRecord::credentialOfType(CredentialType type) const
{
    for (const CredentialField& field : credentials) {
        if (field.type == type)
            return &field;
    }
    return nullptr;
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAllowedEndpoint(const QUrl& url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

} // namespace Plugboard
