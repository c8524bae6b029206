#include "InsertStatement.h"

namespace sc::sql {

QString insertStatement(const QString& table, const QStringList& columns, int rows)
{
    const QString placeholders = QLatin1Char('(') +
                                 QStringList(columns.size(), QStringLiteral("?")).join(u',') +
                                 QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ")
               .arg(table, columns.join(QLatin1String(", "))) +
           QStringList(rows, placeholders).join(u',');
}

} // namespace sc::sql
