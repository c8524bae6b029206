#include "SqliteDialect.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::Database", text);
}

void exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw Error(Error::Kind::Database,
                    tr("%1 failed: %2").arg(sql, query.lastError().text()));
}

} // namespace

QString SqliteDialect::checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot be read (%1)").arg(file.errorString());
    const QByteArray head = file.read(100);
    if (head.isEmpty())
        return tr("is empty, not an SQLite database");
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!head.startsWith(magic))
        return tr("is not an SQLite database");
    if (head.size() < 100)
        return tr("is truncated (its SQLite header is incomplete)");
    return {};
}

void SqliteDialect::configure(QSqlDatabase& db, bool readOnly, int busyTimeoutMs)
{
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs)};
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

void SqliteDialect::applyPragmas(QSqlDatabase& db, bool readOnly)
{
    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!readOnly) {
        // WAL lets readers (a second window, the CLI) go on while one writer commits.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            throw Error(Error::Kind::Database, query.lastError().text());
        exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
}

int SqliteDialect::userVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        throw Error(Error::Kind::Database,
                    tr("cannot read the schema version: %1").arg(query.lastError().text()));
    return query.value(0).toInt();
}

void SqliteDialect::setUserVersion(QSqlDatabase& db, int version)
{
    // PRAGMA takes no bound parameters; the value is an int we produced ourselves.
    exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

void SqliteDialect::backupTo(QSqlDatabase& db, const QString& target)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        throw Error(Error::Kind::Io, tr("cannot write the backup %1: %2")
                                         .arg(target, query.lastError().text()));
}

QString SqliteDialect::quickCheck(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems.join(QLatin1String("; "));
}

int SqliteDialect::applicationId(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        throw Error(Error::Kind::Database, query.lastError().text());
    return query.value(0).toInt();
}

void SqliteDialect::setApplicationId(QSqlDatabase& db)
{
    exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
}

bool SqliteDialect::hasTables(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        throw Error(Error::Kind::Database, query.lastError().text());
    return query.value(0).toInt() > 0;
}

void SqliteDialect::beginWrite(QSqlDatabase& db)
{
    exec(db, QStringLiteral("BEGIN IMMEDIATE"));
}

} // namespace sc
