#include "core/storage/secretkeyindex.h"

#include "core/applicationinfo.h"
#include "core/storage/secretstore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace Plugboard {

namespace {

QString encode(const QString& name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString decode(const QString& entry)
{
    return QUrl::fromPercentEncoding(entry.toLatin1());
}

} // namespace

SecretKeyIndex::SecretKeyIndex(const QString& service, const QString& settingsFile)
    : m_service(service)
    , m_settingsFile(settingsFile)
{ }

SecretKeyIndex::~SecretKeyIndex() = default;

// A fresh QSettings per call reads what other Plugboard processes wrote
// since, instead of a copy cached at start-up.
std::unique_ptr<QSettings> SecretKeyIndex::open() const
{
    if (m_settingsFile.isEmpty())
        return std::make_unique<QSettings>(ApplicationInfo::settingsFilePath(), QSettings::IniFormat);
    return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
}

QString SecretKeyIndex::group() const
{
    return QLatin1String("secretIndex/") + encode(m_service);
}

Result<void> SecretKeyIndex::save(QSettings& settings) const
{
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return {};
    return Error { ErrorCode::StorageFailed,
                   QCoreApplication::translate("Plugboard::SecretKeyIndex",
                                               "Plugboard could not update its list of saved secrets in %1. "
                                               "Check that the file and its folder are writable, and try "
                                               "again.")
                       .arg(settings.fileName()) };
}

Result<void> SecretKeyIndex::add(const QString& key)
{
    const std::unique_ptr<QSettings> settings = open();
    settings->setValue(group() + QLatin1Char('/') + encode(key), true);
    return save(*settings);
}

Result<void> SecretKeyIndex::remove(const QString& key)
{
    const std::unique_ptr<QSettings> settings = open();
    settings->remove(group() + QLatin1Char('/') + encode(key));
    return save(*settings);
}

bool SecretKeyIndex::contains(const QString& key) const
{
    return open()->contains(group() + QLatin1Char('/') + encode(key));
}

QStringList SecretKeyIndex::keys() const
{
    const std::unique_ptr<QSettings> settings = open();
    settings->beginGroup(group());
    QStringList keys;
    const QStringList entries = settings->childKeys();
    for (const QString& entry : entries)
        keys.append(decode(entry));
    keys.sort();
    return keys;
}

QStringList SecretKeyIndex::keysUnder(const QString& prefix) const
{
    QStringList under = keys();
    under.removeIf([&prefix](const QString& key) { return !SecretStore::isUnder(key, prefix); });
    return under;
}

} // namespace Plugboard
