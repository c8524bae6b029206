#pragma once

#include <QString>

namespace sc {

// The database files this application has checked in full (PRAGMA quick_check: 1.5 s of CPU
// at a million pairings) and found sound, each remembered with what identifies its content:
// size, inode, modification time (ns) and SQLite's file change counter (header bytes 24-27, which
// every committed write transaction increments). A file that still shows all three is opened
// without the full check; one written behind the application's back (bytes overwritten by
// another program, a copy put in its place) shows another time or size and is checked again.
// A file with a non-empty -wal beside it is always checked: its content is not the file
// alone.
//
// Kept in a small text file in the user's cache folder (SISTERCITIES_CHECKED_FILES names
// another); losing it only costs a check.
class CheckedFiles final {
public:
    // Whether `path` is, by its stamp, the file last found sound.
    static bool isKnownSound(const QString& path);
    // Remembers `path` as sound in its present state (after a clean check, or when the
    // application closes a file it opened sound and wrote itself).
    static void rememberSound(const QString& path);
    // Forgets `path` (a check found it damaged).
    static void forget(const QString& path);
    // `path` was opened and found sound (checked, or known sound); when its last connection
    // closes (closed()), the file as it is then (with what the application wrote) is
    // remembered as sound.
    static void openedSound(const QString& path);
    static void closed(const QString& path);

private:
    static QString stamp(const QString& path); // empty when there is none to trust
    static QString storePath();
};

} // namespace sc
