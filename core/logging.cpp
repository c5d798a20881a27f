#include "core/logging.h"

#include <QLoggingCategory>

#include <mutex>

namespace Plugboard::Logging {

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

void secretGuardFilter(QLoggingCategory* category)
{
    if (previousFilter)
        previousFilter(category); // the rules, as configured
    if (qstrncmp(category->categoryName(), "qt.networkauth", 14) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

} // namespace

void guardSecrets()
{
    static std::once_flag installed;
    std::call_once(installed, [] { previousFilter = QLoggingCategory::installFilter(secretGuardFilter); });
}

void applyDefaultRules()
{
    guardSecrets();
    if (qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        return;
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
}

} // namespace Plugboard::Logging
