#pragma once

#include <QByteArray>
#include <QString>

class QProcess;

namespace Plugboard::Test {

/// Starts the desktop app (`program`) as a launcher would, with
/// PLUGBOARD_REPORT_SHOWN=1 so it prints "PLUGBOARD_SHOWN" when its window
/// is first on screen, and waits for that line, at most `timeoutMs`. Its
/// standard error goes to the test's. Returns false, with what it printed
/// in `printed`, when the window never showed.
bool launchUntilShown(QProcess& process, const QString& program, QByteArray* printed = nullptr,
                      int timeoutMs = 20000);

} // namespace Plugboard::Test
