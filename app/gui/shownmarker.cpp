#include "app/gui/shownmarker.h"

#include "app/gui/startupmarks.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWindow>

#include <cstdio>

namespace Plugboard {

void ShownMarker::installIfRequested()
{
    if (qEnvironmentVariableIntValue("PLUGBOARD_REPORT_SHOWN") != 1)
        return;
    // An application-wide filter sees the expose event of whichever window
    // comes first, without knowing about the window classes.
    QCoreApplication::instance()->installEventFilter(new ShownMarker);
}

bool ShownMarker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Expose) {
        if (const auto* window = qobject_cast<QWindow*>(watched); window && window->isExposed()) {
            StartupMarks::mark("first frame");
            std::fputs("PLUGBOARD_SHOWN\n", stdout);
            std::fflush(stdout);
            QCoreApplication::instance()->removeEventFilter(this);
            deleteLater();
        }
    }
    return false;
}

} // namespace Plugboard
