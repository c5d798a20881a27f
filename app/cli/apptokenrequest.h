#pragma once

#include "core/job.h"
#include "core/storage/tokenset.h"

#include <chrono>

class QDBusPendingCallWatcher;

namespace Plugboard::Cli {

/// `plugboard-cli token` asking the running desktop app for the token
/// (CommandLineProtocol) instead of reading the keyring: the app answers
/// from memory, or through its token service, and records the hand-out in
/// the audit trail itself.
///
/// Never starts the app (no D-Bus activation) and never waits long: the
/// call has CommandLineProtocol::kDeadlineMs. Finishes without error with
/// the app's tokens(); with an error that isFinal() when reading the
/// keyring would fail the same way (the app's renewal failed, or the
/// connection needs a reconnect); with any other error (the app is not
/// there, does not know this CLI, has its vault locked, is quitting) the
/// command reads the keyring itself, as if the app were not running.
class AppTokenRequest final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppTokenRequest)

public:
    AppTokenRequest(const QString& connectionId, std::chrono::seconds minValidity, QObject* parent = nullptr);
    ~AppTokenRequest() override;

    /// A cheap look (one stat, no bus connection) whether the desktop app
    /// may be running: its single-instance socket exists.
    static bool appMayBeRunning();
    /// The lean plugboard-cli asked the app already and got no answer it
    /// could use before running this (full) program: asking again would
    /// only wait again. Set in the environment across execv(), and
    /// consumed here so no child inherits it.
    static constexpr const char* kAskedVariable = "PLUGBOARD_CLI_APP_ASKED";
    static bool takeAlreadyAsked();

    QString connectionId() const { return m_connectionId; }
    /// The token the app handed out: never a refresh token or id token.
    const TokenSet& tokens() const { return m_tokens; }
    /// The app can renew the connection's tokens by itself.
    bool renewable() const { return m_renewable; }
    /// The error is the connection's, not the app's: report it as is.
    bool isFinal() const { return m_final; }

private:
    void run() override;
    void onReply(QDBusPendingCallWatcher* watcher);

    QString m_connectionId;
    std::chrono::seconds m_minValidity;
    TokenSet m_tokens;
    bool m_renewable = false;
    bool m_final = false;
};

} // namespace Plugboard::Cli
