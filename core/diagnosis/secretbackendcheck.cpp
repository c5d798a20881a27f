#include "core/diagnosis/secretbackendcheck.h"

#include "core/diagnosis/diagnosisoptions.h"
#include "core/storage/secretbackend.h"
#include "core/storage/vaultfile.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QFile>
#include <QFileInfo>

namespace Plugboard {

namespace {

const QString kSecretService = QStringLiteral("org.freedesktop.secrets");
constexpr int kCallTimeoutMs = 5'000;

// "GNOME Keyring (gnome-keyring-daemon)" for the process that owns `owner`
// on `bus`: its executable (or, when that is hidden, its command name).
QString providerName(const QDBusConnection& bus, const QString& owner)
{
    const QDBusReply<uint> pid = bus.interface()->servicePid(owner);
    if (!pid.isValid())
        return owner;
    const QString proc = QStringLiteral("/proc/%1/").arg(pid.value());
    QString program = QFileInfo(QFile::symLinkTarget(proc + QStringLiteral("exe"))).fileName();
    if (program.isEmpty()) {
        QFile comm(proc + QStringLiteral("comm"));
        if (comm.open(QIODevice::ReadOnly))
            program = QString::fromLocal8Bit(comm.readAll()).trimmed();
    }
    const QString lower = program.toLower();
    QString name = program;
    if (lower.contains(QLatin1String("gnome-keyring")))
        name = QStringLiteral("GNOME Keyring");
    else if (lower.contains(QLatin1String("kwallet")) || lower.contains(QLatin1String("ksecretd")))
        name = QStringLiteral("KWallet");
    else if (lower.contains(QLatin1String("keepassxc")))
        name = QStringLiteral("KeePassXC");
    return name == program ? name : QStringLiteral("%1 (%2)").arg(name, program);
}

// A call to the Secret Service that waits at most kCallTimeoutMs.
QDBusMessage call(const QDBusConnection& bus, const QString& path, const QString& interface,
                  const QString& method, const QVariantList& arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(kSecretService, path, interface, method);
    message.setArguments(arguments);
    return bus.call(message, QDBus::Block, kCallTimeoutMs);
}

} // namespace

QString SecretBackendCheck::id()
{
    return QStringLiteral("secret_backend");
}

QString SecretBackendCheck::title()
{
    return tr("Secret backend");
}

DiagnosticResult SecretBackendCheck::run(const DiagnosisOptions& options)
{
    DiagnosticResult result { id(), title(), Verdict::Ok, {}, {} };
    switch (SecretBackend::configured(options.settingsFile)) {
    case SecretBackend::Kind::Keyring:
        checkKeyring(result);
        break;
    case SecretBackend::Kind::Vault:
        checkVault(result);
        break;
    case SecretBackend::Kind::Unknown:
        result.verdict = Verdict::Failed;
        result.detail = tr("The settings name a secret backend this version of Plugboard does not know.");
        result.nextStep = tr("Use the version of Plugboard that chose it, or choose the keyring or the vault "
                             "again in the settings.");
        break;
    }
    return result;
}

void SecretBackendCheck::checkKeyring(DiagnosticResult& result)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        result.verdict = Verdict::Failed;
        result.detail = tr("The keyring is chosen, but there is no D-Bus session bus to reach it.");
        result.nextStep
            = tr("Run Plugboard inside your desktop session (DBUS_SESSION_BUS_ADDRESS must lead "
                 "to its bus), or keep secrets in the encrypted vault: plugboard-cli vault init.");
        return;
    }
    const QDBusReply<QString> owner = bus.interface()->serviceOwner(kSecretService);
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    if (!owner.isValid() && !activatable.value().contains(kSecretService)) {
        // On KDE, QtKeychain talks to KWallet's own interface instead.
        for (const QString& kwallet :
             { QStringLiteral("org.kde.kwalletd6"), QStringLiteral("org.kde.kwalletd5") }) {
            if (bus.interface()->isServiceRegistered(kwallet).value()) {
                result.detail = tr("KWallet (%1), over its own interface; whether the wallet is open is not "
                                   "checked.")
                                    .arg(kwallet);
                return;
            }
        }
        result.verdict = Verdict::Failed;
        result.detail = tr("The keyring is chosen, but nothing provides the Secret Service "
                           "(org.freedesktop.secrets) on the session bus.");
        result.nextStep
            = tr("Start a keyring (GNOME Keyring, KWallet, or KeePassXC with its Secret Service "
                 "integration on), or keep secrets in the encrypted vault: plugboard-cli vault init.");
        return;
    }
    const QString name = owner.isValid() ? providerName(bus, owner.value()) : kSecretService;
    const QDBusMessage alias = call(bus, QStringLiteral("/org/freedesktop/secrets"),
                                    QStringLiteral("org.freedesktop.Secret.Service"),
                                    QStringLiteral("ReadAlias"), { QStringLiteral("default") });
    if (alias.type() != QDBusMessage::ReplyMessage || alias.arguments().isEmpty()) {
        result.verdict = Verdict::Failed;
        result.detail = tr("%1 owns the Secret Service but does not answer as a keyring: %2.")
                            .arg(name, alias.errorMessage());
        result.nextStep = tr("Restart your keyring (log out and in again), then run diagnose again.");
        return;
    }
    checkDefaultCollection(result, name, alias.arguments().constFirst().value<QDBusObjectPath>().path());
}

