#include "PairingQuery.h"

#include "CityDisplayName.h"
#include "Database.h"
#include "PairingFilterSql.h"
#include "SqlSupport.h"

#include <QSqlQuery>

#include <limits>

namespace sc {

QString PairingQuery::nameExpression(const QString& alias, Language language)
{
    // The column name comes from our own enum, never from the user.
    return QStringLiteral("COALESCE(NULLIF(%1.%2, ''), NULLIF(%1.name_native, ''), %1.name_en)")
        .arg(alias, language::nameColumn(language));
}

int PairingQuery::count(const PairingFilter& filter) const
{
    const auto where = PairingFilterSql::condition(filter);
    return sql::scalar(m_database.connection(),
                       QStringLiteral("SELECT count(*)") + PairingFilterSql::fromClauseFor(filter) +
                           QStringLiteral(" WHERE ") + where.sql,
                       where.values)
        .toInt();
}

QVector<qint64> PairingQuery::ids(const PairingFilter& filter) const
{
    const auto where = PairingFilterSql::condition(filter);
    QSqlQuery query =
        sql::run(m_database.connection(),
                 QStringLiteral("SELECT p.id") + PairingFilterSql::fromClauseFor(filter) +
                     QStringLiteral(" WHERE ") + where.sql + QStringLiteral(" ORDER BY p.id"),
                 where.values, sql::ForwardOnly);
    QVector<qint64> out;
    while (query.next())
        out << query.value(0).toLongLong();
    return out;
}

QSqlQuery PairingQuery::select(const PairingFilter& filter, Language language, int offset,
                               int limit, Sort sort, bool descending) const
{
    const auto where = PairingFilterSql::condition(filter);
    const QString nameA = nameExpression(QStringLiteral("ca"), language);
    const QString nameB = nameExpression(QStringLiteral("cb"), language);
    const QString collate = m_database.dialect().collate(language);
    const auto reference = [language](const QString& alias) {
        return QStringLiteral("COALESCE(NULLIF(%1.%2, ''), %1.name_en)")
            .arg(alias, language::nameColumn(language));
    };

    QString order;
    switch (sort) {
    case Sort::Id:
        order = QStringLiteral("p.id");
        break;
    case Sort::CityA:
        order = QStringLiteral("na.name") + collate;
        break;
    case Sort::CountryA:
        order = reference(QStringLiteral("ka")) + collate;
        break;
    case Sort::DivisionA:
        order = reference(QStringLiteral("da")) + collate;
        break;
    case Sort::CityB:
        order = QStringLiteral("nb.name") + collate;
        break;
    case Sort::CountryB:
        order = reference(QStringLiteral("kb")) + collate;
        break;
    case Sort::DivisionB:
        order = reference(QStringLiteral("db")) + collate;
        break;
    case Sort::Established:
        // Undated pairs sort after every dated one, whichever the direction.
        order = QStringLiteral("CASE WHEN p.established IS NULL THEN 1 ELSE 0 END, p.established");
        break;
    case Sort::Status:
        order = QStringLiteral("p.status");
        break;
    case Sort::Kind:
        order = QStringLiteral("p.kind");
        break;
    case Sort::Source:
        order = QStringLiteral("s.title");
        break;
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    order += direction + QStringLiteral(", p.id") + direction;

    // The display names of every city are one table expression, read for both sides.
    QString sql =
        QStringLiteral("WITH dn AS MATERIALIZED (") +
        CityDisplayName::select(m_database.dialect(), language) +
        QStringLiteral(") SELECT p.id, p.city_a, ca.country, ca.division, %1,"
                       " p.city_b, cb.country, cb.division, %2,"
                       " p.established, p.status, p.kind, p.date_basis, p.note,"
                       " p.source_id, s.title, s.url, p.row_version,"
                       " na.name, na.source, %3, %4, nb.name, nb.source, %5, %6, p.verification")
            .arg(nameA, nameB, reference(QStringLiteral("ka")), reference(QStringLiteral("da")),
                 reference(QStringLiteral("kb")), reference(QStringLiteral("db"))) +
        PairingFilterSql::fromClause() +
        QStringLiteral(" JOIN sources s ON s.id = p.source_id"
                       " JOIN dn na ON na.id = p.city_a JOIN dn nb ON nb.id = p.city_b"
                       " LEFT JOIN countries ka ON ka.code = ca.country"
                       " LEFT JOIN countries kb ON kb.code = cb.country WHERE ") +
        where.sql + QStringLiteral(" ORDER BY ") + order;
    QVariantList values = where.values;
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << limit << offset;
    } else if (offset > 0) {
        // "No limit" spelled the way every SQL dialect reads it.
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << std::numeric_limits<qint64>::max() << offset;
    }

    return sql::run(m_database.connection(), sql, values, sql::ForwardOnly);
}

PairingRow PairingQuery::rowFrom(const QSqlQuery& query)
{
    PairingRow row;
    row.id = query.value(0).toLongLong();
    row.a = {query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toString(),
             query.value(4).toString()};
    row.b = {query.value(5).toLongLong(), query.value(6).toString(), query.value(7).toString(),
             query.value(8).toString()};
    row.established = query.value(9).toString();
    row.status = query.value(10).toString();
    row.kind = query.value(11).toString();
    row.dateBasis = query.value(12).toString();
    row.note = query.value(13).toString();
    row.sourceId = query.value(14).toLongLong();
    row.sourceTitle = query.value(15).toString();
    row.sourceUrl = query.value(16).toString();
    row.rowVersion = query.value(17).toInt();
    row.a.displayName = query.value(18).toString();
    row.a.displaySource = query.value(19).toString();
    row.a.countryName = query.value(20).toString();
    row.a.divisionName = query.value(21).toString();
    row.b.displayName = query.value(22).toString();
    row.b.displaySource = query.value(23).toString();
    row.b.countryName = query.value(24).toString();
    row.b.divisionName = query.value(25).toString();
    row.unverified = query.value(26).toString() == QLatin1String("unverified");
    return row;
}

QVector<PairingRow> PairingQuery::rows(const PairingFilter& filter, Language language, int offset,
                                       int limit, Sort sort, bool descending) const
{
    QSqlQuery query = select(filter, language, offset, limit, sort, descending);
    QVector<PairingRow> out;
    while (query.next())
        out << rowFrom(query);
    return out;
}

void PairingQuery::forEachRow(const PairingFilter& filter, Language language,
                              const std::function<void(const PairingRow&)>& visit) const
{
    QSqlQuery query = select(filter, language, 0, -1, Sort::Id, false);
    while (query.next())
        visit(rowFrom(query));
}

} // namespace sc
