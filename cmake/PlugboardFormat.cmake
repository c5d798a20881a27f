# `format` rewrites every C++ file with clang-format; `format_check` (also a
# ctest test when tests are built) fails on the first unformatted file.
find_program(CLANG_FORMAT_PROGRAM NAMES clang-format clang-format-14)
set_package_properties(clang-format PROPERTIES TYPE RECOMMENDED PURPOSE "format and format_check targets")

set(PLUGBOARD_FORMAT_DIRS app core ui tests)

if(CLANG_FORMAT_PROGRAM)
    set(_format_script "${CMAKE_CURRENT_LIST_DIR}/RunClangFormat.cmake")
    add_custom_target(format
        COMMAND ${CMAKE_COMMAND} -DCLANG_FORMAT=${CLANG_FORMAT_PROGRAM} -DMODE=fix
                "-DDIRS=${PLUGBOARD_FORMAT_DIRS}" -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                -P ${_format_script}
        COMMENT "Formatting C++ sources" VERBATIM)
    add_custom_target(format_check
        COMMAND ${CMAKE_COMMAND} -DCLANG_FORMAT=${CLANG_FORMAT_PROGRAM} -DMODE=check
                "-DDIRS=${PLUGBOARD_FORMAT_DIRS}" -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                -P ${_format_script}
        COMMENT "Checking C++ formatting" VERBATIM)
endif()
