#include "logging.h"

#include <QLoggingCategory>

namespace Plugboard::Logging {

void applyDefaultRules()
{
    if (qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        return;
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
}

} // namespace Plugboard::Logging
