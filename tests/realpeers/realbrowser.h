#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace Plugboard::Test {

/// A person signing in with a real client, driven by signin.mjs: Debian's
/// headless Chromium (through playwright-core) or curl. It fills the
/// authorization server's login and consent pages (or cancels at consent),
/// follows the redirect to Plugboard's loopback listener and reports what
/// the client got there.
namespace RealBrowser {

enum class Client { Chromium, Curl };

/// The JSON line signin.mjs printed (see tests/realpeers/README.md), or an
/// object with "harness_error" when it could not run. The URL travels on
/// standard input, never in arguments. Runs the event loop while it waits.
QJsonObject signIn(const QUrl& authorizationUrl, Client client, const QStringList& extraArguments = {});

/// Approves a device sign-in elsewhere, driven by device.mjs in headless
/// Chromium: opens `verificationUrl`, enters `userCode` if asked, confirms
/// the device, signs in and consents (or aborts with "--deny"). The JSON
/// line device.mjs printed ({"approved","title","text","steps"}), or
/// "harness_error". The URL and code travel on standard input.
QJsonObject approveDevice(const QUrl& verificationUrl, const QString& userCode,
                          const QStringList& extraArguments = {});

} // namespace RealBrowser
} // namespace Plugboard::Test
