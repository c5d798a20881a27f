# Writes the user-visible English of the shipped platform records as
# QT_TRANSLATE_NOOP("PlatformRecord", "…") entries, so lupdate puts them in
# the .ts files and translators see them next to the rest of the app.
#
#   cmake -DRECORDS_DIR=<resources/platforms> -DOUTPUT=<file> [-DEXPECTED=<file>] -P recordstrings.cmake
#
# Without EXPECTED it writes OUTPUT (the `update_record_strings` target does
# this for the committed translations/platformrecordstrings.cpp). With
# EXPECTED it writes OUTPUT and fails unless it equals EXPECTED: the test
# that catches a record changed without regenerating the list.
#
# Plain CMake, no Python: the output depends only on the records, sorted by
# file name, so every machine writes the same bytes.
cmake_minimum_required(VERSION 3.25)

if(NOT RECORDS_DIR OR NOT OUTPUT)
    message(FATAL_ERROR "usage: cmake -DRECORDS_DIR=<dir> -DOUTPUT=<file> [-DEXPECTED=<file>] -P recordstrings.cmake")
endif()

# Entries already written, one escaped literal per line, to skip repeats
# ("Client ID" is in most records). Not a CMake list: texts hold semicolons.
set(seen "\n")
set(entries "")

# Appends `text` as one entry, preceded by a `//:` comment lupdate hands to
# translators. Records are data, so escape everything a C++ literal needs.
function(add_entry text comment)
    if(text STREQUAL "")
        return()
    endif()
    set(literal "${text}")
    string(REPLACE "\\" "\\\\" literal "${literal}")
    string(REPLACE "\"" "\\\"" literal "${literal}")
    string(REPLACE "\n" "\\n" literal "${literal}")
    string(REPLACE "\t" "\\t" literal "${literal}")
    string(FIND "${seen}" "\n${literal}\n" found)
    if(NOT found EQUAL -1)
        return()
    endif()
    set(seen "${seen}${literal}\n" PARENT_SCOPE)
    set(entries "${entries}    //: ${comment}\n    QT_TRANSLATE_NOOP(\"PlatformRecord\", \"${literal}\"),\n" PARENT_SCOPE)
endfunction()

# Number of elements of the array at `path...` in `json`, 0 when absent.
function(array_length out json)
    string(JSON length ERROR_VARIABLE missing LENGTH "${json}" ${ARGN})
    if(missing)
        set(length 0)
    endif()
    set(${out} ${length} PARENT_SCOPE)
endfunction()

# The string at `path...` in `json`, empty when absent.
function(json_string out json)
    string(JSON value ERROR_VARIABLE missing GET "${json}" ${ARGN})
    if(missing)
        set(value "")
    endif()
    set(${out} "${value}" PARENT_SCOPE)
endfunction()

get_filename_component(RECORDS_DIR "${RECORDS_DIR}" ABSOLUTE)
file(GLOB records LIST_DIRECTORIES false RELATIVE "${RECORDS_DIR}" "${RECORDS_DIR}/*.json")
if(NOT records)
    # An empty list would "translate" nothing and pass every check.
    message(FATAL_ERROR "no platform records in ${RECORDS_DIR}")
endif()
list(SORT records)
list(TRANSFORM records PREPEND "${RECORDS_DIR}/")
# The templates for self-hosted servers (resources/templates, next to the
# records) are records too, with {placeholders} translators keep as they are.
file(GLOB templates LIST_DIRECTORIES false "${RECORDS_DIR}/../templates/*.json")
list(SORT templates)
foreach(path IN LISTS records templates)
    get_filename_component(file_name "${path}" NAME)
    file(READ "${path}" json)
    string(JSON custom ERROR_VARIABLE not_custom GET "${json}" custom)
    if(NOT not_custom AND custom)
        # A custom record is in its author's words: nothing to translate.
        continue()
    endif()
    json_string(name "${json}" name)
    string(APPEND entries "\n    // ${file_name}\n")

    array_length(count "${json}" help steps)
    set(i 0)
    while(i LESS count)
        json_string(step "${json}" help steps ${i})
        math(EXPR i "${i} + 1")
        add_entry("${step}" "Step ${i} of registering an app on ${name}. The names of ${name}'s menus and buttons stay in English, as on ${name}'s English pages.")
    endwhile()

    array_length(count "${json}" credentials)
    set(i 0)
    while(i LESS count)
        json_string(label "${json}" credentials ${i} label)
        json_string(description "${json}" credentials ${i} description)
        add_entry("${label}" "Label of a field in the ${name} credential form, in ${name}'s words")
        add_entry("${description}" "Hint under the \"${label}\" field of the ${name} credential form")
        math(EXPR i "${i} + 1")
    endwhile()

    array_length(count "${json}" template parameters)
    set(i 0)
    while(i LESS count)
        json_string(label "${json}" template parameters ${i} label)
        json_string(description "${json}" template parameters ${i} description)
        add_entry("${label}" "Label of a field in the Add self-hosted server dialog for ${name}")
        add_entry("${description}" "Hint under the \"${label}\" field of the Add self-hosted server dialog")
        math(EXPR i "${i} + 1")
    endwhile()

    array_length(count "${json}" scopes)
    set(i 0)
    while(i LESS count)
        json_string(scope "${json}" scopes ${i} name)
        json_string(description "${json}" scopes ${i} description)
        add_entry("${description}" "What the ${name} permission \"${scope}\" allows, shown in the permission picker")
        math(EXPR i "${i} + 1")
    endwhile()

    json_string(note "${json}" refresh_token note)
    add_entry("${note}" "Why ${name} ends sign-ins early and what lifts the limit, shown after the warning on a connection's card")
endforeach()

set(content "// Generated from resources/platforms/*.json and resources/templates/*.json by
// translations/recordstrings.cmake.
// Do not edit: after changing a record, run the `update_record_strings` target
// (then `update_translations`, which also runs it).
//
// lupdate reads this file so that the help steps, credential labels and hints
// and scope descriptions of the shipped records reach the .ts files;
// Plugboard::translatedTexts() looks them up when a shipped record loads.

#include \"platformrecordstrings.h\"

#include <QtGlobal>

namespace Plugboard {

const char* const kPlatformRecordStrings[] = {${entries}
    nullptr,
};

} // namespace Plugboard
")

file(WRITE "${OUTPUT}" "${content}")

if(EXPECTED)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${OUTPUT}" "${EXPECTED}" RESULT_VARIABLE differs)
    if(differs)
        message(FATAL_ERROR "${EXPECTED} does not match resources/platforms/*.json. "
                            "Run `cmake --build <build dir> --target update_translations` "
                            "(it regenerates the record strings first), translate the new entries "
                            "and commit both.")
    endif()
endif()
