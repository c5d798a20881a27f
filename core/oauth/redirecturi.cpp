#include "core/oauth/redirecturi.h"

namespace Plugboard::RedirectUri {

QUrl forRegistration(const RedirectRule& rule)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(rule.host);
    if (rule.port != 0)
        url.setPort(rule.port);
    url.setPath(rule.path);
    return url;
}

} // namespace Plugboard::RedirectUri
