#pragma once

#include "core/catalog/platformrecord.h"

namespace Plugboard {

/// Translation context of the shipped records' texts; lupdate finds them in
/// translations/platformrecordstrings.cpp, generated from the records.
inline constexpr char kPlatformRecordContext[] = "PlatformRecord";

/// `record` with its help steps, credential labels and hints, scope
/// descriptions and refresh-token note in the installed language (context "PlatformRecord"); texts
/// without a translation stay English. Only for shipped records: a custom
/// record is in its author's words. Names, ids, scope names and URLs are
/// never translated.
PlatformRecord translatedTexts(PlatformRecord record);

} // namespace Plugboard
