#pragma once

namespace Plugboard {

/// The user-visible English of every shipped platform record (help steps,
/// credential labels and hints, scope descriptions), each once, ending with
/// nullptr. Generated into platformrecordstrings.cpp by recordstrings.cmake;
/// lupdate reads that file, and tests check the .ts files translate all of
/// them. The app itself never needs the list: it translates the texts it
/// reads from the records.
extern const char* const kPlatformRecordStrings[];

} // namespace Plugboard
