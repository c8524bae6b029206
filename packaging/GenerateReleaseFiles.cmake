# Writes the files that carry the release's version, date and notes, from CHANGELOG.md, so that
# they are kept in one place (cmake -P, run by the build):
#   sistercities.metainfo.xml   AppStream metadata with <releases> (and <screenshots> when
#                               SCREENSHOT_URL is given: where docs/screenshots/ is published)
#   changelog.Debian            the Debian changelog of the package
#   sistercities.1, sistercities-cli.1   the man pages, dated by the release
# Variables: CHANGELOG, VERSION, APP_ID, TEMPLATE_DIR, OUTPUT_DIR, PACKAGE, DEB_VERSION, MAINTAINER,
# SCREENSHOT_URL and HOMEPAGE_URL (both may be empty).
cmake_minimum_required(VERSION 3.25)

foreach(variable CHANGELOG VERSION APP_ID TEMPLATE_DIR OUTPUT_DIR PACKAGE DEB_VERSION MAINTAINER)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "GenerateReleaseFiles.cmake: ${variable} is not set")
    endif()
endforeach()

# CMake lists split on ';' and treat brackets specially: both are masked while the text is a list.
file(READ "${CHANGELOG}" text)
string(REPLACE ";" "@SEMICOLON@" text "${text}")
string(REPLACE "[" "@OPEN@" text "${text}")
string(REPLACE "]" "@CLOSE@" text "${text}")
string(REPLACE "\n" ";" lines "${text}")

function(unmask out value)
    string(REPLACE "@SEMICOLON@" ";" value "${value}")
    string(REPLACE "@OPEN@" "[" value "${value}")
    string(REPLACE "@CLOSE@" "]" value "${value}")
    set(${out} "${value}" PARENT_SCOPE)
endfunction()

# Markdown to plain text (still masked): links keep their words, code and emphasis lose their
# marks.
function(plain out value)
    string(REGEX REPLACE "@OPEN@([^@]*)@CLOSE@\\([^)]*\\)" "\\1" value "${value}")
    string(REPLACE "`" "" value "${value}")
    string(REPLACE "**" "" value "${value}")
    set(${out} "${value}" PARENT_SCOPE)
endfunction()

function(xml_escape out value)
    string(REPLACE "&" "&amp;" value "${value}")
    string(REPLACE "<" "&lt;" value "${value}")
    string(REPLACE ">" "&gt;" value "${value}")
    set(${out} "${value}" PARENT_SCOPE)
endfunction()

# Releases: "## [1.2.0] - 2026-12-02" headings, "- " items (continued on indented lines).
set(releases) # versions, newest first
set(item_index 0)
set(current "")
foreach(line IN LISTS lines)
    if(line MATCHES "^## @OPEN@([0-9][0-9.]*)@CLOSE@ - ([0-9]+-[0-9][0-9]-[0-9][0-9])")
        set(current "${CMAKE_MATCH_1}")
        list(APPEND releases "${current}")
        set(date_${current} "${CMAKE_MATCH_2}")
        set(items_${current})
    elseif(line MATCHES "^## ")
        set(current "") # "Unreleased" and anything else that is not a release
    elseif(current AND line MATCHES "^- (.*)")
        math(EXPR item_index "${item_index} + 1")
        plain(item_${item_index} "${CMAKE_MATCH_1}")
        list(APPEND items_${current} ${item_index})
    elseif(current AND item_index GREATER 0 AND line MATCHES "^  +(.*)")
        plain(more "${CMAKE_MATCH_1}")
        string(APPEND item_${item_index} " ${more}")
    endif()
endforeach()

list(FIND releases "${VERSION}" position)
if(NOT position EQUAL 0)
    message(FATAL_ERROR "${CHANGELOG}: the newest release must be ${VERSION}, the project's "
                        "version; add a heading '## [${VERSION}] - YYYY-MM-DD' with its notes")
endif()
set(release_date "${date_${VERSION}}")

# AppStream <release> elements.
set(RELEASES "")
foreach(release IN LISTS releases)
    string(APPEND RELEASES
           "    <release version=\"${release}\" date=\"${date_${release}}\">\n"
           "      <description>\n        <ul>\n")
    foreach(index IN LISTS items_${release})
        unmask(item "${item_${index}}")
        xml_escape(item "${item}")
        string(APPEND RELEASES "          <li>${item}</li>\n")
    endforeach()
    string(APPEND RELEASES "        </ul>\n      </description>\n    </release>\n")
