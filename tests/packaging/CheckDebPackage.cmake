# cmake -DBUILD_DIR=... -DAPP_ID=... -DOUT_DIR=... -DCLI_DOCS_DIR=... -P CheckDebPackage.cmake
cmake_policy(VERSION 3.25)
file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")
execute_process(COMMAND cpack -G DEB -B "${OUT_DIR}" --config "${BUILD_DIR}/CPackConfig.cmake"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${out}")
endif()
file(GLOB debs "${OUT_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${OUT_DIR}, found ${count}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -c failed on ${debs}")
endif()
foreach(path
        "./usr/bin/plugboard"
        "./usr/bin/plugboard-cli"
        "./usr/libexec/plugboard/plugboard-cli-full"
        "./usr/share/applications/${APP_ID}.desktop"
        "./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg"
        "./usr/share/metainfo/${APP_ID}.metainfo.xml"
        "./usr/share/dbus-1/interfaces/org.plugboard.Plugboard1.xml"
        "./usr/share/dbus-1/services/org.plugboard.Plugboard1.service"
        "./usr/share/man/man1/plugboard-cli.1.gz"
        "./usr/share/bash-completion/completions/plugboard-cli")
    string(FIND "${listing}" " ${path}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${debs} does not install ${path}:\n${listing}")
    endif()
endforeach()
# The activation file starts the packaged app, wherever the build was made.
execute_process(COMMAND dpkg-deb --fsys-tarfile ${debs} COMMAND tar -xO ./usr/share/dbus-1/services/org.plugboard.Plugboard1.service
    OUTPUT_VARIABLE activation)
if(NOT activation MATCHES "\nExec=/usr/bin/plugboard --minimized\n")
    message(FATAL_ERROR "the activation file does not start /usr/bin/plugboard:\n${activation}")
endif()
# The man page and the completion are the ones the build wrote from
# plugboard-cli's help (app/cli/docs), installed where man and
# bash-completion look.
execute_process(COMMAND dpkg-deb --fsys-tarfile ${debs} COMMAND tar -xO ./usr/share/man/man1/plugboard-cli.1.gz
    OUTPUT_FILE "${OUT_DIR}/plugboard-cli.1.gz")
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${OUT_DIR}/plugboard-cli.1.gz"
    "${CLI_DOCS_DIR}/plugboard-cli.1.gz" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the packaged man page is not ${CLI_DOCS_DIR}/plugboard-cli.1.gz")
endif()
execute_process(COMMAND dpkg-deb --fsys-tarfile ${debs}
    COMMAND tar -xO ./usr/share/bash-completion/completions/plugboard-cli OUTPUT_VARIABLE completion)
if(NOT completion MATCHES "\ncomplete -F _plugboard_cli plugboard-cli\n")
    message(FATAL_ERROR "the packaged completion does not complete plugboard-cli:\n${completion}")
endif()

# Depends: what dpkg-shlibdeps read from the binaries' NEEDED entries (the
# versions are the oldest with every symbol used: libc6 with a version is
# only ever its doing), then the two named by hand for what is loaded at
# run time.
execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends)
foreach(package
        "libc6 \\(>= " "libstdc\\+\\+6 \\(>= "
        "libqt6core6 \\(>= " "libqt6gui6 \\(>= " "libqt6widgets6 \\(>= " "libqt6network6 \\(>= "
        "libqt6networkauth6 \\(>= " "libqt6dbus6 \\(>= " "libqt6keychain1 \\(>= " "libssl3 \\(>= 3"
        "libqrencode4 \\(>= "
        "libqt6svg6" "libsecret-1-0")
    if(NOT depends MATCHES "(^|, )${package}")
        message(FATAL_ERROR "package Depends lacks ${package}: ${depends}")
    endif()
endforeach()
message(STATUS "package ok: ${debs}")
# The packaged plugboard-cli finds the full program it execs in the private
# libexec folder, relative to itself: unpacked anywhere, --version works.
execute_process(COMMAND dpkg-deb -x ${debs} "${OUT_DIR}/root" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed on ${debs}")
endif()
execute_process(COMMAND "${OUT_DIR}/root/usr/bin/plugboard-cli" --version
    OUTPUT_VARIABLE version ERROR_VARIABLE version_error RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT version MATCHES "^plugboard-cli ")
    message(FATAL_ERROR "the packaged plugboard-cli does not run the full one (${rc}): ${version}${version_error}")
endif()
