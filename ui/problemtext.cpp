#include "ui/problemtext.h"

#include "core/storage/connection.h"
#include "core/translator.h"

namespace Plugboard {

QString ProblemText::shown(const Connection& connection, const QString& platformName)
{
    if (!connection.hasLastError())
        return {};
    // Failures recorded before the language was kept are shown as stored:
    // most were written in the language still in use.
    if (connection.lastErrorLanguage.isEmpty() || connection.lastErrorLanguage == Translator::current())
        return connection.lastError.message;
    return saidAnew(connection.lastError.code, platformName);
}

QString ProblemText::saidAnew(ErrorCode code, const QString& platformName)
{
    switch (code) {
    case ErrorCode::AccessDenied:
        return tr("Access was not granted at %1. Connect again and approve the request at %1.")
            .arg(platformName);
    case ErrorCode::InvalidClient:
        return tr("%1 did not accept the app credentials. Check the client ID and client secret.")
            .arg(platformName);
    case ErrorCode::RedirectUriMismatch:
        return tr("%1 refused Plugboard's redirect URI. Register it for your app at %1, then connect again.")
            .arg(platformName);
    case ErrorCode::InvalidScope:
        return tr("%1 refused the requested permissions. Remove the scopes it does not offer and connect "
                  "again.")
            .arg(platformName);
    case ErrorCode::InvalidGrant:
        return tr("%1 no longer accepts this sign-in. Reconnect to sign in again.").arg(platformName);
    case ErrorCode::ExchangeFailed:
        return tr("%1 refused to issue tokens. Try again; if it keeps failing, check the app's settings at "
                  "%1.")
            .arg(platformName);
    case ErrorCode::Network:
    case ErrorCode::Timeout:
        return tr("%1 could not be reached. Plugboard tries again; check the network if it keeps failing.")
            .arg(platformName);
    case ErrorCode::Tls:
        return tr("The secure connection to %1 failed. Check the computer's date and time and any proxy, "
                  "then choose Check now.")
            .arg(platformName);
    case ErrorCode::KeyringUnavailable:
    case ErrorCode::KeyringLocked:
    case ErrorCode::KeyringAccessDenied:
    case ErrorCode::WrongPassphrase:
        return tr("Plugboard could not open its secret store. Unlock it, then choose Check now.");
    case ErrorCode::SecretNotFound:
        return tr("The sign-in for %1 is no longer in the secret store. Reconnect to sign in again.")
            .arg(platformName);
    default:
        return tr("The last attempt with %1 failed. Choose Check now to see why.").arg(platformName);
    }
}

} // namespace Plugboard
