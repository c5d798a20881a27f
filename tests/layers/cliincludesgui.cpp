// Must not compile: the command line links core only, so it cannot see the
// desktop app's or the widgets' headers.
#include "app/gui/desktopapplication.h"
