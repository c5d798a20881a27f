#pragma once

#include "core/catalog/platformrecord.h"

#include <QByteArray>

namespace Plugboard {

/// Writes a PlatformRecord in the format PlatformRecordParser reads
/// (resources/platforms/SCHEMA.md, schema 1): `parse(toJson(r), ...)` gives
/// `r` back for every record that parse() accepts. Custom records carry
/// `"custom": true`; everything else is the shipped format.
class PlatformRecordWriter
{
public:
    PlatformRecordWriter() = delete;

    /// Indented UTF-8 JSON with a trailing newline, ready for a file.
    static QByteArray toJson(const PlatformRecord& record);
};

} // namespace Plugboard
