// CallerApplication: which application a process is, from a fake /proc
// (symbolic links exe and cwd, a cmdline file, a sandbox's root) for each
// kind of caller, and from the real /proc for a shell running a script.
#include "core/access/callerapplication.h"
#include "core/storage/appgrant.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Plugboard;

Q_DECLARE_METATYPE(Plugboard::CallerApplication::Kind)

namespace {

constexpr qint64 kPid = 4242;

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray cmdline(const QStringList& arguments)
{
    QByteArray bytes;
    for (const QString& argument : arguments)
        bytes += argument.toLocal8Bit() + '\0';
    return bytes;
}

} // namespace

class TestCallerApplication final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void identifies_data();
    void identifies();
    void vanishedProcessIsDenied_data();
    void vanishedProcessIsDenied();
    void realShellRunningAScript();
    void thisProcess();

private:
    /// Makes <proc>/<kPid> with exe → `executable`, cwd → the work folder,
    /// `arguments` as cmdline and, when given, a sandbox's /.flatpak-info.
    QString fakeProcess(const QString& executable, const QStringList& arguments,
                        const QByteArray& flatpakInfo);
    QString work() const { return m_dir->path() + QStringLiteral("/work"); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCallerApplication::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(work() + QStringLiteral("/bin")));
    QVERIFY(writeFile(work() + QStringLiteral("/tool.py"), "print('hi')\n"));
    QVERIFY(writeFile(work() + QStringLiteral("/bin/sync.pl"), "print 1;\n"));
    QVERIFY(QFile::link(work() + QStringLiteral("/tool.py"), work() + QStringLiteral("/linked.py")));
}

QString TestCallerApplication::fakeProcess(const QString& executable, const QStringList& arguments,
                                           const QByteArray& flatpakInfo)
{
    const QString proc = m_dir->path() + QStringLiteral("/proc");
    const QString folder = proc + QLatin1Char('/') + QString::number(kPid);
    if (!QDir().mkpath(folder + QStringLiteral("/root"))
        || !QFile::link(executable, folder + QStringLiteral("/exe"))
        || !QFile::link(work(), folder + QStringLiteral("/cwd"))
        || !writeFile(folder + QStringLiteral("/cmdline"), cmdline(arguments)))
        return {};
    if (!flatpakInfo.isEmpty() && !writeFile(folder + QStringLiteral("/root/.flatpak-info"), flatpakInfo))
        return {};
    return proc;
}

