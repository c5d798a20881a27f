#pragma once

#include <QElapsedTimer>
#include <QStringList>

#include <vector>

namespace Plugboard::Bench {

/// Milliseconds of repeated runs of one thing; medians, not means: a
/// scheduler hiccup on a shared machine must not move the figure.
struct Figures
{
    std::vector<double> ms;

    void print(const char* what) const;
    double median() const;
};

double elapsedMs(const QElapsedTimer& timer);

/// Starts a program and waits for it; milliseconds from start to exit, or
/// -1 when it failed. `out` gets its standard output.
double timeProcess(const QString& program, const QStringList& arguments, QByteArray* out = nullptr);

/// One program in a side-by-side timing.
struct Contender
{
    const char* label; ///< for the figures' line
    QString program;
    QStringList arguments;
    QByteArray expected; ///< its standard output must contain this
    Figures figures = {};
};

/// Runs every contender once per round, `rounds` times, after one warm-up
/// run each (page cache, keyring session); each round starts with the
/// next contender, so none always runs first. False when a run failed or
/// printed something else.
bool alternate(std::vector<Contender>& contenders, int rounds);

/// The line the benchmark script collects:
/// "RATIO <id> <value> <goal>", e.g. "RATIO token-keyring/qt-keychain-reader 1.07 <=1.1".
void printRatio(const char* id, double value, const char* goal);

} // namespace Plugboard::Bench
