#pragma once

#include "Database.h"
#include "SqlSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

// Every table of a database as text, row by row in rowid order: what a refused import must leave
// exactly as it was (compared besides the file's bytes, which a checkpoint may move). The name
// search's FTS5 table is dumped by its rows, not by its shadow tables, whose segments depend on how
// the rows were batched.
inline QString databaseDump(const QString& path)
{
    auto db = sc::Database::open(path, sc::Database::Mode::ReadOnly);
    QStringList out;
    QSqlQuery tables = sc::sql::run(db->connection(),
                                    QStringLiteral("SELECT name, sql FROM sqlite_master "
                                                   "WHERE type = 'table' AND name NOT LIKE "
                                                   "'city\\_names\\_%' ESCAPE '\\' ORDER BY name"));
    QStringList names;
    while (tables.next()) {
        names << tables.value(0).toString();
        out << tables.value(1).toString();
    }
    for (const QString& table : names) {
        QSqlQuery rows(db->connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << (rows.value(i).isNull() ? QStringLiteral("NULL")
                                                  : rows.value(i).toString());
            out << table + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
    }
    return out.join(QLatin1Char('\n'));
}
