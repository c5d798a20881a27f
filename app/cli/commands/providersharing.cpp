#include "app/cli/commands/providersharing.h"

#include "app/cli/console.h"
#include "core/catalog/platformrecordparser.h"
#include "core/catalog/platformrecordwriter.h"
#include "core/oauth/redirecturi.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace Plugboard::Cli {

namespace {

/// A record is a few kilobytes; a bigger file is the wrong one (or
/// /dev/zero), and is refused before it is all read into memory.
constexpr qint64 kMaxRecordBytes = 1024 * 1024;

bool isStandardStream(const QString& file)
{
    return file.isEmpty() || file == QLatin1String("-");
}

/// How messages name `file`.
QString shownName(const QString& file)
{
    return isStandardStream(file) ? ProviderSharing::tr("standard input") : QDir::toNativeSeparators(file);
}

} // namespace

Result<void> ProviderSharing::exportRecord(const QString& id, const QString& file, Console& console)
{
    if (PlatformCatalog::shippedIds().contains(id))
        return Error {
            ErrorCode::InvalidArgument,
            tr("\"%1\" is a built-in platform: every Plugboard already has it, so there is nothing "
               "to export. Only custom platforms, marked (custom) by `plugboard-cli providers`, "
               "can be exported.")
                .arg(id)
        };
    const Result<PlatformRecord> record = PlatformCatalog::loadOne(id);
    if (!record)
        return record.error();
    // Written afresh from what the catalog loaded rather than copied: the
    // file goes out in the writer's format, which every Plugboard reads back
    // to the same record, and holds the record's fields and nothing else.
    const QByteArray json = PlatformRecordWriter::toJson(record.value());
    if (isStandardStream(file)) {
        console.data(QString::fromUtf8(json.endsWith('\n') ? json.chopped(1) : json));
        return {};
    }
    if (Result<void> written = writeShared(file, json); !written)
        return written;
    console.hint(tr("Exported %1 to %2. It holds no client ID, secret or token: whoever imports it with "
                    "`plugboard-cli providers import` sets their own credentials.")
                     .arg(record.value().name, QDir::toNativeSeparators(file)));
    return {};
}

Result<void> ProviderSharing::importRecord(const QString& file, PlatformCatalog::ExistingCustom existing,
                                           Console& console)
{
    const QString source = shownName(file);
    const Result<QByteArray> json = readShared(file);
    if (!json)
        return json.error();
    // The file may be named as the person who shared it liked; its id is
    // what the platform will be called here.
    const Result<PlatformRecord> parsed
        = PlatformRecordParser::parse(json.value(), source, PlatformRecordParser::FileName::Any);
    if (!parsed)
        return Error { ErrorCode::InvalidRecord, tr("Nothing imported: %1").arg(parsed.error().message) };
    const PlatformRecord& record = parsed.value();
    if (PlatformCatalog::shippedIds().contains(record.id))
        return Error { ErrorCode::InvalidArgument,
                       tr("%1 holds \"%2\", a built-in platform every Plugboard already has, so there is "
                          "nothing to import. To add a variant of it, give it another id in the file.")
                           .arg(source, record.id) };
    // A custom file too broken to load still has the id.
    const Result<PlatformRecord> current = PlatformCatalog::loadOne(record.id);
    const bool replacing = current || current.error().code != ErrorCode::UnknownPlatform;
    if (replacing && existing == PlatformCatalog::ExistingCustom::Refuse)
        return Error {
            ErrorCode::InvalidArgument,
            tr("A custom platform \"%1\" already exists. Add --replace to replace it with the one in "
               "%2 (its stored credentials and connections stay), or give the record another id.")
                .arg(record.id, source)
        };

    PlatformCatalog catalog;
    catalog.loadAll();
    if (Result<void> added = catalog.addCustom(record, existing); !added)
        return added;
    console.data(record.id);
    if (replacing)
        console.hint(tr("Replaced the custom platform %1 with %2 from %3; its stored credentials and "
                        "connections stay.")
                         .arg(record.id, record.name, source));
    else
        console.hint(tr("Imported %1 from %2 as the custom platform %3. %4")
                         .arg(record.name, source, record.id, nextStep(record)));
    return {};
}

Result<QByteArray> ProviderSharing::readShared(const QString& file)
{
    const bool standardInput = isStandardStream(file);
    const QString source = shownName(file);
    QFile in(standardInput ? QString() : file);
    const bool opened = standardInput ? in.open(stdin, QIODevice::ReadOnly) : in.open(QIODevice::ReadOnly);
    if (!opened)
        return Error { ErrorCode::StorageFailed,
                       tr("Could not read %1: %2. Check the file's name and that it is readable.")
                           .arg(source, in.errorString()) };
    const QByteArray json = in.read(kMaxRecordBytes + 1);
    if (json.size() > kMaxRecordBytes)
        return Error { ErrorCode::InvalidRecord,
                       tr("%1 is larger than 1 MiB, so it is not a platform record (they take a few "
                          "kilobytes). Nothing imported; check that you gave the right file.")
                           .arg(source) };
    if (json.trimmed().isEmpty())
        return Error { ErrorCode::InvalidRecord,
                       tr("%1 is empty: there is no platform record in it. Nothing imported.").arg(source) };
    return json;
}

Result<void> ProviderSharing::writeShared(const QString& file, const QByteArray& json)
{
    // QSaveFile: an interrupted export leaves the old file (or none), never
    // half a record for someone to import.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        return Error { ErrorCode::StorageFailed,
                       tr("Could not write %1: %2. Check that its folder exists and is writable.")
                           .arg(QDir::toNativeSeparators(file), out.errorString()) };
    return {};
}

QString ProviderSharing::nextStep(const PlatformRecord& record)
{
    if (record.authKind == AuthKind::Token)
        return tr("Connect with `plugboard-cli connect %1 --api-key-stdin`, the key piped in.")
            .arg(record.id);
    return tr("Set the app credentials with `plugboard-cli credentials set %1 --client-id …`; the app needs "
              "%2 "
              "as a redirect URI.")
        .arg(record.id, RedirectUri::forRegistration(record.redirect).toString());
}

} // namespace Plugboard::Cli
