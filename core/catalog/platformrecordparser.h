#pragma once

#include "core/catalog/platformrecord.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Plugboard {

/// Reads one platform record (resources/platforms/SCHEMA.md, schema 1) and
/// checks it strictly: a record that loads is one Plugboard can use. Typos
/// are errors, not silently ignored keys.
///
/// Every failure is ErrorCode::InvalidRecord with a translated message of the
/// form "<source>: <field>: <what is wrong>", where <field> is a JSON path
/// such as `endpoints.token` or `credentials[1].type`.
class PlatformRecordParser
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::PlatformRecordParser)

public:
    PlatformRecordParser() = delete;

    /// What a source ending in ".json" says about the record's id.
    enum class FileName {
        MatchesId, ///< a catalog file: the id must equal the file's base name
        Any, ///< a file someone shared (`providers import`), named as they liked
    };

    /// Parses `json`. `source` names where it came from for the messages;
    /// when it is a file name or path ending in ".json" and `fileName` is
    /// MatchesId, the record's id must equal the file's base name. A record
    /// with `"custom": true` may have fewer than the two help steps a shipped
    /// record needs.
    static Result<PlatformRecord> parse(const QByteArray& json, const QString& source,
                                        FileName fileName = FileName::MatchesId);

    /// True when `id` is a usable platform id: [a-z0-9-]+ starting with a
    /// letter or digit. Ids are file names and command-line arguments, so
    /// this also keeps them safe as both.
    static bool isValidId(const QString& id);
};

} // namespace Plugboard