void SecretBackendCheck::checkDefaultCollection(DiagnosticResult& result, const QString& name,
                                                const QString& path)
{
    if (path.isEmpty() || path == QLatin1String("/")) {
        result.verdict = Verdict::Warning;
        result.detail = tr("%1, reached over the Secret Service, has no default keyring yet.").arg(name);
        result.nextStep = tr("The first secret Plugboard stores asks to create one: accept, or create a "
                             "default keyring in your keyring's manager.");
        return;
    }
    const QDBusMessage locked
        = call(QDBusConnection::sessionBus(), path, QStringLiteral("org.freedesktop.DBus.Properties"),
               QStringLiteral("Get"),
               { QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked") });
    if (locked.type() != QDBusMessage::ReplyMessage || locked.arguments().isEmpty()) {
        result.verdict = Verdict::Warning;
        result.detail = tr("%1 is reachable; whether its default keyring is locked is unknown: %2.")
                            .arg(name, locked.errorMessage());
        result.nextStep = tr("If Plugboard reports a locked keyring, unlock it in your keyring's manager.");
        return;
    }
    if (locked.arguments().constFirst().value<QDBusVariant>().variant().toBool()) {
        result.verdict = Verdict::Failed;
        result.detail = tr("%1 is reachable, but its default keyring is locked.").arg(name);
        result.nextStep
            = tr("Unlock it (log in again, or unlock it in your keyring's manager), then try again.");
        return;
    }
    result.detail = tr("%1, over the Secret Service; the default keyring is unlocked.").arg(name);
}

void SecretBackendCheck::checkVault(DiagnosticResult& result)
{
    const VaultFile vault(VaultFile::defaultFilePath());
    if (!vault.exists()) {
        result.verdict = Verdict::Failed;
        result.detail = tr("The encrypted vault is chosen, but %1 does not exist.").arg(vault.filePath());
        result.nextStep
            = tr("Restore the file from your backup, or create a vault: plugboard-cli vault init.");
        return;
    }
    if (const auto header = vault.inspect(); !header) {
        result.verdict = Verdict::Failed;
        result.detail = header.error().message;
        result.nextStep = tr("Restore the vault file from your backup; Plugboard never writes over it.");
        return;
    }
    result.detail = tr("Encrypted vault %1: it opens, and stays locked here (diagnose never asks for its "
                       "passphrase).")
                        .arg(vault.filePath());
}

} // namespace Plugboard
