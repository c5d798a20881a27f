#include "core/catalog/platformtexts.h"

#include <QCoreApplication>

namespace Plugboard {

namespace {

// The catalog translates when it loads, so a record holds the language that
// was installed then. Plugboard picks its language once, at start-up, before
// anything loads the catalog.
void translate(QString& text)
{
    if (!text.isEmpty())
        text = QCoreApplication::translate(kPlatformRecordContext, text.toUtf8().constData());
}

} // namespace

PlatformRecord translatedTexts(PlatformRecord record)
{
    for (QString& step : record.helpSteps)
        translate(step);
    for (CredentialField& field : record.credentials) {
        translate(field.label);
        translate(field.description);
    }
    for (ScopeInfo& scope : record.scopes)
        translate(scope.description);
    translate(record.refreshToken.note);
    return record;
}

} // namespace Plugboard
