#include "core/storage/secretstore.h"

#include <QCryptographicHash>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace Plugboard {

namespace {

// The first segment of every key: what kind of secret it holds.
const QLatin1String kConnectionRoot("connection");
const QLatin1String kCredentialsRoot("credentials");
const QLatin1String kAppRoot("app");

// Escapes the characters that would change a key's shape, so an id such as
// "a/b" stays one path segment and cannot collide with "a" + "/b".
QString escapeSegment(const QString& segment)
{
    QString escaped = segment;
    escaped.replace(QLatin1Char('%'), QLatin1String("%25"));
    escaped.replace(QLatin1Char('/'), QLatin1String("%2F"));
    return escaped;
}

} // namespace

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore() = default;

SecretJob* SecretStore::read(const QString& key)
{
    return createJob(SecretJob::Kind::Read, key);
}

SecretJob* SecretStore::write(const QString& key, const QString& value)
{
    return createJob(SecretJob::Kind::Write, key, value);
}

SecretJob* SecretStore::remove(const QString& key)
{
    return createJob(SecretJob::Kind::Remove, key);
}

SecretJob* SecretStore::removeAll(const QString& prefix)
{
    return createJob(SecretJob::Kind::RemoveAll, prefix);
}

QString SecretStore::connectionKey(const QString& platformId, const QString& accountId)
{
    return kConnectionRoot + QLatin1Char('/') + escapeSegment(platformId) + QLatin1Char('/')
        + escapeSegment(accountId);
}

QString SecretStore::credentialsKey(const QString& platformId)
{
    return kCredentialsRoot + QLatin1Char('/') + escapeSegment(platformId);
}

QString SecretStore::appSecretKey(const QString& app, const QString& name)
{
    // The name is hashed: key names are kept in the settings file, and an
    // app's names are its own business.
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex();
    return appSecretsPrefix(app) + QString::fromLatin1(digest);
}

QString SecretStore::appSecretsPrefix(const QString& app)
{
    return kAppRoot + QLatin1Char('/') + escapeSegment(app) + QLatin1Char('/');
}

bool SecretStore::isUnder(const QString& key, const QString& prefix)
{
    if (prefix.isEmpty() || key == prefix)
        return true;
    if (!key.startsWith(prefix))
        return false;
    return prefix.endsWith(QLatin1Char('/')) || key.at(prefix.size()) == QLatin1Char('/');
}

void SecretStore::startOnFirstUse(SecretJob* job)
{
    Q_ASSERT(job->m_store == this && !job->isStarted());
    m_held.append(job);
    job->start(); // its run() waits while the job is held
}

void SecretStore::startHeldJobs()
{
    // Taken first: a held job's dispatch() calls this again.
    const QList<QPointer<SecretJob>> held = std::exchange(m_held, {});
    for (const QPointer<SecretJob>& job : held) {
        if (job)
            job->dispatch();
    }
}

bool SecretStore::isHeld(const SecretJob* job) const
{
    return std::any_of(m_held.cbegin(), m_held.cend(),
                       [job](const QPointer<SecretJob>& held) { return held == job; });
}

void SecretStore::finishJob(SecretJob* job, Error error)
{
    // A locked keyring reads as "nothing stored" (QtKeychain on libsecret).
    // For a key this store wrote, that is not the truth: saying "locked"
    // keeps people from setting up again what they have.
    if (job->kind() == SecretJob::Kind::Read && error.code == ErrorCode::SecretNotFound && job->m_store
        && job->m_store->hasWritten(job->key()))
        error = unreadableError(job->key());
    job->emitFinished(std::move(error));
}

Error SecretStore::unreadableError(const QString& key)
{
    // Whole sentences per kind of secret, never a sentence built from
    // translated pieces: languages order and inflect them differently.
    const QStringList parts = key.split(QLatin1Char('/'));
    QStringList ids = parts.mid(1);
    for (QString& segment : ids)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    const QString id = ids.join(QLatin1Char('/'));
    QString message;
    if (parts.first() == kConnectionRoot)
        message = tr("Plugboard saved the sign-in of %1, but the keyring returned nothing: it is probably "
                     "locked. "
                     "Unlock your keyring and try again.")
                      .arg(id);
    else if (parts.first() == kCredentialsRoot)
        message = tr("The app credentials of %1 are saved, but the keyring returned nothing: it is probably "
                     "locked. Unlock your keyring and try again.")
                      .arg(id);
    else
        message
            = tr("Plugboard saved the secret %1, but the keyring returned nothing: it is probably locked. "
                 "Unlock your keyring and try again.")
                  .arg(key);
    return { ErrorCode::KeyringLocked, message };
}

void SecretStore::setReadValue(SecretJob* job, const QString& value)
{
    job->m_value = value;
}

void SecretStore::addRemovedKey(SecretJob* job, const QString& key)
{
    job->m_removedKeys.append(key);
}

SecretJob* SecretStore::createJob(SecretJob::Kind kind, const QString& key, const QString& value)
{
    return new SecretJob(kind, key, value, this);
}

} // namespace Plugboard
