#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Plugboard {

/// Where VaultSecretStore gets the vault's passphrase: the command line's
/// sources (a command, standard input, a hidden prompt) or the window's
/// dialog. The store asks once, when a job first needs the key, and keeps
/// the derived key (never the passphrase) for the rest of the process; it
/// asks again only after a wrong answer or when another process changed
/// the passphrase.
///
/// The provider does not own the store nor the other way round; whoever
/// builds the store (Services) keeps the provider alive longer.
class VaultPassphraseProvider
{
public:
    struct Request
    {
        QString vaultPath; ///< the vault file, to show
        /// The previous answer was a wrong passphrase: say so, and a
        /// non-interactive source should fail instead of giving it again.
        bool again = false;
    };
    /// The passphrase as UTF-8, or why there is none: Cancelled (the person
    /// closed the dialog), InvalidArgument (no way to ask, with how to give
    /// it), WrongPassphrase (a script's source gave a wrong one), …
    using Answer = std::function<void(Result<QByteArray> passphrase)>;

    VaultPassphraseProvider() = default;
    virtual ~VaultPassphraseProvider() = default;
    Q_DISABLE_COPY_MOVE(VaultPassphraseProvider)

    /// Asks for the passphrase. Called on the store's thread, from the event
    /// loop. Call `answer` exactly once, right away or later (when a dialog
    /// closes), on that thread; calling it after the store was destroyed is
    /// harmless. The store wipes the passphrase as soon as the key is
    /// derived.
    virtual void requestPassphrase(const Request& request, Answer answer) = 0;
};

} // namespace Plugboard
