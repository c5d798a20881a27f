#pragma once

#include "core/catalog/platformrecord.h"

#include <QJsonObject>

namespace Plugboard {

class RecordReader;

/// Readers for the sections of a platform record that only some platforms
/// have, kept apart from PlatformRecordParser's core so each stays short.
/// Each reads its section of `root` into `record` and reports through `r`.
namespace RecordSections {

/// "refresh_token": how long an OAuth platform lets refresh tokens work.
void readRefreshToken(RecordReader& r, const QJsonObject& root, PlatformRecord& record);

/// "api_key": how a token platform sends its key. Required for auth_kind
/// "token", refused for anything else.
void readApiKey(RecordReader& r, const QJsonObject& root, PlatformRecord& record);

/// "instance": the template and parameters a server's platform was made
/// from. Custom records only.
void readInstance(RecordReader& r, const QJsonObject& root, PlatformRecord& record);

} // namespace RecordSections
} // namespace Plugboard
