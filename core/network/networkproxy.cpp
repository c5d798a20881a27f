#include "core/network/networkproxy.h"

#include "core/job.h"
#include "core/network/proxyfactory.h"
#include "core/storage/secretstore.h"

#include <QLoggingCategory>
#include <QNetworkProxyFactory>

namespace Plugboard {

namespace {

Q_LOGGING_CATEGORY(lcProxy, "plugboard.network.proxy")

} // namespace

NetworkProxy::NetworkProxy(SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_state(std::make_shared<ProxyState>())
{
    // Qt owns the factory (and deletes the one it replaces); the state is
    // shared so this object can retire it.
    QNetworkProxyFactory::setApplicationProxyFactory(new ProxyFactory(m_state));
    reload();
}

NetworkProxy::~NetworkProxy()
{
    dropHeldRead();
    QMutexLocker lock(&m_state->mutex);
    m_state->retired = true;
    m_state->password.clear();
}

ProxySettings NetworkProxy::effectiveSettings() const
{
    return m_settings.validate() ? m_settings : ProxySettings {};
}

QString NetworkProxy::describe() const
{
    const ProxySettings effective = effectiveSettings();
    if (effective.mode == ProxySettings::Mode::Manual && !effective.user.isEmpty())
        return tr("%1 (user %2)").arg(effective.describe(), effective.user);
    return effective.describe();
}

void NetworkProxy::reload()
{
    m_settings = ProxySettings::load();
    if (Result<void> valid = m_settings.validate(); !valid)
        qCWarning(lcProxy) << "proxy settings do not validate, using the system's:" << valid.error().message;
    apply();
    ++m_generation;
    const ProxySettings effective = effectiveSettings();
    if (effective.mode == ProxySettings::Mode::Manual && !effective.user.isEmpty()) {
        readPassword();
        return;
    }
    const bool dropped = dropHeldRead();
    setPassword({});
    if (dropped && isReady())
        Q_EMIT ready(); // whoever waited for it need not any longer
}

void NetworkProxy::apply()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->settings = effectiveSettings();
    m_state->retired = false;
}

void NetworkProxy::readPassword()
{
    dropHeldRead();
    ++m_pendingReads;
    const quint64 generation = m_generation;
    SecretJob* read = m_secrets->read(ProxySettings::passwordKey());
    onFinished(read, this, [this, generation](SecretJob* job) {
        --m_pendingReads;
        if (generation == m_generation) {
            if (job->error().isError() && job->error().code != ErrorCode::SecretNotFound)
                qCWarning(lcProxy) << "could not read the proxy password:" << job->error().codeName();
            setPassword(job->error().isError() ? QString() : job->value());
        }
        if (isReady())
            Q_EMIT ready();
    });
    // Not now: start-up reads no secret (a keyring or vault prompt at login
    // for a window nobody opened). The store runs it in front of the first
    // job that reads or writes a secret, before that job's requests.
    m_heldRead = read;
    m_secrets->startOnFirstUse(read);
}

bool NetworkProxy::dropHeldRead()
{
    if (!m_heldRead || !m_secrets->isHeld(m_heldRead))
        return false; // none, or it runs already and reports as usual
    delete m_heldRead.data(); // never ran: nothing to report
    --m_pendingReads;
    return true;
}

void NetworkProxy::setPassword(const QString& password)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->password = password;
}

void NetworkProxy::whenReady(QObject* context, std::function<void()> action)
{
    if (isReady()) {
        action();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &NetworkProxy::ready, context, [connection, action = std::move(action)] {
        QObject::disconnect(*connection);
        action();
    });
    m_secrets->startHeldJobs(); // the work waits for the password: read it now
}

void NetworkProxy::startWhenReady(Job* job)
{
    whenReady(job, [job] { job->start(); });
}

Result<void> NetworkProxy::save(const ProxySettings& settings)
{
    if (Result<void> saved = settings.save(); !saved)
        return saved;
    reload();
    return {};
}

SecretJob* NetworkProxy::storePassword(const QString& password)
{
    SecretJob* job = password.isEmpty() ? m_secrets->remove(ProxySettings::passwordKey())
                                        : m_secrets->write(ProxySettings::passwordKey(), password);
    onFinished(job, this, [this](SecretJob*) { reload(); });
    return job;
}

} // namespace Plugboard
