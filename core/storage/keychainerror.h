#pragma once

#include "core/error.h"

namespace Plugboard::KeychainError {

/// QtKeychain's QKeychain::Error, mirrored with the same values so this
/// header (and everything including it) stays free of QtKeychain, which is
/// a private dependency of plugboard_core. keychainerror.cpp checks that the
/// values match.
enum class Code {
    NoError = 0,
    EntryNotFound = 1,
    CouldNotDeleteEntry = 2,
    AccessDeniedByUser = 3,
    AccessDenied = 4,
    NoBackendAvailable = 5,
    NotImplemented = 6,
    OtherError = 7,
};

/// What the keychain job was doing, which changes what some codes mean.
enum class Operation {
    Read,
    Write,
    Remove,
};

/// Turns a QtKeychain outcome into Plugboard's code and a translated message
/// that says what to do. A pure function of its arguments. `backendText` is
/// the job's errorString(); on Linux (libsecret) the code alone says little,
/// so the text decides:
///
///   OtherError + "autolaunch", "not provided by any .service", "Object does
///     not exist", "org.freedesktop.secrets", "ServiceUnknown", "Could not
///     connect"                               -> KeyringUnavailable
///   NoBackendAvailable                        -> KeyringUnavailable
///   AccessDenied + "locked"                   -> KeyringLocked
///   AccessDenied (other text), AccessDeniedByUser -> KeyringAccessDenied
///   EntryNotFound on Read                     -> SecretNotFound; the message
///     says the keyring may be locked: libsecret reports a locked keyring
///     this way, so never delete anything because of it
///   EntryNotFound on Remove                   -> None (already gone)
///   anything else                             -> StorageFailed, with the
///     backend's text in the message
Error toError(Code code, const QString& backendText, Operation operation);

} // namespace Plugboard::KeychainError
