// The baseline for bench_startup: the smallest Qt Widgets program with a
// window, a QMainWindow holding one label. With PLUGBOARD_REPORT_SHOWN=1 it
// prints "PLUGBOARD_SHOWN" when its window is first exposed, exactly as
// plugboard does (app/gui/shownmarker.cpp), so both are timed the same way.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QWindow>

#include <cstdio>

namespace {

// The same few lines as Plugboard::ShownMarker, kept apart so this program
// links nothing of Plugboard's.
class ShownMarker final : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose) {
            if (const auto* window = qobject_cast<QWindow*>(watched); window && window->isExposed()) {
                std::fputs("PLUGBOARD_SHOWN\n", stdout);
                std::fflush(stdout);
                QCoreApplication::instance()->removeEventFilter(this);
            }
        }
        return false;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    ShownMarker marker;
    if (qEnvironmentVariableIntValue("PLUGBOARD_REPORT_SHOWN") == 1)
        app.installEventFilter(&marker);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal"));
    window.setCentralWidget(new QLabel(QStringLiteral("A minimal Qt Widgets window")));
    window.resize(880, 620);
    window.show();
    return QApplication::exec();
}