void TestCallerApplication::identifies_data()
{
    QTest::addColumn<QString>("executable"); ///< where exe points
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("label"); ///< LinuxSecurityLabel
    QTest::addColumn<QByteArray>("flatpakInfo");
    QTest::addColumn<CallerApplication::Kind>("kind");
    QTest::addColumn<QString>("id"); ///< "WORK/" stands for the work folder
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("runs"); ///< the executable reported

    using K = CallerApplication::Kind;
    const QString calendar = QStringLiteral("/usr/bin/gnome-calendar");
    const QString python = QStringLiteral("/usr/bin/python3.11");
    QTest::newRow("executable") << calendar << QStringList { QStringLiteral("gnome-calendar") }
                                << QByteArray() << QByteArray() << K::Executable << calendar
                                << QStringLiteral("gnome-calendar") << calendar;
    QTest::newRow("replaced by an update")
        << QStringLiteral("/usr/bin/gnome-calendar (deleted)")
        << QStringList { QStringLiteral("gnome-calendar") } << QByteArray() << QByteArray() << K::Executable
        << calendar << QStringLiteral("gnome-calendar") << calendar;
    QTest::newRow("script relative to cwd")
        << python
        << QStringList { QStringLiteral("python3"), QStringLiteral("-u"), QStringLiteral("tool.py") }
        << QByteArray() << QByteArray() << K::Script << QStringLiteral("WORK/tool.py")
        << QStringLiteral("python3.11 running tool.py") << python;
    QTest::newRow("script by absolute path")
        << QStringLiteral("/usr/bin/perl")
        << QStringList { QStringLiteral("perl"), QStringLiteral("WORK/bin/sync.pl") } << QByteArray()
        << QByteArray() << K::Script << QStringLiteral("WORK/bin/sync.pl")
        << QStringLiteral("perl running sync.pl") << QStringLiteral("/usr/bin/perl");
    QTest::newRow("script through a link")
        << python << QStringList { QStringLiteral("python3"), QStringLiteral("linked.py") } << QByteArray()
        << QByteArray() << K::Script << QStringLiteral("WORK/tool.py")
        << QStringLiteral("python3.11 running tool.py") << python;
    QTest::newRow("python3 -c") << python
                                << QStringList { QStringLiteral("python3"), QStringLiteral("-c"),
                                                 QStringLiteral("import sys"), QStringLiteral("tool.py") }
                                << QByteArray() << QByteArray() << K::Executable << python
                                << QStringLiteral("python3.11") << python;
    QTest::newRow("python3 -m") << python
                                << QStringList { QStringLiteral("python3"), QStringLiteral("-m"),
                                                 QStringLiteral("tool") }
                                << QByteArray() << QByteArray() << K::Executable << python
                                << QStringLiteral("python3.11") << python;
    // Inline code in a cluster of short options, or from standard input: the
    // file arguments are data for that code, not the program.
    QTest::newRow("perl -ne over a data file")
        << QStringLiteral("/usr/bin/perl")
        << QStringList { QStringLiteral("perl"), QStringLiteral("-ne"), QStringLiteral("print"),
                         QStringLiteral("tool.py") }
        << QByteArray() << QByteArray() << K::Executable << QStringLiteral("/usr/bin/perl")
        << QStringLiteral("perl") << QStringLiteral("/usr/bin/perl");
    QTest::newRow("sh -ec") << QStringLiteral("/usr/bin/dash")
                            << QStringList { QStringLiteral("sh"), QStringLiteral("-ec"),
                                             QStringLiteral("exit 0"), QStringLiteral("tool.py") }
                            << QByteArray() << QByteArray() << K::Executable
                            << QStringLiteral("/usr/bin/dash") << QStringLiteral("dash")
                            << QStringLiteral("/usr/bin/dash");
    QTest::newRow("python3 -Bc") << python
                                 << QStringList { QStringLiteral("python3"), QStringLiteral("-Bc"),
                                                  QStringLiteral("pass"), QStringLiteral("tool.py") }
                                 << QByteArray() << QByteArray() << K::Executable << python
                                 << QStringLiteral("python3.11") << python;
    QTest::newRow("python3 - reading standard input")
        << python << QStringList { QStringLiteral("python3"), QStringLiteral("-"), QStringLiteral("tool.py") }
        << QByteArray() << QByteArray() << K::Executable << python << QStringLiteral("python3.11") << python;
    QTest::newRow("node --eval=") << QStringLiteral("/usr/bin/node")
                                  << QStringList { QStringLiteral("node"), QStringLiteral("--eval=1"),
                                                   QStringLiteral("tool.py") }
                                  << QByteArray() << QByteArray() << K::Executable
                                  << QStringLiteral("/usr/bin/node") << QStringLiteral("node")
                                  << QStringLiteral("/usr/bin/node");
    // ...while options that only change how a script runs keep the script.
    QTest::newRow("bash -e script") << QStringLiteral("/usr/bin/bash")
                                    << QStringList { QStringLiteral("bash"), QStringLiteral("-e"),
                                                     QStringLiteral("tool.py") }
                                    << QByteArray() << QByteArray() << K::Script
                                    << QStringLiteral("WORK/tool.py")
                                    << QStringLiteral("bash running tool.py")
                                    << QStringLiteral("/usr/bin/bash");
    QTest::newRow("python3 -E script")
        << python
        << QStringList { QStringLiteral("python3"), QStringLiteral("-E"), QStringLiteral("tool.py") }
        << QByteArray() << QByteArray() << K::Script << QStringLiteral("WORK/tool.py")
        << QStringLiteral("python3.11 running tool.py") << python;
    QTest::newRow("interpreter alone")
        << python << QStringList { QStringLiteral("python3") } << QByteArray() << QByteArray()
        << K::Executable << python << QStringLiteral("python3.11") << python;
    QTest::newRow("missing script") << python
                                    << QStringList { QStringLiteral("python3"), QStringLiteral("gone.py") }
                                    << QByteArray() << QByteArray() << K::Executable << python
                                    << QStringLiteral("python3.11") << python;
    QTest::newRow("not an interpreter")
        << QStringLiteral("/usr/bin/vim") << QStringList { QStringLiteral("vim"), QStringLiteral("tool.py") }
        << QByteArray() << QByteArray() << K::Executable << QStringLiteral("/usr/bin/vim")
        << QStringLiteral("vim") << QStringLiteral("/usr/bin/vim");
    QTest::newRow("flatpak")
        << QStringLiteral("/app/bin/mail") << QStringList { QStringLiteral("mail") } << QByteArray()
        << QByteArray("[Instance]\nname=org.example.Other\n\n[Application]\nname=org.example.Mail\n"
                      "runtime=runtime/org.gnome.Platform/x86_64/45\n")
        << K::Flatpak << QStringLiteral("flatpak:org.example.Mail")
        << QStringLiteral("org.example.Mail (Flatpak)") << QStringLiteral("/app/bin/mail");
    QTest::newRow("flatpak running python")
        << QStringLiteral("/usr/bin/python3")
        << QStringList { QStringLiteral("python3"), QStringLiteral("tool.py") } << QByteArray()
        << QByteArray("[Application]\nname=org.example.Tool\n") << K::Flatpak
        << QStringLiteral("flatpak:org.example.Tool") << QStringLiteral("org.example.Tool (Flatpak)")
        << QStringLiteral("/usr/bin/python3");
    QTest::newRow("flatpak info without an app")
        << calendar << QStringList { QStringLiteral("gnome-calendar") } << QByteArray()
        << QByteArray("[Runtime]\nname=org.gnome.Platform\n") << K::Executable << calendar
        << QStringLiteral("gnome-calendar") << calendar;
    QTest::newRow("snap") << QStringLiteral("/snap/foo/12/bin/bar") << QStringList { QStringLiteral("bar") }
                          << QByteArray("snap.foo.bar (enforce)") << QByteArray() << K::Snap
                          << QStringLiteral("snap:foo") << QStringLiteral("foo (Snap)")
                          << QStringLiteral("/snap/foo/12/bin/bar");
    QTest::newRow("snap label as the bus sends it")
        << QStringLiteral("/snap/foo-bar/1/x") << QStringList { QStringLiteral("x") }
        << QByteArray("snap.foo-bar.x (complain)\0", 26) << QByteArray() << K::Snap
        << QStringLiteral("snap:foo-bar") << QStringLiteral("foo-bar (Snap)")
        << QStringLiteral("/snap/foo-bar/1/x");
    QTest::newRow("another confinement")
        << calendar << QStringList { QStringLiteral("gnome-calendar") }
        << QByteArray("/usr/bin/gnome-calendar (enforce)") << QByteArray() << K::Executable << calendar
        << QStringLiteral("gnome-calendar") << calendar;
    QTest::newRow("unconfined") << calendar << QStringList { QStringLiteral("gnome-calendar") }
                                << QByteArray("unconfined") << QByteArray() << K::Executable << calendar
                                << QStringLiteral("gnome-calendar") << calendar;
}

