#include "core/diagnosis/permissionscheck.h"

#include "core/diagnosis/diagnosisoptions.h"

#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace Plugboard {

namespace {

// The permission bits nobody but the owner may have.
mode_t forbiddenBits(CheckedPath::Kind kind)
{
    // Reading a socket's file means nothing; writing to it is connecting.
    return kind == CheckedPath::Kind::Socket ? (S_IWGRP | S_IWOTH) : (S_IRWXG | S_IRWXO);
}

QString chmodFor(const CheckedPath& path)
{
    const QString quoted = QStringLiteral("'%1'").arg(path.path);
    switch (path.kind) {
    case CheckedPath::Kind::Folder:
        return QStringLiteral("chmod 700 ") + quoted;
    case CheckedPath::Kind::Socket:
        return QStringLiteral("chmod go-w ") + quoted;
    case CheckedPath::Kind::File:
        break;
    }
    return QStringLiteral("chmod 600 ") + quoted;
}

} // namespace

QString PermissionsCheck::id()
{
    return QStringLiteral("permissions");
}

QString PermissionsCheck::title()
{
    return tr("File permissions");
}

DiagnosticResult PermissionsCheck::run(const DiagnosisOptions& options)
{
    DiagnosticResult result { id(), title(), Verdict::Ok, {}, {} };
    QStringList problems;
    QStringList fixes;
    int checked = 0;
    for (const CheckedPath& path : options.paths) {
        struct stat info = {};
        if (path.path.isEmpty() || ::lstat(QFile::encodeName(path.path).constData(), &info) != 0)
            continue; // not created yet: nothing to protect
        ++checked;
        if (info.st_uid != ::getuid()) {
            problems.append(
                tr("%1 %2 belongs to another user (uid %3).").arg(path.label, path.path).arg(info.st_uid));
            fixes.append(QStringLiteral("chown \"$(id -un)\" '%1'").arg(path.path));
        }
        if ((info.st_mode & forbiddenBits(path.kind)) != 0) {
            problems.append(tr("%1 %2 has mode %3: other users may read or change it.")
                                .arg(path.label, path.path)
                                .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0')));
            fixes.append(chmodFor(path));
        }
    }
    if (!problems.isEmpty()) {
        result.verdict = Verdict::Failed;
        result.detail = problems.join(QLatin1Char(' '));
        result.nextStep = tr("Run: %1").arg(fixes.join(QStringLiteral("; ")));
        return result;
    }
    result.detail = checked == 0
        ? tr("Plugboard has not created any of its files yet.")
        : tr("%1 of Plugboard's files and folders checked: yours, and only yours to read.").arg(checked);
    return result;
}

} // namespace Plugboard
