#include "app/cli/platformdescription.h"

#include "core/catalog/platformtemplate.h"
#include "core/oauth/redirecturi.h"

#include <QJsonArray>

namespace Plugboard::Cli::PlatformDescription {

namespace {

QJsonObject endpointsOf(const PlatformRecord& record)
{
    QJsonObject endpoints;
    const std::pair<const char*, QUrl> named[] = {
        { "authorization", record.authorizationEndpoint },
        { "token", record.tokenEndpoint },
        { "revocation", record.revocationEndpoint },
        { "userinfo", record.userinfoEndpoint },
        { "device_authorization", record.deviceAuthorizationEndpoint },
    };
    for (const auto& [name, url] : named) {
        if (!url.isEmpty())
            endpoints.insert(QLatin1String(name), url.toString());
    }
    return endpoints;
}

} // namespace

QJsonObject ofPlatform(const PlatformRecord& record)
{
    const bool oauth = record.authKind == AuthKind::OAuth2;
    QJsonObject platform {
        { QStringLiteral("id"), record.id },
        { QStringLiteral("name"), record.name },
        { QStringLiteral("custom"), record.custom },
        { QStringLiteral("auth_kind"), oauth ? QStringLiteral("oauth2") : QStringLiteral("token") },
        { QStringLiteral("default_scopes"), QJsonArray::fromStringList(record.defaultScopes()) },
        { QStringLiteral("endpoints"), endpointsOf(record) },
    };
    if (oauth) // API keys go nowhere near a redirect
        platform.insert(QStringLiteral("redirect_uri"),
                        RedirectUri::forRegistration(record.redirect).toString());
    if (!record.templateId.isEmpty()) {
        QJsonObject parameters;
        for (auto it = record.templateParameters.cbegin(); it != record.templateParameters.cend(); ++it)
            parameters.insert(it.key(), it.value());
        platform.insert(QStringLiteral("template"), record.templateId);
        platform.insert(QStringLiteral("parameters"), parameters);
    }
    return platform;
}

QJsonObject ofTemplate(const PlatformTemplate& from)
{
    QJsonArray parameters;
    for (const TemplateParameter& parameter : from.parameters())
        parameters.append(QJsonObject { { QStringLiteral("name"), parameter.name },
                                        { QStringLiteral("label"), parameter.label },
                                        { QStringLiteral("description"), parameter.description },
                                        { QStringLiteral("example"), parameter.example } });
    return { { QStringLiteral("id"), from.id() },
             { QStringLiteral("name"), from.name() },
             { QStringLiteral("registers_app"), from.registration() != AppRegistration::Manual },
             { QStringLiteral("parameters"), parameters } };
}

} // namespace Plugboard::Cli::PlatformDescription
