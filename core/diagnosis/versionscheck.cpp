#include "core/diagnosis/versionscheck.h"

#include "core/diagnosis/diagnosisoptions.h"

#include <QFile>
#include <QFileInfo>
#include <QVersionNumber>
#include <qt6keychain/keychain.h>

#include <openssl/crypto.h>

#include <dlfcn.h>

namespace Plugboard {

namespace {

// QtKeychain has no run-time version call: read it from the file name of
// the library loaded (libqt6keychain.so.0.13.2), which its package sets.
QString keychainVersion()
{
    Dl_info info = {};
    if (::dladdr(static_cast<const void*>(&QKeychain::Job::staticMetaObject), &info) == 0 || !info.dli_fname)
        return QStringLiteral("?");
    const QString file
        = QFileInfo(QFileInfo(QFile::decodeName(info.dli_fname)).canonicalFilePath()).fileName();
    const qsizetype so = file.indexOf(QLatin1String(".so."));
    return so < 0 ? file : file.mid(so + 4);
}

} // namespace

QString VersionsCheck::id()
{
    return QStringLiteral("versions");
}

QString VersionsCheck::title()
{
    return tr("Versions");
}

DiagnosticResult VersionsCheck::run(const DiagnosisOptions& /*options*/)
{
    DiagnosticResult result { id(), title(), Verdict::Ok, {}, {} };
    const QString qtRuntime = QString::fromLatin1(qVersion());
    const QString qtBuilt = QStringLiteral(QT_VERSION_STR);
    result.detail = tr("Qt %1 (built with %2), QtKeychain %3, %4 (built with %5).")
                        .arg(qtRuntime, qtBuilt, keychainVersion(),
                             QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)),
                             QStringLiteral(OPENSSL_VERSION_TEXT));
    if (QVersionNumber::fromString(qtRuntime) < QVersionNumber::fromString(qtBuilt)) {
        result.verdict = Verdict::Warning;
        result.nextStep = tr("The Qt libraries are older than the ones Plugboard was built with: update them "
                             "(sudo apt upgrade) or reinstall Plugboard's package.");
    }
    return result;
}

} // namespace Plugboard
