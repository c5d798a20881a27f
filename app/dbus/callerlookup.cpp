#include "app/dbus/callerlookup.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

#include <unistd.h>

namespace Plugboard {

namespace {

Q_LOGGING_CATEGORY(lcCaller, "plugboard.dbus.caller")

constexpr int kDaemonTimeoutMs = 5000;

} // namespace

CallerLookup::CallerLookup(const QDBusConnection& bus, const QString& sender, QObject* parent)
    : Job(parent)
    , m_bus(bus)
    , m_sender(sender)
{ }

CallerLookup::~CallerLookup() = default;

void CallerLookup::run()
{
    QDBusMessage ask = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetConnectionCredentials"));
    ask << m_sender;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(ask, kDaemonTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &CallerLookup::onCredentials);
}

void CallerLookup::onCredentials(QDBusPendingCallWatcher* watcher)
{
    watcher->deleteLater();
    const QDBusPendingReply<QVariantMap> reply = *watcher;
    const Error unknown { ErrorCode::AccessDenied,
                          tr("Plugboard could not tell which program is asking, so it hands out nothing.") };
    if (reply.isError()) {
        qCWarning(lcCaller) << "no credentials for" << m_sender << reply.error().name();
        emitFinished(unknown);
        return;
    }
    const QVariantMap credentials = reply.value();
    bool pidKnown = false;
    bool uidKnown = false;
    const qint64 pid = credentials.value(QStringLiteral("ProcessID")).toLongLong(&pidKnown);
    const qint64 uid = credentials.value(QStringLiteral("UnixUserID")).toLongLong(&uidKnown);
    if (!pidKnown || !uidKnown) {
        emitFinished(unknown);
        return;
    }
    if (uid != qint64(::geteuid())) {
        qCWarning(lcCaller) << "refused" << m_sender << "of user" << uid;
        emitFinished({ ErrorCode::AccessDenied, tr("Plugboard serves the programs of its own user only.") });
        return;
    }
    const QByteArray label = credentials.value(QStringLiteral("LinuxSecurityLabel")).toByteArray();
    Result<CallerApplication> caller = CallerApplication::ofProcess(pid, label);
    if (!caller) {
        emitFinished(caller.error());
        return;
    }
    m_caller = std::move(caller).value();
    m_pid = pid;
    qCDebug(lcCaller) << m_sender << "is" << m_caller.id;
    emitFinished();
}

} // namespace Plugboard
