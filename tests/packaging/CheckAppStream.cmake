# cmake -DAPPSTREAMCLI=... -DMETAINFO=... -P CheckAppStream.cmake
# appstreamcli validate --pedantic --strict --no-net: any error, warning or
# info fails (--strict), and so does any pedantic hint but one:
# cid-contains-uppercase-letter. The id org.plugboard.Plugboard names the
# desktop file, the icon, the keyring service every stored secret is filed
# under and the settings folder (PLUGBOARD_APP_ID); lowercasing it would
# orphan every user's secrets, for a hint AppStream itself ranks below info.
cmake_policy(VERSION 3.25)
set(accepted "cid-contains-uppercase-letter")
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net --pedantic --strict --explain "${METAINFO}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate failed (${rc}):\n${out}")
endif()
string(REGEX MATCHALL "(^|\n)[EWIP]: [^ ]+ [a-z0-9-]+" issues "${out}")
foreach(issue IN LISTS issues)
    string(REGEX REPLACE ".* " "" tag "${issue}")
    if(NOT tag IN_LIST accepted)
        message(FATAL_ERROR "appstreamcli reports ${tag}:\n${out}")
    endif()
endforeach()
message(STATUS "${out}")
