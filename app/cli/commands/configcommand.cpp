#include "app/cli/commands/configcommand.h"

#include "app/cli/console.h"
#include "core/network/networkproxy.h"
#include "core/network/proxysettings.h"
#include "core/services.h"
#include "core/settings/settingsregistry.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Plugboard::Cli {

namespace {

const QLatin1String kGet("get");
const QLatin1String kSet("set");
const QLatin1String kList("list");
const QLatin1String kProxyPassword("proxy-password");

} // namespace

ConfigCommand::ConfigCommand(QObject* parent)
    : Command(parent)
    , m_json(QStringLiteral("json"),
             tr("With list: prints one JSON object of keys and values, for programs."))
{ }

ConfigCommand::~ConfigCommand() = default;

QString ConfigCommand::summary() const
{
    return tr("Shows and changes Plugboard's settings: %1.")
        .arg(SettingsRegistry::keys().join(QStringLiteral(", ")));
}

QString ConfigCommand::synopsis() const
{
    return QStringLiteral("get KEY | set KEY VALUE | set proxy-password | list [--json]");
}

QList<Command::Argument> ConfigCommand::arguments() const
{
    QString keys = tr("The setting, with get and set:");
    for (const Setting& setting : SettingsRegistry::all())
        keys += QStringLiteral("\n%1 (%2): %3")
                    .arg(setting.key, setting.values.join(QLatin1Char('|')), setting.description);
    keys += QStringLiteral("\n%1: %2")
                .arg(kProxyPassword,
                     tr("The proxy user's password: `set` reads it at a prompt or from "
                        "standard input, never as VALUE, and an empty one removes it; "
                        "`get` says whether one is stored"));
    return { { QStringLiteral("ACTION"), tr("get, set or list."), false, QStringLiteral("get|set|list") },
             { QStringLiteral("KEY"), keys, true },
             { QStringLiteral("VALUE"), tr("Its new value, with set."), true } };
}

void ConfigCommand::configure(QCommandLineParser& parser)
{
    parser.addOption(m_json);
}

void ConfigCommand::run(const QCommandLineParser& parser, Console& console)
{
    const QStringList given = parser.positionalArguments();
    const QString action = given.value(0);
    const QString key = given.value(1);
    if (action == kSet && key == kProxyPassword && given.size() == 3) {
        failLater(console,
                  { ErrorCode::InvalidArgument,
                    tr("The proxy password is never taken as an argument: other users can read "
                       "command lines, and shells keep them. Run `plugboard-cli config set %1` "
                       "and type it, or pipe it in.")
                        .arg(kProxyPassword) });
        return;
    }
    const qsizetype wanted = action == kGet ? 2
        : action == kSet                    ? (key == kProxyPassword ? 2 : 3)
        : action == kList                   ? 1
                                            : -1;
    if (wanted != given.size() || (parser.isSet(m_json) && action != kList)) {
        failLater(console,
                  { ErrorCode::InvalidArgument, tr("Use `plugboard-cli config %1`.").arg(synopsis()) });
        return;
    }
    if (key == kProxyPassword)
        action == kGet ? getProxyPassword(console) : setProxyPassword(console);
    else if (action == kGet)
        get(given.at(1), console);
    else if (action == kSet)
        set(given.at(1), given.at(2), console);
    else
        list(parser.isSet(m_json), console);
}

void ConfigCommand::get(const QString& key, Console& console)
{
    const Result<Setting> setting = SettingsRegistry::find(key);
    if (!setting) {
        failLater(console, setting.error());
        return;
    }
    console.data(setting.value().value());
    finishLater(ExitCode::Ok);
}

void ConfigCommand::set(const QString& key, const QString& value, Console& console)
{
    const Result<Setting> setting = SettingsRegistry::find(key);
    const bool changes = setting && setting.value().value() != value;
    if (const Result<void> recorded = SettingsRegistry::set(key, value); !recorded) {
        failLater(console, recorded.error());
        return;
    }
    const QString note = changes && setting.value().note ? setting.value().note(value) : QString();
    if (!note.isEmpty())
        console.hint(note);
    finishLater(ExitCode::Ok);
}

void ConfigCommand::list(bool json, Console& console)
{
    const QList<Setting> settings = SettingsRegistry::all();
    if (json) {
        QJsonObject object;
        for (const Setting& setting : settings)
            object.insert(setting.key, setting.value());
        console.data(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (const Setting& setting : settings)
            console.data(QStringLiteral("%1=%2").arg(setting.key, setting.value()));
        console.hint(tr("Change one with `plugboard-cli config set KEY VALUE`; `plugboard-cli config --help` "
                        "describes them."));
    }
    finishLater(ExitCode::Ok);
}

void ConfigCommand::getProxyPassword(Console& console)
{
    m_services = std::make_unique<Services>(passphrases(console));
    // From the index of what was written: no keyring read, no prompt.
    console.data(m_services->secrets()->hasWritten(ProxySettings::passwordKey()) ? QStringLiteral("set")
                                                                                 : QStringLiteral("not set"));
    finishLater(ExitCode::Ok);
}

void ConfigCommand::setProxyPassword(Console& console)
{
    const ProxySettings proxy = ProxySettings::load();
    if (proxy.mode != ProxySettings::Mode::Manual || proxy.user.isEmpty()) {
        failLater(console,
                  { ErrorCode::InvalidArgument,
                    tr("The proxy setting names no user, so no password is sent. Name one first: "
                       "`plugboard-cli config set proxy http://USER@HOST:PORT`.") });
        return;
    }
    const QString password
        = console.readSecret(tr("Password of %1 for the proxy %2:").arg(proxy.user, proxy.host));
    m_services = std::make_unique<Services>(passphrases(console));
    SecretJob* job = m_services->proxy()->storePassword(password);
    onFinished(job, this, [this, removed = password.isEmpty(), console = &console](SecretJob* done) {
        if (done->error().isError()) {
            fail(*console, done->error());
            return;
        }
        console->hint(removed ? tr("Removed the proxy password.")
                              : tr("Stored the proxy password in the secret store."));
        Q_EMIT finished(ExitCode::Ok);
    });
    job->start();
}

} // namespace Plugboard::Cli