endforeach()
string(REGEX REPLACE "\n$" "" RELEASES "${RELEASES}")

set(URLS "")
if(HOMEPAGE_URL)
    set(URLS "  <url type=\"homepage\">${HOMEPAGE_URL}</url>")
endif()
set(SCREENSHOTS "")
if(SCREENSHOT_URL)
    string(REGEX REPLACE "/+$" "" SCREENSHOT_URL "${SCREENSHOT_URL}")
    file(READ "${TEMPLATE_DIR}/screenshots.xml.in" SCREENSHOTS)
    string(CONFIGURE "${SCREENSHOTS}" SCREENSHOTS @ONLY)
    string(REGEX REPLACE "\n$" "" SCREENSHOTS "${SCREENSHOTS}")
endif()
configure_file("${TEMPLATE_DIR}/sistercities.metainfo.xml.in"
               "${OUTPUT_DIR}/sistercities.metainfo.xml" @ONLY)
# Empty optional parts leave no blank lines behind.
file(READ "${OUTPUT_DIR}/sistercities.metainfo.xml" metainfo)
string(REGEX REPLACE "\n\n+" "\n" metainfo "${metainfo}")
file(WRITE "${OUTPUT_DIR}/sistercities.metainfo.xml" "${metainfo}")

# The Debian changelog: items wrapped at 78 columns, dated at noon UTC of the release day with
# its weekday (Sakamoto's method), as RFC 5322 wants.
function(rfc5322_date out iso)
    string(REGEX MATCH "^([0-9]+)-([0-9]+)-([0-9]+)$" matched "${iso}")
    set(year "${CMAKE_MATCH_1}")
    set(day "${CMAKE_MATCH_3}")
    math(EXPR y "${CMAKE_MATCH_1}")
    math(EXPR m "${CMAKE_MATCH_2}")
    math(EXPR d "${CMAKE_MATCH_3}")
    set(offsets 0 3 2 5 0 3 5 1 4 6 2 4)
    math(EXPR index "${m} - 1")
    list(GET offsets ${index} offset)
    if(m LESS 3)
        math(EXPR y "${y} - 1")
    endif()
    math(EXPR weekday "(${y} + ${y} / 4 - ${y} / 100 + ${y} / 400 + ${offset} + ${d}) % 7")
    set(days Sun Mon Tue Wed Thu Fri Sat)
    set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    list(GET days ${weekday} day_name)
    list(GET months ${index} month_name)
    set(${out} "${day_name}, ${day} ${month_name} ${year} 12:00:00 +0000" PARENT_SCOPE)
endfunction()

function(wrap out text first rest)
    string(REPLACE " " ";" words "${text}")
    set(result "${first}")
    set(line "${first}")
    set(empty TRUE)
    foreach(word IN LISTS words)
        unmask(candidate "${line} ${word}")
        string(LENGTH "${candidate}" length)
        if(empty)
            string(APPEND line "${word}")
            string(APPEND result "${word}")
            set(empty FALSE)
        elseif(length GREATER 78)
            string(APPEND result "\n${rest}${word}")
            set(line "${rest}${word}")
        else()
            string(APPEND result " ${word}")
            string(APPEND line " ${word}")
        endif()
    endforeach()
    unmask(result "${result}")
    set(${out} "${result}" PARENT_SCOPE)
endfunction()

set(debian "")
foreach(release IN LISTS releases)
    set(version "${release}")
    if(release STREQUAL VERSION)
        set(version "${DEB_VERSION}")
    endif()
    string(APPEND debian "${PACKAGE} (${version}) unstable; urgency=medium\n\n")
    foreach(index IN LISTS items_${release})
        wrap(item "${item_${index}}" "  * " "    ")
        string(APPEND debian "${item}\n")
    endforeach()
    rfc5322_date(date "${date_${release}}")
    string(APPEND debian "\n -- ${MAINTAINER}  ${date}\n\n")
endforeach()
string(REGEX REPLACE "\n\n$" "\n" debian "${debian}")
file(WRITE "${OUTPUT_DIR}/changelog.Debian" "${debian}")

# The man pages: version and date of the release.
set(MAN_DATE "${release_date}")
foreach(page sistercities.1 sistercities-cli.1)
    configure_file("${TEMPLATE_DIR}/man/${page}.in" "${OUTPUT_DIR}/${page}" @ONLY)
endforeach()
