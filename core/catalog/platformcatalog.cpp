#include "core/catalog/platformcatalog.h"

#include "core/audit/audittrail.h"
#include "core/catalog/platformrecordparser.h"
#include "core/catalog/platformrecordwriter.h"
#include "core/catalog/platformtexts.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCatalog, "plugboard.catalog")

namespace Plugboard {

namespace {

const QString kShippedDirectory = QStringLiteral(":/platforms");
const QString kSuffix = QStringLiteral(".json");

QString shippedPath(const QString& id)
{
    return kShippedDirectory + QLatin1Char('/') + id + kSuffix;
}

QString customPath(const QString& id)
{
    return PlatformCatalog::customDirectory() + QLatin1Char('/') + id + kSuffix;
}

QStringList jsonFilesIn(const QString& directory)
{
    return QDir(directory).entryList({ QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDir::Name);
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { ErrorCode::StorageFailed,
                       PlatformCatalog::tr("Could not read %1: %2. Check that the file is readable.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()) };
    return file.readAll();
}

Result<PlatformRecord> loadShipped(const QString& id)
{
    const QString path = shippedPath(id);
    const Result<QByteArray> json = readFile(path);
    if (!json)
        return json.error();
    Result<PlatformRecord> record = PlatformRecordParser::parse(json.value(), path);
    if (!record)
        return record;
    if (record.value().custom)
        return Error { ErrorCode::InvalidRecord,
                       PlatformCatalog::tr(
                           "%1: custom: a shipped record must not be marked custom; remove the key")
                           .arg(path) };
    // Shipped texts are ours and translated; custom ones (loadCustom) are the user's.
    return translatedTexts(std::move(record).value());
}

Result<PlatformRecord> loadCustom(const QString& id)
{
    const QString path = customPath(id);
    if (PlatformCatalog::shippedIds().contains(id))
        return Error { ErrorCode::InvalidRecord,
                       PlatformCatalog::tr(
                           "%1: id: \"%2\" belongs to a built-in platform, which a custom record "
                           "cannot replace; give the file and its id another name")
                           .arg(QDir::toNativeSeparators(path), id) };
    const Result<QByteArray> json = readFile(path);
    if (!json)
        return json.error();
    Result<PlatformRecord> record = PlatformRecordParser::parse(json.value(), QDir::toNativeSeparators(path));
    // Its place makes it custom, whether or not a hand-written file says so.
    if (record)
        record.value().custom = true;
    return record;
}

Error unknownPlatform(const QString& id)
{
    return { ErrorCode::UnknownPlatform,
             PlatformCatalog::tr(
                 "There is no platform called \"%1\". Run `plugboard-cli providers` to list them.")
                 .arg(id) };
}

bool lessByName(const PlatformRecord& a, const PlatformRecord& b)
{
    const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.id < b.id;
}

} // namespace

QList<Error> PlatformCatalog::loadAll()
{
    QList<Error> errors;
    m_platforms.clear();
    const auto load = [&](const QString& fileName, Result<PlatformRecord> (*loader)(const QString&)) {
        Result<PlatformRecord> record = loader(fileName.chopped(kSuffix.size()));
        if (record) {
            m_platforms.append(std::move(record).value());
        } else {
            qCWarning(lcCatalog).noquote() << "skipped platform record:" << record.error().message;
            errors.append(record.error());
        }
    };
    const QStringList shipped = jsonFilesIn(kShippedDirectory);
    for (const QString& fileName : shipped)
        load(fileName, &loadShipped);
    const QStringList custom = jsonFilesIn(customDirectory());
    for (const QString& fileName : custom)
        load(fileName, &loadCustom);
    std::sort(m_platforms.begin(), m_platforms.end(), &lessByName);
    qCInfo(lcCatalog) << "loaded" << m_platforms.size() << "platforms," << errors.size() << "skipped";
    return errors;
}

const PlatformRecord* PlatformCatalog::platform(const QString& id) const
{
    const auto it = std::find_if(m_platforms.cbegin(), m_platforms.cend(),
                                 [&](const PlatformRecord& record) { return record.id == id; });
    return it == m_platforms.cend() ? nullptr : &*it;
}

Result<PlatformRecord> PlatformCatalog::loadOne(const QString& id)
{
    // The id becomes a file name: anything else ("../x") is simply unknown.
    if (!PlatformRecordParser::isValidId(id))
        return unknownPlatform(id);
    if (QFile::exists(shippedPath(id)))
        return loadShipped(id);
    if (QFile::exists(customPath(id)))
        return loadCustom(id);
    return unknownPlatform(id);
}

Result<void> PlatformCatalog::addCustom(const PlatformRecord& record, ExistingCustom existing)
{
    PlatformRecord custom = record;
    custom.custom = true;
    // Writing and reading back checks exactly what loadAll() will accept.
    const QByteArray json = PlatformRecordWriter::toJson(custom);
    const QString path = PlatformRecordParser::isValidId(custom.id) ? customPath(custom.id) : QString();
    const Result<PlatformRecord> parsed = PlatformRecordParser::parse(json, QDir::toNativeSeparators(path));
    if (!parsed)
        return parsed.error();
    if (shippedIds().contains(custom.id))
        return Error {
            ErrorCode::InvalidArgument,
            tr("\"%1\" is the id of a built-in platform. Choose another id for the custom platform.")
                .arg(custom.id)
        };
    if (existing == ExistingCustom::Refuse && QFile::exists(path))
        return Error { ErrorCode::InvalidArgument,
                       tr("A custom platform \"%1\" already exists. Remove it first, or choose another id.")
                           .arg(custom.id) };

    const bool replacing = QFile::exists(path);
    // QSaveFile: a crash or a full disk leaves the old file, never half a record.
    QSaveFile file(path);
    const bool folderReady = QDir().mkpath(customDirectory());
    const bool written
        = folderReady && file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit();
    if (!written)
        return Error { ErrorCode::StorageFailed,
                       tr("Could not save the custom platform to %1: %2. Check that the folder is writable.")
                           .arg(QDir::toNativeSeparators(path),
                                folderReady ? file.errorString() : tr("cannot create the folder")) };
    qCInfo(lcCatalog) << "saved custom platform" << custom.id;
    AuditTrail::note(AuditEvent::ProviderAdded, custom.id, AuditTrail::ok(),
                     replacing ? QStringLiteral("replaced the earlier record") : QString());
    removeLoaded(custom.id);
    insertSorted(parsed.value());
    return {};
}

Result<void> PlatformCatalog::removeCustom(const QString& id)
{
    if (shippedIds().contains(id))
        return Error { ErrorCode::InvalidArgument,
                       tr("\"%1\" is a built-in platform and cannot be removed.").arg(id) };
    if (!PlatformRecordParser::isValidId(id) || !QFile::exists(customPath(id)))
        return unknownPlatform(id);
    QFile file(customPath(id));
    if (!file.remove())
        return Error { ErrorCode::StorageFailed,
                       tr("Could not delete %1: %2. Check that the folder is writable.")
                           .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()) };
    qCInfo(lcCatalog) << "removed custom platform" << id;
    AuditTrail::note(AuditEvent::ProviderRemoved, id);
    removeLoaded(id);
    return {};
}

QStringList PlatformCatalog::shippedIds()
{
    QStringList ids = jsonFilesIn(kShippedDirectory);
    for (QString& id : ids)
        id.chop(kSuffix.size());
    return ids;
}

QString PlatformCatalog::customDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/platforms");
}

void PlatformCatalog::insertSorted(const PlatformRecord& record)
{
    const auto at = std::upper_bound(m_platforms.begin(), m_platforms.end(), record, &lessByName);
    m_platforms.insert(at, record);
}

void PlatformCatalog::removeLoaded(const QString& id)
{
    m_platforms.removeIf([&](const PlatformRecord& record) { return record.id == id; });
}

} // namespace Plugboard
