#include "core/storage/keychainerror.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <qt6keychain/keychain.h>

#include <array>

namespace Plugboard::KeychainError {

// The mirror must stay exact: KeychainSecretStore casts between the two.
static_assert(int(Code::NoError) == QKeychain::NoError);
static_assert(int(Code::EntryNotFound) == QKeychain::EntryNotFound);
static_assert(int(Code::CouldNotDeleteEntry) == QKeychain::CouldNotDeleteEntry);
static_assert(int(Code::AccessDeniedByUser) == QKeychain::AccessDeniedByUser);
static_assert(int(Code::AccessDenied) == QKeychain::AccessDenied);
static_assert(int(Code::NoBackendAvailable) == QKeychain::NoBackendAvailable);
static_assert(int(Code::NotImplemented) == QKeychain::NotImplemented);
static_assert(int(Code::OtherError) == QKeychain::OtherError);

namespace {

// libsecret turns every D-Bus failure into OtherError; these fragments of
// GLib/D-Bus/gnome-keyring messages mean nobody answers for the keyring:
// no session bus, no Secret Service on it, or a keyring daemon that could
// not create its login collection (no prompt possible).
bool meansNoKeyring(const QString& text)
{
    static constexpr std::array markers {
        QLatin1StringView("autolaunch"),
        QLatin1StringView("not provided by any .service"),
        QLatin1StringView("Object does not exist"),
        QLatin1StringView("org.freedesktop.secrets"),
        QLatin1StringView("ServiceUnknown"),
        QLatin1StringView("Could not connect"),
    };
    for (const QLatin1StringView marker : markers) {
        if (text.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Error unavailable()
{
    return { ErrorCode::KeyringUnavailable,
             QCoreApplication::translate(
                 "Plugboard::KeychainError",
                 "No keyring service is running. Start your desktop's keyring (GNOME Keyring, KWallet or "
                 "KeePassXC with Secret Service) and try again.") };
}

Error failed(const QString& backendText)
{
    const QString said = backendText.isEmpty()
        ? QCoreApplication::translate("Plugboard::KeychainError", "no details given")
        : backendText;
    return { ErrorCode::StorageFailed,
             QCoreApplication::translate(
                 "Plugboard::KeychainError",
                 "The keyring could not store or read a secret (it said: %1). Check that your keyring works, "
                 "for example in Seahorse or KWalletManager, and try again.")
                 .arg(said) };
}

} // namespace

Error toError(Code code, const QString& backendText, Operation operation)
{
    switch (code) {
    case Code::NoError:
        return {};
    case Code::EntryNotFound:
        if (operation == Operation::Remove)
            return {}; // gone is what a removal wants
        if (operation == Operation::Read) {
            return { ErrorCode::SecretNotFound,
                     QCoreApplication::translate(
                         "Plugboard::KeychainError",
                         "The keyring has no saved secret for this, or it is locked. Unlock your keyring and "
                         "try again; if it is unlocked, connect again to save a new one.") };
        }
        return failed(backendText);
    case Code::AccessDenied:
        if (backendText.contains(QLatin1String("locked"), Qt::CaseInsensitive))
            return { ErrorCode::KeyringLocked,
                     QCoreApplication::translate("Plugboard::KeychainError",
                                                 "Your keyring is locked. Unlock it and try again.") };
        [[fallthrough]];
    case Code::AccessDeniedByUser:
        return { ErrorCode::KeyringAccessDenied,
                 QCoreApplication::translate(
                     "Plugboard::KeychainError",
                     "Plugboard was not allowed to use your keyring. Allow access when your keyring asks (or "
                     "unlock it) and try again.") };
    case Code::NoBackendAvailable:
        return unavailable();
    case Code::OtherError:
        if (meansNoKeyring(backendText))
            return unavailable();
        return failed(backendText);
    case Code::CouldNotDeleteEntry:
    case Code::NotImplemented:
        return failed(backendText);
    }
    return failed(backendText);
}

} // namespace Plugboard::KeychainError
