#include "tests/benchmarks/bench_tokenprocesses.h"

#include <QProcess>

#include <algorithm>
#include <cstdio>

namespace Plugboard::Bench {

void Figures::print(const char* what) const
{
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    std::printf("%-58s median %8.3f ms   min %8.3f   max %8.3f   (n=%zu)\n", what, sorted[sorted.size() / 2],
                sorted.front(), sorted.back(), sorted.size());
}

double Figures::median() const
{
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    return sorted[sorted.size() / 2];
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double timeProcess(const QString& program, const QStringList& arguments, QByteArray* out)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return -1;
    const double ms = elapsedMs(timer);
    if (out)
        *out = process.readAllStandardOutput();
    return ms;
}

bool alternate(std::vector<Contender>& contenders, int rounds)
{
    const std::size_t count = contenders.size();
    for (Contender& contender : contenders) {
        if (timeProcess(contender.program, contender.arguments) < 0) {
            std::printf("%s failed\n", contender.label);
            return false;
        }
    }
    for (int round = 0; round < rounds; ++round) {
        for (std::size_t i = 0; i < count; ++i) {
            Contender& contender = contenders[(std::size_t(round) + i) % count];
            QByteArray printed;
            const double ms = timeProcess(contender.program, contender.arguments, &printed);
            if (ms < 0 || !printed.contains(contender.expected)) {
                std::printf("%s failed or printed something else\n", contender.label);
                return false;
            }
            contender.figures.ms.push_back(ms);
        }
    }
    for (const Contender& contender : contenders)
        contender.figures.print(contender.label);
    return true;
}

void printRatio(const char* id, double value, const char* goal)
{
    std::printf("RATIO %s %.2f %s\n", id, value, goal);
}

} // namespace Plugboard::Bench
