# The one place that holds the build policy. Every Plugboard target links
# plugboard_policy; nothing sets global flags.
add_library(plugboard_policy INTERFACE)
add_library(Plugboard::policy ALIAS plugboard_policy)

target_compile_features(plugboard_policy INTERFACE cxx_std_20)

target_compile_definitions(plugboard_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    # Every connect() names a context object, so a slot never outlives what
    # it touches (enforced by Qt 6.7 and later; Debian 12's 6.4 ignores it).
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PLUGBOARD_VERSION="${PROJECT_VERSION}"
    PLUGBOARD_APP_ID="${PLUGBOARD_APP_ID}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(plugboard_policy INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Wunused -Woverloaded-virtual
        -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
        -fno-common)
    # Hardening for a program that holds keys. Not _FORTIFY_SOURCE in a
    # sanitizer build: its checked copies (__memcpy_chk…) would stand in for
    # the calls AddressSanitizer checks more thoroughly.
    if(NOT PLUGBOARD_ENABLE_SANITIZERS)
        target_compile_options(plugboard_policy INTERFACE $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
    endif()
    target_compile_options(plugboard_policy INTERFACE -fstack-protector-strong)
    target_link_options(plugboard_policy INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,--as-needed)
endif()

# scripts/sanitize.sh runs the whole suite in such a build. Every finding
# stops the process (no recovery), so a test cannot pass over one.
if(PLUGBOARD_ENABLE_SANITIZERS)
    set(PLUGBOARD_SANITIZER_FLAGS
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_compile_options(plugboard_policy INTERFACE ${PLUGBOARD_SANITIZER_FLAGS})
    # UBSan linked in statically: gcc 12's shared libubsan, loaded beside
    # libasan, ignores UBSAN_OPTIONS=log_path and writes to standard error,
    # where a report from a program a test started could go unseen.
    target_link_options(plugboard_policy INTERFACE ${PLUGBOARD_SANITIZER_FLAGS} -static-libubsan)
endif()

# Fuzzing: the code under test gets libFuzzer's coverage instrumentation
# and the sanitizers; tests/fuzz links the fuzzer's main() into each target.
# UBSan findings abort, so the fuzzer reports them like crashes.
if(PLUGBOARD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PLUGBOARD_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++-14")
    endif()
    target_compile_options(plugboard_policy INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer
        # Q_ASSERT and the bounds checks in Qt's inline code stay on: a
        # broken assumption is a finding, not undefined behaviour later.
        -UQT_NO_DEBUG -UNDEBUG)
    target_link_options(plugboard_policy INTERFACE -fsanitize=address,undefined)
endif()

# plugboard_layer_includes(TARGET LAYER_PATH)
# Includes are written from the project root ("core/storage/connection.h",
# "ui/mainwindow.h"). Each target gets an include root that holds only its
# own layer (a link under the build folder), and passes it on to whoever
# links it: a core file that includes "ui/…" does not compile, so the
# compiler itself keeps the layers core → ui → app.
function(plugboard_layer_includes target layer_path)
    string(REPLACE "/" "_" root_name "${layer_path}")
    set(root "${PROJECT_BINARY_DIR}/include/${root_name}")
    get_filename_component(link_parent "${root}/${layer_path}" DIRECTORY)
    file(MAKE_DIRECTORY "${link_parent}")
    if(NOT EXISTS "${root}/${layer_path}")
        file(CREATE_LINK "${PROJECT_SOURCE_DIR}/${layer_path}" "${root}/${layer_path}" SYMBOLIC)
    endif()
    target_include_directories(${target} PUBLIC "${root}")
endfunction()
