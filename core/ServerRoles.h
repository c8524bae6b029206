#pragma once

#include <QString>
#include <QStringList>

namespace sc {

class Database;

// The two roles of a shared register on PostgreSQL. Each is a group role without login: the
// server's administrator makes people members (GRANT sistercities_editor TO alice). The reader
// sees everything and changes nothing, the editor also inserts, updates and deletes rows; neither
// may change the schema (the database's owner runs a new version's migrations) nor the schema
// version. docs/SERVER.md lists the statements.
class ServerRoles final {
public:
    static QString reader() { return QStringLiteral("sistercities_reader"); }
    static QString editor() { return QStringLiteral("sistercities_editor"); }

    // The GRANTs for `database` (a quoted identifier), in the order they run.
    static QStringList grants(const QString& database);
    // Creates the roles that do not exist yet and grants them their rights on the open server
    // database, in one transaction. Needs a role with CREATEROLE that owns the tables.
    static void create(Database& database);
};

} // namespace sc
