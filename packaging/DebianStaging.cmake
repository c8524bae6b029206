# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) on the staging tree of the package: what concerns only
# Debian's tools, and has no place in a plain `cmake --install`.
if(CPACK_GENERATOR STREQUAL "DEB")
    # Lintian's checks for packages uploaded to Debian that do not apply to this one. (file(COPY),
    # unlike file(INSTALL), does not put DESTDIR in front of the staging tree's path.)
    set(stage "${CPACK_TEMPORARY_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}")
    file(COPY "${CMAKE_CURRENT_LIST_DIR}/lintian/sistercities"
         DESTINATION "${stage}/share/lintian/overrides"
         FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
endif()
