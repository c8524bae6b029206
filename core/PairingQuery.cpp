#include "PairingQuery.h"

#include "CityDisplayName.h"
#include "Database.h"
#include "PairingBranches.h"
#include "PairingFilterSql.h"
#include "SqlSupport.h"

#include <QSqlQuery>

#include <algorithm>
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
    // One count per disjoint branch (see PairingBranches), each read from one index range.
    QStringList counts;
    QVariantList values;
    for (const PairingBranches::Sql& branch :
         PairingBranches::branches(filter, &m_database.dialect())) {
        counts << QStringLiteral("(SELECT count(*) FROM pairings p WHERE %1)").arg(branch.sql);
        values << branch.values;
    }
    return sql::scalar(m_database.connection(),
                       QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")), values)
        .toInt();
}

QVector<qint64> PairingQuery::ids(const PairingFilter& filter) const
{
    const auto where = PairingFilterSql::condition(filter, &m_database.dialect());
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

PairingQuery::Order PairingQuery::order(Sort sort, bool descending, Language language,
                                        const QString& dn, bool dense, bool reversed) const
{
    const SqlDialect& dialect = m_database.dialect();
    const QString collate = dialect.collate(language);
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const auto reference = [language](const QString& alias) {
        return QStringLiteral("COALESCE(NULLIF(%1.%2, ''), %1.name_en)")
            .arg(alias, language::nameColumn(language));
    };
    Order out;
    // On SQLite a name is sorted by its city's rank (CityDisplayName::rankTable): walking the
    // ranks and each city's pairings through its index yields the rows already in order.
    const auto byName = [&](const QString& side) {
        if (dialect.isServer()) {
            out.keys << QStringLiteral("n%1.name").arg(side) + collate + dir;
            out.joins = QStringLiteral(" JOIN %1 n%2 ON n%2.id = p.city_%2").arg(dn, side);
            return;
        }
        const QString ranks = CityDisplayName::rankTable(m_database, language);
        out.keys << QStringLiteral("r.rank") + dir;
        out.joins = QStringLiteral(" JOIN %1 r ON r.id = p.city_%2").arg(ranks, side);
        out.from = dense ? QStringLiteral(" FROM %1 r CROSS JOIN pairings p ON p.city_%2 = r.id")
                               .arg(ranks, side)
                         : QString();
    };
    switch (sort) {
    case Sort::Id:
        if (dense && !dialect.isServer())
            out.from = QStringLiteral(" FROM pairings p NOT INDEXED");
        break;
    case Sort::CityA:
        byName(QStringLiteral("a"));
        break;
    case Sort::CityB:
        byName(QStringLiteral("b"));
        break;
    case Sort::CountryA:
    case Sort::CountryB: {
        const QString side = sort == Sort::CountryA ? QStringLiteral("a") : QStringLiteral("b");
        out.keys << reference(QStringLiteral("k") + side) + collate + dir;
        out.joins = QStringLiteral(" LEFT JOIN countries k%1 ON k%1.code = p.country_%1").arg(side);
        break;
    }
    case Sort::DivisionA:
    case Sort::DivisionB: {
        const QString side = sort == Sort::DivisionA ? QStringLiteral("a") : QStringLiteral("b");
        out.keys << reference(QStringLiteral("d") + side) + collate + dir;
        out.joins =
            QStringLiteral(" LEFT JOIN divisions d%1 ON d%1.code = p.division_%1").arg(side);
        break;
    }
    case Sort::Established:
        // Undated pairs sort after every dated one, whichever the direction.
        out.keys << QStringLiteral("CASE WHEN p.established IS NULL THEN 1 ELSE 0 END") +
                        (reversed ? QStringLiteral(" DESC") : QStringLiteral(" ASC"))
                 << QStringLiteral("p.established") + dir;
        break;
    case Sort::Status:
        out.keys << QStringLiteral("p.status") + dir;
        break;
    case Sort::Kind:
        out.keys << QStringLiteral("p.kind") + dir;
        break;
    case Sort::Source:
        out.keys << QStringLiteral("s.title") + dir;
        out.joins = QStringLiteral(" JOIN sources s ON s.id = p.source_id");
        break;
    }
    out.keys << QStringLiteral("p.id") + dir;
    if (out.from.isEmpty())
        out.from = QStringLiteral(" FROM pairings p") + out.joins;
    return out;
}

QSqlQuery PairingQuery::select(const PairingFilter& filter, Language language, int offset,
                               int limit, Sort sort, bool descending, int matching, bool reversed,
                               std::optional<qint64> afterId) const
{
    const SqlDialect& dialect = m_database.dialect();
    const bool server = dialect.isServer();
    auto where = PairingFilterSql::condition(filter, &dialect);
    // Keyset paging (sort by id only): the rows beyond the last one shown.
    const QString beyond = descending ? QStringLiteral("p.id < ?") : QStringLiteral("p.id > ?");
    if (afterId) {
        where.sql = beyond + QStringLiteral(" AND ") + where.sql;
        where.values.prepend(*afterId);
    }
    const QString nameA = nameExpression(QStringLiteral("ca"), language);
    const QString nameB = nameExpression(QStringLiteral("cb"), language);
    const auto reference = [language](const QString& alias) {
        return QStringLiteral("COALESCE(NULLIF(%1.%2, ''), %1.name_en)")
            .arg(alias, language::nameColumn(language));
    };

    // A page of a filter that most rows match is found fastest by walking the rows in the
    // page's order and stopping after it: about (offset + limit) / density rows. A rare one is
    // found by collecting its matches from the indexes and sorting them. The count says which.
    bool dense = false;
    if (!server && limit >= 0 && matching > 0) {
        // max(id) is read from the end of the table's B-tree: the span the walk would cover.
        const qint64 span =
            sql::scalar(m_database.connection(), QStringLiteral("SELECT max(id) FROM pairings"))
                .toLongLong();
        dense = qint64(offset + limit) * span < qint64(matching) * matching;
    }

    // The display names of every city, read for both sides by primary key: from the names the
    // register stores (CityDisplayName::table), or where they are outdated and cannot be
    // computed again here, on SQLite from a table kept by this connection, on a server from one
    // table expression computed once for the statement.
    const QString names = CityDisplayName::table(m_database, language);
    const bool computed = server && !CityDisplayName::isTable(names);
    const QString dn = computed ? QStringLiteral("dn") : names;
    const Order o = order(sort, descending, language, dn, dense, reversed);
    const QString orderBy = o.keys.join(QStringLiteral(", "));

    QString sql =
        (computed ? QStringLiteral("WITH dn AS MATERIALIZED (") +
                        CityDisplayName::select(dialect, language) + QStringLiteral(") ")
                  : QString()) +
        QStringLiteral("SELECT p.id, p.city_a, ca.country, ca.division, %1,"
                       " p.city_b, cb.country, cb.division, %2,"
                       " p.established, p.status, p.kind, p.date_basis, p.note,"
                       " p.source_id, s.title, s.url, p.row_version,"
                       " na.name, na.source, %3, %4, nb.name, nb.source, %5, %6, p.verification")
            .arg(nameA, nameB, reference(QStringLiteral("ka")), reference(QStringLiteral("da")),
                 reference(QStringLiteral("kb")), reference(QStringLiteral("db"))) +
        PairingFilterSql::fromClause() +
        QStringLiteral(" JOIN sources s ON s.id = p.source_id"
                       " JOIN %1 na ON na.id = p.city_a JOIN %1 nb ON nb.id = p.city_b"
                       " LEFT JOIN countries ka ON ka.code = ca.country"
                       " LEFT JOIN countries kb ON kb.code = cb.country")
            .arg(dn);
    // The order's own joins where the outer query lacks them (the rank of a name).
    if (o.joins.contains(QLatin1String(" r ON ")))
        sql += o.joins;
    QVariantList values;
    if (limit < 0 && offset <= 0) {
        // Every row (an export): one pass in order.
        sql += QStringLiteral(" WHERE ") + where.sql + QStringLiteral(" ORDER BY ") + orderBy;
        values = where.values;
        return sql::run(m_database.connection(), sql, values, sql::ForwardOnly);
    }
    // The page's ids first, from pairings and the order's key alone; the names, cities and
    // sources are then joined for those rows only.
    QString ids;
    if (sort == Sort::Id && !dense) {
        // The filter's disjoint index ranges (PairingBranches), merged in id order.
        const PairingBranches::Sql each = PairingBranches::selectEach(
            QStringLiteral("p.id"), {}, filter, afterId ? beyond : QString(), &dialect,
            afterId ? QVariantList{*afterId} : QVariantList{});
        ids = QStringLiteral("SELECT m.id FROM (%1) m ORDER BY m.id%2")
                  .arg(each.sql, descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
        values = each.values;
    } else {
        ids = QStringLiteral("SELECT p.id") + o.from + QStringLiteral(" WHERE ") + where.sql +
              QStringLiteral(" ORDER BY ") + orderBy;
        values = where.values;
    }
    // "No limit" spelled the way every SQL dialect reads it.
    ids += QStringLiteral(" LIMIT ? OFFSET ?");
    values << (limit >= 0 ? qint64(limit) : std::numeric_limits<qint64>::max()) << offset;
    sql += QStringLiteral(" WHERE p.id IN (") + ids + QStringLiteral(") ORDER BY ") + orderBy;
    return sql::run(m_database.connection(), sql, values, sql::ForwardOnly);
}

PairingRow PairingQuery::rowFrom(const QSqlQuery& query)
{
    PairingRow row;
    row.id = query.value(0).toLongLong();
    // The sides' names in the chosen language are filled below, where the query has them.
    for (auto [side, first] : {std::pair{&row.a, 1}, std::pair{&row.b, 5}}) {
        side->cityId = query.value(first).toLongLong();
        side->country = query.value(first + 1).toString();
        side->division = query.value(first + 2).toString();
        side->name = query.value(first + 3).toString();
    }
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
                                       int limit, Sort sort, bool descending, int matching) const
{
    // A page in the second half is the same page counted from the end, read in the opposite
    // order: what lies before it is never walked.
    const bool fromEnd = matching > 0 && limit > 0 && qint64(offset) * 2 + limit > matching;
    QVector<PairingRow> out;
    if (fromEnd) {
        const int end = std::min(offset + limit, matching);
        if (end <= offset)
            return out;
        QSqlQuery query = select(filter, language, matching - end, end - offset, sort, !descending,
                                 matching, true);
        while (query.next())
            out << rowFrom(query);
        std::reverse(out.begin(), out.end());
        return out;
    }
    QSqlQuery query = select(filter, language, offset, limit, sort, descending, matching, false);
    while (query.next())
        out << rowFrom(query);
    return out;
}

QVector<PairingRow> PairingQuery::rowsAfter(const PairingFilter& filter, Language language,
                                            qint64 afterId, int limit, bool descending,
                                            int matching) const
{
    QSqlQuery query =
        select(filter, language, 0, limit, Sort::Id, descending, matching, false, afterId);
    QVector<PairingRow> out;
    while (query.next())
        out << rowFrom(query);
    return out;
}

void PairingQuery::forEachRow(const PairingFilter& filter, Language language,
                              const std::function<void(const PairingRow&)>& visit) const
{
    QSqlQuery query = select(filter, language, 0, -1, Sort::Id, false, -1, false);
    while (query.next())
        visit(rowFrom(query));
}

} // namespace sc
