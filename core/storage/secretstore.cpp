#include "core/storage/secretstore.h"

namespace Plugboard {

namespace {

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
    return QLatin1String("connection/") + escapeSegment(platformId) + QLatin1Char('/')
        + escapeSegment(accountId);
}

QString SecretStore::credentialsKey(const QString& platformId)
{
    return QLatin1String("credentials/") + escapeSegment(platformId);
}

bool SecretStore::isUnder(const QString& key, const QString& prefix)
{
    if (prefix.isEmpty() || key == prefix)
        return true;
    if (!key.startsWith(prefix))
        return false;
    return prefix.endsWith(QLatin1Char('/')) || key.at(prefix.size()) == QLatin1Char('/');
}

void SecretStore::finishJob(SecretJob* job, Error error)
{
    job->emitFinished(std::move(error));
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
