#pragma once

#include "app/dbus/busrequest.h"
#include "app/dbus/tokenmemory.h"

#include <QElapsedTimer>

#include <chrono>

namespace Plugboard {

class ValidTokenJob;

/// GetCommandLineToken (CommandLineProtocol): `plugboard-cli token` asking
/// the running app. Answered from the app's memory when it holds a token
/// valid for the asked time, else through the token service like every
/// other hand-out (keyring read, single-flight renewal). Recorded in the
/// audit trail with the actor the CLI would have written itself.
///
/// A token ready only after the command line stopped waiting
/// (CommandLineProtocol::kDeadlineMs, less a margin for the way back) is
/// neither sent nor recorded: the command line gets it itself then, and
/// records that hand-out.
///
/// Only for the plugboard-cli beside the app (CommandLineCaller says why
/// it needs no consent). Never asks for anything: with the vault still
/// locked in the app it fails with KeyringLocked, and the CLI asks for the
/// passphrase on its own terminal.
class CommandLineTokenRequest final : public BusRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandLineTokenRequest)

public:
    CommandLineTokenRequest(BusService* service, const QDBusMessage& call, const QString& connectionId,
                            std::chrono::seconds minValidity);
    ~CommandLineTokenRequest() override;

private:
    void handle() override;
    void onToken(ValidTokenJob* job);
    void answer(const TokenMemory::Handout& handout);
    /// fail() with the exact code in the error's name.
    void failExactly(const Error& error);

    QString m_connectionId;
    std::chrono::seconds m_minValidity;
    QElapsedTimer m_received; ///< since the call arrived
};

} // namespace Plugboard