void TestCallerApplication::identifies()
{
    QFETCH(QString, executable);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, flatpakInfo);
    QFETCH(CallerApplication::Kind, kind);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, runs);
    const QString workFolder = QDir(work()).canonicalPath();
    arguments.replaceInStrings(QStringLiteral("WORK/"), work() + QLatin1Char('/'));
    id.replace(QStringLiteral("WORK/"), workFolder + QLatin1Char('/'));

    const QString proc = fakeProcess(executable, arguments, flatpakInfo);
    QVERIFY(!proc.isEmpty());
    const Result<CallerApplication> caller = CallerApplication::ofProcess(kPid, label, proc);
    QVERIFY2(caller, caller ? "" : qPrintable(caller.error().message));
    QCOMPARE(caller.value().kind, kind);
    QCOMPARE(caller.value().id, id);
    QCOMPARE(caller.value().name, name);
    QCOMPARE(caller.value().executable, runs);
    QVERIFY2(AppGrant::checkApp(caller.value().id), "what a grant can be kept under");
}

void TestCallerApplication::vanishedProcessIsDenied_data()
{
    QTest::addColumn<qint64>("pid");
    QTest::newRow("no such process") << qint64(kPid + 1);
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("negative") << qint64(-1);
}

void TestCallerApplication::vanishedProcessIsDenied()
{
    QFETCH(qint64, pid);
    const QString proc = fakeProcess(QStringLiteral("/usr/bin/gnome-calendar"), { QStringLiteral("x") }, {});
    QVERIFY(!proc.isEmpty());
    const Result<CallerApplication> caller = CallerApplication::ofProcess(pid, {}, proc);
    QVERIFY(!caller);
    QCOMPARE(caller.error().code, ErrorCode::AccessDenied);
    QVERIFY2(caller.error().message.contains(QLatin1String("hands out nothing")),
             qPrintable(caller.error().message));
}

