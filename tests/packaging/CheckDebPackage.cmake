# cmake -DBUILD_DIR=... -DAPP_ID=... -DOUT_DIR=... -P CheckDebPackage.cmake
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
        "./usr/share/dbus-1/services/org.plugboard.Plugboard1.service")
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
execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends)
if(NOT depends MATCHES "libqt6core6")
    message(FATAL_ERROR "package Depends lacks Qt: ${depends}")
endif()
# QR codes for device sign-in: dpkg-shlibdeps must find libqrencode.
if(NOT depends MATCHES "libqrencode4")
    message(FATAL_ERROR "package Depends lacks libqrencode: ${depends}")
endif()
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
