#pragma once

#include "core/catalog/platformcatalog.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Plugboard::Cli {

class Console;

/// `providers export ID [FILE]` and `providers import FILE [--replace]`: a
/// custom platform's definition as a file to share with a team, in the
/// record format (resources/platforms/SCHEMA.md) PlatformRecordWriter
/// writes and the catalog reads.
///
/// A record holds no secret: app credentials and tokens live in the secret
/// store, which neither side opens (no Services, no SecretStore). An export
/// is the record read back from the catalog, so nothing from the keyring or
/// the vault can end up in it; whoever imports it sets their own credentials.
/// An import goes through PlatformCatalog::addCustom(), like `providers add`,
/// so the audit trail notes it when the command has made its Services.
class ProviderSharing final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::Cli::ProviderSharing)

public:
    ProviderSharing() = delete;

    /// Writes the record of the custom platform `id` to `file` (atomically),
    /// or to standard output when `file` is empty or "-". Built-in ids give
    /// InvalidArgument (every Plugboard has them), unknown ones UnknownPlatform.
    static Result<void> exportRecord(const QString& id, const QString& file, Console& console);

    /// Reads a record from `file` ("-": standard input), checks it as the
    /// catalog does and adds it as a custom platform. Refuses built-in ids
    /// and, unless `existing` is Replace, ids that are already custom
    /// (InvalidArgument); a broken file is InvalidRecord naming the file and
    /// what is wrong. Nothing changes when it fails.
    static Result<void> importRecord(const QString& file, PlatformCatalog::ExistingCustom existing,
                                     Console& console);

private:
    static Result<QByteArray> readShared(const QString& file);
    static Result<void> writeShared(const QString& file, const QByteArray& json);
    static QString nextStep(const PlatformRecord& record);
};

} // namespace Plugboard::Cli