// The kernel's own /proc: /bin/sh (whatever it links to) running a script
// given relative to its working folder.
void TestCallerApplication::realShellRunningAScript()
{
    QVERIFY(writeFile(work() + QStringLiteral("/wait.sh"), "sleep 30\necho done\n"));
    QProcess shell;
    shell.setWorkingDirectory(work());
    shell.start(QStringLiteral("/bin/sh"), { QStringLiteral("wait.sh") });
    QVERIFY(shell.waitForStarted());
    const qint64 pid = shell.processId();
    const auto stop = qScopeGuard([&shell] {
        shell.kill();
        shell.waitForFinished();
    });

    // Right after exec the kernel already shows the new executable but an
    // empty command line for a moment: wait until the arguments are there,
    // as they are for any program that got as far as calling the bus.
    const auto arguments = [pid] {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        return cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll() : QByteArray();
    };
    QTRY_VERIFY_WITH_TIMEOUT(arguments().contains("wait.sh"), 5000);
    const Result<CallerApplication> caller = CallerApplication::ofProcess(pid, {});
    QVERIFY2(caller, caller ? "" : qPrintable(caller.error().message));
    const QString sh = QFileInfo(QStringLiteral("/bin/sh")).canonicalFilePath();
    QCOMPARE(caller.value().kind, CallerApplication::Kind::Script);
    QCOMPARE(caller.value().id, QDir(work()).canonicalPath() + QStringLiteral("/wait.sh"));
    QCOMPARE(caller.value().executable, sh);
    QCOMPARE(caller.value().name, QFileInfo(sh).fileName() + QStringLiteral(" running wait.sh"));

    // Gone: nothing to hand out to.
    shell.kill();
    QVERIFY(shell.waitForFinished());
    QVERIFY(!CallerApplication::ofProcess(pid, {}));
}

void TestCallerApplication::thisProcess()
{
    const Result<CallerApplication> caller
        = CallerApplication::ofProcess(QCoreApplication::applicationPid(), {});
    QVERIFY2(caller, caller ? "" : qPrintable(caller.error().message));
    QCOMPARE(caller.value().kind, CallerApplication::Kind::Executable);
    QCOMPARE(caller.value().id, QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath());
    QCOMPARE(caller.value().name, QStringLiteral("tst_callerapplication"));
}

QTEST_GUILESS_MAIN(TestCallerApplication)
#include "tst_callerapplication.moc"
