#pragma once

#include <QObject>

namespace Plugboard {

/// For the start-up benchmark (tests/benchmarks/bench_startup.cpp): with
/// PLUGBOARD_REPORT_SHOWN=1 in the environment, prints one line,
/// "PLUGBOARD_SHOWN", on standard output when the first window is exposed
/// (on screen, or drawn on the offscreen platform), then gets out of the
/// way. Without the variable it does nothing and costs nothing.
class ShownMarker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShownMarker)

public:
    /// Watches the application's windows when the variable asks for it.
    static void installIfRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ShownMarker() = default;
    ~ShownMarker() override = default;
};

} // namespace Plugboard
