#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sc {

// Where a PostgreSQL database is: a URI (postgresql://user@host:port/dbname?sslmode=require) or a
// libpq service name (service=sistercities, from pg_service.conf). Never a password: libpq finds
// it in its own places (~/.pgpass, PGPASSWORD, the service file), or the GUI asks for it and keeps
// it only in the open connection.
class ServerAddress final {
public:
    // Whether `location` names a server rather than a file.
    static bool isServer(const QString& location);
    // Throws Error::Kind::Invalid for a location that is not one, or one that holds a password.
    static ServerAddress parse(const QString& location);

    // Sets host, port, user, database and the remaining libpq options on a QPSQL connection.
    void applyTo(QSqlDatabase& db) const;
    // The location as the user wrote it (it holds no password).
    QString location() const { return m_location; }
    QString user() const { return m_user; }

private:
    QString m_location;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_database;
    QStringList m_options; // key=value for libpq
};

} // namespace sc
