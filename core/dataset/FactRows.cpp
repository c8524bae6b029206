#include "FactRows.h"

#include "Error.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sc::facts {

QStringList columns(const char* spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '));
}

[[noreturn]] void fail(const TsvTable& table, const TsvTable::Row& row, const QString& column,
                       const QString& why)
{
    throw Error(Error::Kind::Invalid, table.where(row, column) + QStringLiteral(": ") + why);
}

QString required(const TsvTable& table, const TsvTable::Row& row, const QString& column)
{
    const QString value = table.value(row, column);
    if (value.trimmed().isEmpty())
        fail(table, row, column,
             QCoreApplication::translate("sc::DatasetCompiler", "must not be empty"));
    return value;
}

Names names(const TsvTable& table, const TsvTable::Row& row, const QString& prefix)
{
    Names n;
    n.zh = table.value(row, prefix + QStringLiteral("zh"));
    n.ja = table.value(row, prefix + QStringLiteral("ja"));
    n.ko = table.value(row, prefix + QStringLiteral("ko"));
    n.en = table.value(row, prefix + QStringLiteral("en"));
    return n;
}

// Runs an insert and turns a driver error into one that names the fact file's row.
qint64 insert(const QSqlDatabase& db, const TsvTable& table, const TsvTable::Row& row,
              const QString& text, const QVariantList& values)
{
    try {
        // The id of a row inserted with RETURNING id (0 for the other statements).
        QSqlQuery query = sql::run(db, text, values);
        return query.next() ? query.value(0).toLongLong() : 0;
    } catch (const Error& error) {
        fail(table, row, QStringLiteral("row"), error.message());
    }
}

} // namespace sc::facts
