#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by the libFuzzer targets in this folder (see README's "Fuzzing").

/// A property the code under test promises was broken: abort, so libFuzzer
/// keeps the input as a crash artifact. Fuzzing is the only place where
/// such a check runs, so it prints what failed before aborting.
#define PLUGBOARD_FUZZ_CHECK(condition)                                                                      \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);         \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace Plugboard::Fuzz {

/// The input as Qt bytes (a deep copy: the parsers may keep it).
inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// Qt's warnings about the garbage a fuzzer feeds would flood the output and
/// slow every run; fatal messages still abort after the (silent) handler.
inline void silenceQt()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

/// One application object for the whole run, for targets whose code needs
/// one (sockets, file locks); created once, never destroyed.
inline QCoreApplication* application()
{
    static int argc = 1;
    static char name[] = "plugboard-fuzz";
    static char* argv[] = { name, nullptr };
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    return app;
}

/// A folder of the target's own for the files it writes, under $TMPDIR,
/// removed when the fuzzer exits normally.
inline QString scratchFolder()
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/plugboard-fuzz-XXXXXX"));
    return folder.path();
}

/// Empties `path` (the files a run left) without removing it.
inline void emptyFolder(const QString& path)
{
    QDir folder(path);
    for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System))
        folder.remove(name);
}

} // namespace Plugboard::Fuzz
