#include "app/dbus/consentprompter.h"

namespace Plugboard {

ConsentPrompter::ConsentPrompter(QObject* parent)
    : QObject(parent)
{ }

ConsentPrompter::~ConsentPrompter() = default;

} // namespace Plugboard
