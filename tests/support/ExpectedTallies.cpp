#include "ExpectedTallies.h"

#include "SqlSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <array>

#include <gtest/gtest.h>

namespace testdata {

namespace {

const char* const kTables[] = {"figure_tally_sources", "figure_tally_source_years",
                               "figure_tally_years", "figure_tally_divisions"};

QStringList sorted(QStringList rows)
{
    std::sort(rows.begin(), rows.end());
    return rows;
}

// The counts per key, as rows "key|count[|count…]".
template <std::size_t N> QStringList rowsOf(const QMap<QString, std::array<int, N>>& counts)
{
    QStringList out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QString row = it.key();
        for (int value : it.value())
            row += QLatin1Char('|') + QString::number(value);
        out << row;
    }
    return sorted(out);
}

} // namespace

QMap<QString, QStringList> talliesOf(sc::Database& database)
{
    QMap<QString, QStringList> out;
    for (const char* table : kTables) {
        QSqlQuery query =
            sc::sql::run(database.connection(), QStringLiteral("SELECT * FROM ") + table);
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
        out.insert(QLatin1String(table), sorted(rows));
    }
    return out;
}

QMap<QString, QStringList> expectedTallies(sc::Database& database)
{
    QSqlQuery query = sc::sql::run(
        database.connection(),
        QStringLiteral("SELECT p.source_id, p.established_year, p.verification, ca.country,"
                       " cb.country, ca.division, cb.division, da.region, db.region"
                       " FROM pairings p JOIN cities ca ON ca.id = p.city_a"
                       " JOIN cities cb ON cb.id = p.city_b"
                       " LEFT JOIN divisions da ON da.code = ca.division"
                       " LEFT JOIN divisions db ON db.code = cb.division"));
    QMap<QString, std::array<int, 3>> sources; // n, unverified, dated
    QMap<QString, std::array<int, 1>> sourceYears;
    QMap<QString, std::array<int, 1>> years;
    QMap<QString, std::array<int, 1>> divisions;
    while (query.next()) {
        const QString source = query.value(0).toString();
        const bool dated = !query.value(1).isNull();
        const QString year = dated ? query.value(1).toString() : QStringLiteral("-1");
        const bool unverified = query.value(2).toString() == QLatin1String("unverified");
        const QString a = query.value(3).toString();
        const QString b = query.value(4).toString();
        const QString lo = qMin(a, b);
        const QString hi = qMax(a, b);
        // The region is a Chinese city's only.
        const QString regionA = a == QLatin1String("CN") ? query.value(7).toString() : QString();
        const QString regionB = b == QLatin1String("CN") ? query.value(8).toString() : QString();

        QStringList scopes{a + QStringLiteral("|"), lo + QLatin1Char('|') + hi};
        if (b != a)
            scopes << b + QStringLiteral("|");
        for (const QString& scope : std::as_const(scopes)) {
            auto& counts = sources[scope + QLatin1Char('|') + source];
            counts[0] += 1;
            counts[1] += unverified ? 1 : 0;
            counts[2] += dated ? 1 : 0;
            if (dated)
                sourceYears[scope + QLatin1Char('|') + year + QLatin1Char('|') + source][0] += 1;
        }
        auto& every = sources[QStringLiteral("||") + source];
        every[0] += 1;
        every[1] += unverified ? 1 : 0;
        every[2] += dated ? 1 : 0;
        years[QStringList{lo, hi, year}.join(QLatin1Char('|'))][0] += 1;
        divisions[QStringList{a, b, query.value(5).toString(), regionA, query.value(6).toString(),
                              regionB}
                      .join(QLatin1Char('|'))][0] += 1;
    }
    return {{QStringLiteral("figure_tally_sources"), rowsOf(sources)},
            {QStringLiteral("figure_tally_source_years"), rowsOf(sourceYears)},
            {QStringLiteral("figure_tally_years"), rowsOf(years)},
            {QStringLiteral("figure_tally_divisions"), rowsOf(divisions)}};
}

void expectTalliesTrue(sc::Database& database, const char* step)
{
    const QMap<QString, QStringList> expected = expectedTallies(database);
    const QMap<QString, QStringList> actual = talliesOf(database);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        EXPECT_FALSE(it.value().isEmpty()) << step << ' ' << it.key().toStdString();
        EXPECT_EQ(actual.value(it.key()), it.value()) << step << ' ' << it.key().toStdString();
    }
}

} // namespace testdata
