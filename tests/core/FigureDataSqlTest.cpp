// Each pairing figure's data, under the filters a user sets, equals an SQL of this test's own
// over the base tables: the pairings joined to their cities and those cities' divisions, never
// the columns schema 5 copies onto each pairing nor the indexes the figure queries walk (schema
// 8 counts the sources, the totals, the divisions and the regions within index ranges; a filter
// other than the countries and years makes SQLite choose other indexes, and a home country
// other than China, or no country at all, takes the queries' general path). Checked: the
// categories and values in order, the pairs counted, the omitted pairs, the unverified note and
// every source with its count, in order. A generated register of 1,500 pairings.
#include "Database.h"
#include "SqlSupport.h"
#include "dataset/RegisterGenerator.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "figures/PairingFigureQuery.h"
#include "support/ExpectedFigure.h"
#include "support/TempDir.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sc;
using Measure = CustomFigure::Measure;

namespace {

// The base tables, with each city's division for the region of a Chinese city.
const char* const kJoined =
    " FROM pairings p JOIN cities ca ON ca.id = p.city_a JOIN cities cb ON cb.id = p.city_b"
    " LEFT JOIN divisions da ON da.code = ca.division LEFT JOIN divisions db"
    " ON db.code = cb.division";

struct Where {
    QString sql;
    QVariantList values;
};

// `filter` as a condition over the base tables, written here from what each field means.
Where whereOf(const PairingFilter& filter, bool datedOnly)
{
    QStringList terms{QStringLiteral("1 = 1")};
    QVariantList values;
    if (filter.countries.size() == 1) {
        terms << QStringLiteral("(ca.country = ? OR cb.country = ?)");
        values << filter.countries[0] << filter.countries[0];
    } else if (filter.countries.size() == 2) {
        terms << QStringLiteral("((ca.country = ? AND cb.country = ?) OR"
                                " (ca.country = ? AND cb.country = ?))");
        values << filter.countries[0] << filter.countries[1] << filter.countries[1]
               << filter.countries[0];
    }
    if (!filter.division.isEmpty()) {
        terms << QStringLiteral("(ca.division = ? OR cb.division = ?)");
        values << filter.division << filter.division;
    }
    if (!filter.region.isEmpty()) {
        terms << QStringLiteral("((ca.country = 'CN' AND da.region = ?) OR"
                                " (cb.country = 'CN' AND db.region = ?))");
        values << filter.region << filter.region;
    }
    const QString year = QStringLiteral("CAST(substr(p.established, 1, 4) AS INTEGER)");
    if (filter.fromYear) {
        terms << year + QStringLiteral(" >= ?");
        values << *filter.fromYear;
    }
    if (filter.toYear) {
        terms << year + QStringLiteral(" <= ?");
        values << *filter.toYear;
    }
    if (filter.undatedOnly)
        terms << QStringLiteral("p.established IS NULL");
    if (datedOnly)
        terms << QStringLiteral("p.established IS NOT NULL");
    if (!filter.status.isEmpty()) {
        terms << QStringLiteral("p.status = ?");
        values << filter.status;
    }
    if (!filter.kind.isEmpty()) {
        terms << QStringLiteral("p.kind = ?");
        values << filter.kind;
    }
    return {QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND ")), values};
}

using Expected = testdata::ExpectedFigure;

QVector<QPair<QString, int>> pairsOf(Database& db, const QString& text, const QVariantList& values)
{
    QVector<QPair<QString, int>> out;
    QSqlQuery query = sql::run(db.connection(), text, values);
    while (query.next())
        out << qMakePair(query.value(0).toString(), query.value(1).toInt());
    return out;
}

int countOf(Database& db, const Where& where, const QString& extra = {})
{
    return sql::scalar(db.connection(),
                       QStringLiteral("SELECT count(*)") + kJoined + where.sql + extra,
                       where.values)
        .toInt();
}

Expected expectedFor(Database& db, Measure measure, const PairingFilter& filter)
{
    const QString home = filter.countries.value(0, QStringLiteral("CN"));
    const bool years = measure == Measure::NewPerYear || measure == Measure::Cumulative;
    const Where where = whereOf(filter, years);
    Expected e;
    QSqlQuery sources =
        sql::run(db.connection(),
                 QStringLiteral("SELECT p.source_id, count(*)") + kJoined + where.sql +
                     QStringLiteral(" GROUP BY p.source_id ORDER BY 2 DESC, 1"),
                 where.values);
    while (sources.next())
        e.sources << qMakePair(sources.value(0).toLongLong(), sources.value(1).toInt());
    e.unverified = countOf(db, where, QStringLiteral(" AND p.verification = 'unverified'"));
    const int matching = countOf(db, where);
    int counted = 0;
    switch (measure) {
    case Measure::PartnerCountry: {
        QVariantList values{home};
        values << where.values;
        for (const auto& [k, n] :
             pairsOf(db,
                     QStringLiteral("SELECT CASE WHEN ca.country = ? THEN cb.country ELSE"
                                    " ca.country END AS k, count(*)") +
                         kJoined + where.sql + QStringLiteral(" GROUP BY k ORDER BY 2 DESC, k"),
                     values)) {
            e.categories << k;
            e.values << n;
        }
        break;
    }
    case Measure::NewPerYear:
    case Measure::Cumulative: {
        QMap<int, int> perYear;
        for (const auto& [k, n] :
             pairsOf(db,
                     QStringLiteral("SELECT substr(p.established, 1, 4) AS y, count(*)") + kJoined +
                         where.sql + QStringLiteral(" GROUP BY y"),
                     where.values))
            perYear.insert(k.toInt(), n);
        const int first = filter.fromYear ? *filter.fromYear : perYear.firstKey();
        const int last = filter.toYear ? *filter.toYear : perYear.lastKey();
        int sum = 0;
        for (int year = first; year <= last; ++year) {
            sum += perYear.value(year);
            e.categories << QString::number(year);
            e.values << (measure == Measure::Cumulative ? sum : perYear.value(year));
        }
        PairingFilter undated = filter;
        undated.fromYear.reset();
        undated.toYear.reset();
        undated.undatedOnly = true;
        e.omitted = countOf(db, whereOf(undated, false));
        e.unverified = 0; // a year axis leaves them out with the undated pairs
        return e;
    }
    case Measure::Division: {
        QVariantList values{home};
        values << where.values << home;
        for (const auto& [k, n] :
             pairsOf(db,
                     QStringLiteral("SELECT d.code, COALESCE(t.n, 0) AS n FROM divisions d LEFT"
                                    " JOIN (SELECT CASE WHEN ca.country = ? THEN ca.division"
                                    " ELSE cb.division END AS k, count(*) AS n") +
                         kJoined + where.sql +
                         QStringLiteral(" GROUP BY k) t ON t.k = d.code WHERE d.country = ?"
                                        " ORDER BY n DESC, d.code"),
                     values)) {
            // With a division chosen, the others are 0 by the filter, not by the data.
            if (n == 0 && !filter.division.isEmpty())
                continue;
            e.categories << k;
            e.values << n;
            counted += n;
        }
        e.omitted = matching - counted;
        break;
    }
    case Measure::Region: {
        QMap<QString, int> perRegion;
        for (const auto& [k, n] :
             pairsOf(db,
                     QStringLiteral("SELECT CASE WHEN ca.country = 'CN' THEN da.region"
                                    " WHEN cb.country = 'CN' THEN db.region END AS k, count(*)") +
                         kJoined + where.sql + QStringLiteral(" GROUP BY k"),
                     where.values))
            if (!k.isEmpty())
                perRegion.insert(k, n);
        for (const char* region : {"east", "central", "west"}) {
            e.categories << QLatin1String(region);
            e.values << perRegion.value(QLatin1String(region));
            counted += perRegion.value(QLatin1String(region));
        }
        e.omitted = matching - counted;
        break;
    }
    }
    return e;
}

void expectFigure(Database& db, const FigureData& data, Measure measure,
                  const PairingFilter& filter, const std::string& where)
{
    testdata::expectFigureAs(data, expectedFor(db, measure, filter), where);
}

} // namespace

TEST(FigureDataSql, EveryPairingFigureUnderEachFilterEqualsAnSqlOverTheBaseTables)
{
    TempDir dir;
    const QString path = dir.file("generated.sqlite");
    RegisterGenerator::generate({path, 1500, 11});
    auto db = Database::open(path, Database::Mode::ReadOnly);

    QVector<QPair<std::string, PairingFilter>> filters;
    filters << qMakePair(std::string("no filter"), PairingFilter{});
    PairingFilter f;
    f.status = QStringLiteral("dormant");
    filters << qMakePair(std::string("status"), f);
    f = {};
    f.kind = QStringLiteral("sister");
    f.fromYear = 1990;
    f.toYear = 2005;
    filters << qMakePair(std::string("kind and years"), f);
    f = {};
    f.region = QStringLiteral("east");
    filters << qMakePair(std::string("region"), f);
    f = {};
    f.division = QStringLiteral("CN-JS");
    filters << qMakePair(std::string("division"), f);
    f = {};
    f.countries = QStringList{QStringLiteral("KR")};
    filters << qMakePair(std::string("Korea"), f);

    int checked = 0;
    for (const FigureSpec& spec : FigureCatalog::all()) {
        if (spec.source != FigureSpec::Source::Pairings)
            continue;
        for (const auto& [name, user] : filters) {
            const std::string where = spec.id.toStdString() + ", " + name;
            const FigureData data = FigureQuery(*db).run(spec, user, Language::En);
            ASSERT_NO_FATAL_FAILURE(
                expectFigure(*db, data, spec.measure, FigureQuery::combine(spec, user), where));
            ++checked;
        }
    }
    EXPECT_EQ(checked, 8 * 6);

    // The queries' general path: a home country other than China (its side is not China's
    // for the regions), and no country at all (as the link map asks: one range, not split).
    QVector<QPair<Measure, QStringList>> custom{{Measure::Division, {"JP", "CN"}},
                                                {Measure::Region, {"KR"}},
                                                {Measure::PartnerCountry, {"JP"}},
                                                {Measure::NewPerYear, {"KR", "JP"}},
                                                {Measure::PartnerCountry, {}},
                                                {Measure::Division, {}},
                                                {Measure::Region, {}}};
    for (const auto& [measure, countries] : custom) {
        PairingFigureQuery::Plan plan;
        plan.measure = measure;
        plan.filter.countries = countries;
        const std::string where = CustomFigure::measureKey(measure).toStdString() + " " +
                                  countries.join('-').toStdString();
        const FigureData data = PairingFigureQuery(*db).run(plan, Language::En);
        ASSERT_NO_FATAL_FAILURE(expectFigure(*db, data, measure, plan.filter, where));
        EXPECT_FALSE(data.sources.isEmpty()) << where;
    }
}
