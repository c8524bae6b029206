#include "OldSchemaFile.h"

#include "GeneratedDatabase.h"

#include "SqlSupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace testdata {

using namespace sc;

QStringList rowsOf(sc::Database& database, const QString& table, const QStringList& columns)
{
    QSqlQuery query =
        sql::run(database.connection(), QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                                            .arg(columns.join(QStringLiteral(", ")), table));
    QStringList out;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < columns.size(); ++i)
            fields << (query.value(i).isNull() ? QStringLiteral("NULL")
                                               : query.value(i).toString());
        out << fields.join(QLatin1Char('|'));
    }
    return out;
}

QMap<QString, QStringList> copyRowsInto(sc::Database& old, const QString& source)
{
    QMap<QString, QStringList> columnsOf;
    sql::run(old.connection(), QStringLiteral("ATTACH DATABASE ? AS b"), {source});
    // A full-text index (schema 5 on) is filled by the triggers of the table it indexes: neither
    // it nor its shadow tables are copied, nor SQLite's own statistics. Nor are schema 7's
    // stored display names and their marks: the cities' triggers mark what the copy writes,
    // and the names are made again from the cities when next read. Nor schema 9's city_grams,
    // which the cities' triggers fill, nor schema 10's figure tallies, which the pairings'
    // triggers count.
    QSqlQuery tables = sql::run(
        old.connection(), "SELECT t.name FROM main.sqlite_master t WHERE t.type = 'table'"
                          " AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                          " AND t.name NOT LIKE 'city\\_display\\_%' ESCAPE '\\'"
                          " AND t.name NOT LIKE 'city\\_grams%' ESCAPE '\\'"
                          " AND t.name NOT LIKE 'figure\\_tally\\_%' ESCAPE '\\'"
                          " AND NOT EXISTS (SELECT 1 FROM main.sqlite_master v"
                          " WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%'"
                          " AND (t.name = v.name OR t.name LIKE v.name || '\\_%' ESCAPE '\\'))"
                          " ORDER BY t.rootpage");
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : names) {
        QSqlQuery info =
            sql::run(old.connection(), QStringLiteral("PRAGMA main.table_info(%1)").arg(table));
        QStringList columns;
        while (info.next())
            columns << info.value(1).toString();
        columnsOf[table] = columns;
        const QString list = columns.join(QStringLiteral(", "));
        sql::run(old.connection(),
                 QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM b.%1 ORDER BY rowid")
                     .arg(table, list));
    }
    sql::run(old.connection(), QStringLiteral("DETACH DATABASE b"));
    return columnsOf;
}

void expectRowsKept(sc::Database& migrated, const QMap<QString, QStringList>& columns,
                    const QMap<QString, QStringList>& before)
{
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        EXPECT_EQ(rowsOf(migrated, it.key(), it.value()), before.value(it.key()))
            << it.key().toStdString();
}

OldFile generatedOldFile(const QString& scratch, const QString& path, int version, int pairings,
                         QMap<QString, QStringList>& before)
{
    testdata::generate(scratch, pairings);
    OldFile file{sc::Database::create(path, version), {}};
    EXPECT_EQ(file.database->schemaVersion(), version);
    file.columns = copyRowsInto(*file.database, scratch);
    for (auto it = file.columns.cbegin(); it != file.columns.cend(); ++it)
        before[it.key()] = rowsOf(*file.database, it.key(), it.value());
    return file;
}

} // namespace testdata
