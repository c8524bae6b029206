#include "ServerRoles.h"

#include "Database.h"
#include "Error.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sc {

namespace {

// GRANT and CREATE ROLE cannot be prepared on PostgreSQL; they take no values from outside.
void execute(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw Error(Error::Kind::Database,
                    QStringLiteral("%1: %2").arg(statement, query.lastError().text()));
}

} // namespace

QStringList ServerRoles::grants(const QString& database)
{
    const QString r = reader();
    const QString e = editor();
    return {
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2, %3").arg(database, r, e),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2").arg(r, e),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1, %2").arg(r, e),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(e),
        // The schema version belongs to the migrations, which the owner runs.
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON sc_schema FROM %1").arg(e),
        // New rows take their ids from the identity sequences.
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(e),
        // Tables that later migrations add (run by the owner, who runs this) get the same.
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1, "
                       "%2")
            .arg(r, e),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON "
                       "TABLES TO %1")
            .arg(e),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON "
                       "SEQUENCES TO %1")
            .arg(e),
    };
}

void ServerRoles::create(Database& database)
{
    if (!database.isServer())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("sc::ServerRoles",
                                                "roles exist only on a server's database"));
    const QSqlDatabase db = database.connection();
    Transaction transaction(database);
    for (const QString& role : {reader(), editor()}) {
        const bool exists =
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"),
                        {role})
                .toInt() > 0;
        // Role names are our own constants: no identifier from outside reaches the SQL.
        if (!exists)
            execute(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role));
    }
    const QString name =
        sql::scalar(db, QStringLiteral("SELECT quote_ident(current_database())")).toString();
    for (const QString& statement : grants(name))
        execute(db, statement);
    transaction.commit();
}

} // namespace sc
