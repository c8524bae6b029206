#include "TestBackend.h"

#include "BundledDataset.h"
#include "Error.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace testbackend {

namespace {

QUrl clusterUrl()
{
    const QUrl url(qEnvironmentVariable("SISTERCITIES_TEST_PG"));
    if (!url.isValid() || url.host().isEmpty())
        throw sc::Error(sc::Error::Kind::Invalid,
                        QStringLiteral("SISTERCITIES_TEST_PG names no cluster: run the test "
                                       "through tests/support/with-postgres.sh"));
    return url;
}

} // namespace

bool isPostgres()
{
    return qEnvironmentVariable("SISTERCITIES_TEST_BACKEND") == QLatin1String("postgresql");
}

QString name()
{
    return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

QString adminLocation(const QString& database)
{
    QUrl url = clusterUrl();
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

void adminExec(const QString& sql, const QString& database)
{
    const QUrl url = clusterUrl();
    const QString connection = QStringLiteral("testbackend-admin-") + database;
    {
        QSqlDatabase db = QSqlDatabase::contains(connection)
                              ? QSqlDatabase::database(connection)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(database);
        if (!db.isOpen() && !db.open())
            throw sc::Error(sc::Error::Kind::Database, db.lastError().text());
        QSqlQuery query(db);
        if (!query.exec(sql))
            throw sc::Error(sc::Error::Kind::Database,
                            sql + QStringLiteral(": ") + query.lastError().text());
    }
}

QString newLocation(const QString& sqlitePath)
{
    if (!isPostgres())
        return sqlitePath;
    static QAtomicInt counter;
    const QString database = QStringLiteral("sc_test_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1));
    adminExec(QStringLiteral("CREATE DATABASE %1 OWNER sc_owner TEMPLATE template0 "
                             "ENCODING 'UTF8'")
                  .arg(database));
    QUrl url = clusterUrl();
    url.setUserName(QStringLiteral("sc_owner"));
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString databaseName(const QString& location)
{
    return QUrl(location).path().mid(1);
}

std::unique_ptr<sc::Database> create(const QString& sqlitePath, int version)
{
    return sc::Database::create(newLocation(sqlitePath), version);
}

std::unique_ptr<sc::Database> createBundled(const QString& sqlitePath, bool empty)
{
    return sc::bundled::createDatabase(newLocation(sqlitePath), empty);
}

} // namespace testbackend
