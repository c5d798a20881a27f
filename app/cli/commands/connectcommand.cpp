#include "app/cli/commands/connectcommand.h"

#include "app/cli/commands/devicesignin.h"
#include "app/cli/console.h"
#include "app/cli/interruptwatcher.h"
#include "app/cli/pastedaddressreader.h"
#include "core/catalog/platformcatalog.h"
#include "core/lifecycle/connectoperation.h"
#include "core/services.h"

#include <QProcess>
#include <QTimer>

namespace Plugboard::Cli {

ConnectCommand::ConnectCommand(QObject* parent)
    : Command(parent)
    , m_noBrowser(QStringLiteral("no-browser"),
                  tr("Only prints the URL to open; opens no browser. When the browser runs on another "
                     "computer, paste the address it ends on here."))
    , m_device(QStringLiteral("device"),
               tr("Signs in with a code approved on another device (a phone, any computer): prints the "
                  "address and the code, and a QR code on a terminal."))
    , m_apiKeyStdin(QStringLiteral("api-key-stdin"),
                    tr("For platforms that use API keys: reads the key from standard input (or asks, hidden, "
                       "on a terminal)."))
    , m_username(QStringLiteral("username"),
                 tr("For API keys sent with a username (such as an email): the username."),
                 QStringLiteral("NAME"))
    , m_timeout(QStringLiteral("timeout"), tr("Seconds to wait for the browser (default 300)."),
                QStringLiteral("SECONDS"), QStringLiteral("300"))
    , m_scopes(QStringLiteral("scopes"), tr("Scopes to ask for, space-separated, instead of the defaults."),
               QStringLiteral("SCOPES"))
{ }

ConnectCommand::~ConnectCommand() = default;

QString ConnectCommand::summary() const
{
    return tr("Connects an account: sign in through the browser (or give an API key); the tokens go to the "
              "keyring.");
}

QList<Command::Argument> ConnectCommand::arguments() const
{
    return { { QStringLiteral("PLATFORM"), tr("Platform id, e.g. github.") } };
}

void ConnectCommand::configure(QCommandLineParser& parser)
{
    parser.addOptions({ m_noBrowser, m_device, m_timeout, m_scopes, m_apiKeyStdin, m_username });
}

void ConnectCommand::run(const QCommandLineParser& parser, Console& console)
{
    bool validTimeout = false;
    const int timeout = parser.value(m_timeout).toInt(&validTimeout);
    if (!validTimeout || timeout <= 0) {
        console.error({ ErrorCode::InvalidArgument,
                        tr("Use `connect PLATFORM [--timeout SECONDS]` with a positive timeout.") });
        finishLater(ExitCode::Usage);
        return;
    }
    const Result<PlatformRecord> record = PlatformCatalog::loadOne(parser.positionalArguments().first());
    if (!record) {
        failLater(console, record.error());
        return;
    }
    m_services = std::make_unique<Services>(passphrases(console));
    if (Result<void> loaded = m_services->connections()->load(); !loaded) {
        failLater(console, loaded.error());
        return;
    }

    const PlatformRecord& platform = record.value();
    if (const Error wrong = checkKeyOptions(parser, platform); wrong.isError()) {
        failLater(console, wrong);
        return;
    }
    auto* operation = new ConnectOperation(platform, m_services->secrets(), m_services->connections(), this);
    operation->setTimeout(std::chrono::seconds(timeout));
    if (platform.authKind == AuthKind::Token) {
        const QString key = console.readSecret(
            tr("API key for %1 (create one at %2):").arg(platform.name, platform.helpUrl.toString()));
        operation->setApiKey(key, parser.value(m_username), m_services->network());
        if (!key.trimmed().isEmpty()) // an empty one is refused before any check
            console.hint(tr("Checking the key with %1…").arg(platform.name));
    } else {
        prepareSignIn(operation, parser, console);
    }
    startJob(operation, this, [this, console = &console](ConnectOperation* done) {
        if (done->error().isError()) {
            fail(*console, done->error());
            return;
        }
        console->data(QStringLiteral("%1\t%2").arg(done->connectionId(), done->accountName()));
        console->hint(tr("Connected as %1.").arg(done->accountName()));
        Q_EMIT finished(ExitCode::Ok);
    });
}

Error ConnectCommand::checkKeyOptions(const QCommandLineParser& parser, const PlatformRecord& record) const
{
    if (parser.isSet(m_device) && (parser.isSet(m_noBrowser) || record.authKind == AuthKind::Token))
        return { ErrorCode::InvalidArgument,
                 tr("--device signs in to a platform's OAuth app with a code approved on another device; it "
                    "does not go with --no-browser or with API keys.") };
    if (record.authKind != AuthKind::Token) {
        if (parser.isSet(m_apiKeyStdin) || parser.isSet(m_username))
            return { ErrorCode::InvalidArgument,
                     tr("%1 signs in through the browser; --api-key-stdin and --username are for platforms "
                        "that use API keys. Run `plugboard-cli connect %2`.")
                         .arg(record.name, record.id) };
        return {};
    }
    const CredentialField* usernameField = record.credentialOfType(CredentialType::Username);
    const bool takesUsername = usernameField != nullptr;
    if (!takesUsername && parser.isSet(m_username))
        return { ErrorCode::InvalidArgument,
                 tr("%1 takes the API key alone; leave out --username.").arg(record.name) };
    if (takesUsername && parser.value(m_username).trimmed().isEmpty())
        return { ErrorCode::MissingCredentials,
                 tr("%1 sends the API key with your %2: give it with --username NAME.")
                     .arg(record.name, usernameField->label) };
    return {};
}

void ConnectCommand::prepareSignIn(ConnectOperation* operation, const QCommandLineParser& parser,
                                   Console& console)
{
    operation->setScopes(parser.value(m_scopes).split(QLatin1Char(' '), Qt::SkipEmptyParts));
    if (parser.isSet(m_device)) {
        operation->setMethod(ConnectOperation::SignInMethod::Device);
        new DeviceSignIn(operation, console);
    } else {
        watchSignIn(operation, !parser.isSet(m_noBrowser), console);
    }
    // Ctrl+C cancels the wait: the operation stores nothing and says so.
    connect(new InterruptWatcher(operation), &InterruptWatcher::interrupted, operation,
            &ConnectOperation::cancel);
}

void ConnectCommand::watchSignIn(ConnectOperation* operation, bool openBrowser, Console& console)
{
    const QString name = operation->record().name;
    const bool headless = openBrowser && SignInEnvironment::isHeadless();
    const QString headlessHint = headless ? SignInEnvironment::headlessHint(operation->record()) : QString();
    openBrowser = openBrowser && !headless;
    connect(
        operation, &ConnectOperation::authorizationUrlReady, this,
        [this, operation, openBrowser, name, headlessHint, console = &console](const QUrl& url) {
            console->data(url.toString(QUrl::FullyEncoded));
            if (openBrowser
                && QProcess::startDetached(QStringLiteral("xdg-open"),
                                           { url.toString(QUrl::FullyEncoded) })) {
                console->hint(
                    tr("Sign in to %1 in your browser. If it did not open, open the URL above.").arg(name));
            } else {
                if (!headlessHint.isEmpty())
                    console->hint(headlessHint);
                acceptPastedAddress(operation, *console);
            }
            console->hint(tr("If %1 shows an error instead of a sign-in page, check the client ID "
                             "(`plugboard-cli credentials show`) and the redirect URI "
                             "(`plugboard-cli redirect-uri`).")
                              .arg(name));
        });
}

void ConnectCommand::acceptPastedAddress(ConnectOperation* operation, Console& console)
{
    const QString redirect
        = operation->session() ? operation->session()->redirectUri().toString() : QString();
    console.hint(tr("Open the URL above in a browser and sign in to %1. If that browser runs on another "
                    "computer, it ends on an address starting with %2 that does not load: copy that whole "
                    "address from its address bar and paste it here.")
                     .arg(operation->record().name, redirect));
    new PastedAddressReader([operation](const QUrl& address) { return operation->submitRedirect(address); },
                            console, operation);
}

} // namespace Plugboard::Cli
