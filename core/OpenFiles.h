#pragma once

#include <QString>

#include <functional>

namespace sc {

// The SQLite files this process holds open, each with its number of connections.
//
// SQLite locks a file with POSIX advisory locks, and POSIX drops every lock a process holds on
// a file when the process closes *any* descriptor of it. SQLite guards its own descriptors
// against that, but a header read by the application (QFile open, read, close) while one of its
// connections has the file silently unlocks that connection: another process closing the file
// then takes itself for the last user, folds the WAL in and deletes it, and this connection's
// later commits go into the deleted WAL. So the application reads a database file itself only
// while no connection of its own has it open, and asks this registry first.
class OpenFiles final {
public:
    // The key a file is counted under: its canonical path (absolute when it does not exist).
    static QString key(const QString& path);
    // Whether a connection of this process has `path` open.
    static bool isOpen(const QString& path);
    // Whether the connections open on `path` read it as immutable (read-only, no locks): the
    // same file must be opened the same way again.
    static bool isImmutable(const QString& path);
    // Runs `read` (which reads `path` with descriptors of its own) if no connection of this
    // process has the file, holding the registry meanwhile so that none opens until it is done;
    // returns whether it ran.
    static bool readAlone(const QString& path, const std::function<void()>& read);
    static void opened(const QString& path, bool immutable);
    // Returns whether that was the last connection of this process on `path`.
    static bool closed(const QString& path);
};

} // namespace sc
