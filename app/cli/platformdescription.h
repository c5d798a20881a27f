#pragma once

#include "core/catalog/platformrecord.h"

#include <QJsonObject>

namespace Plugboard {
class PlatformTemplate;
}

namespace Plugboard::Cli {

/// What `providers --json` says about platforms and templates: ids, names,
/// endpoints and parameters, never anything secret.
namespace PlatformDescription {

/// {"id","name","custom","auth_kind","redirect_uri","default_scopes",
/// "endpoints":{…},"template","parameters":{…}}; the last two only for a
/// platform made from a template.
QJsonObject ofPlatform(const PlatformRecord& record);
/// {"id","name","registers_app","parameters":[{"name","label","description","example"}]}.
QJsonObject ofTemplate(const PlatformTemplate& from);

} // namespace PlatformDescription
} // namespace Plugboard::Cli
