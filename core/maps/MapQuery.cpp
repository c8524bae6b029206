#include "MapQuery.h"

#include "Database.h"
#include "Error.h"
#include "MapCatalog.h"
#include "PairingFilterSql.h"
#include "PairingFilterText.h"
#include "ReferenceData.h"
#include "SqlSupport.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "figures/FigureTallies.h"
#include "figures/PairingFigureQuery.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

namespace sc {

namespace {

constexpr const char* kContext = "sc::MapQuery";
const QStringList kCountries{QStringLiteral("CN"), QStringLiteral("JP"), QStringLiteral("KR")};

} // namespace

MapData MapQuery::run(const QString& id, const PairingFilter& filter, Language language) const
{
    const MapSpec* spec = MapCatalog::find(id);
    if (!spec)
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("sc::MapQuery",
                                                "there is no map \"%1\": see 'figures list'")
                        .arg(id));
    return run(*spec, filter, language);
}

MapData MapQuery::run(const MapSpec& spec, const PairingFilter& filter, Language language) const
{
    MapData data;
    data.id = spec.id;
    data.kind = spec.kind;
    data.home = spec.home;
    data.language = language;
    for (const Division& division : ReferenceData(m_database).divisions())
        if (kCountries.contains(division.country))
            data.names.insert(division.code, division.names.display(language));
    switch (spec.kind) {
    case MapSpec::Kind::Choropleth:
        if (spec.figureId.isEmpty())
            fillPartner(data, spec, filter);
        else
            fillChina(data, spec, filter);
        break;
    case MapSpec::Kind::Links:
        fillLinks(data, spec, filter);
        break;
    }
    data.figure.id = spec.id;
    // The values of a figure record are its categories: a map's are its divisions or links.
    data.figure.published.clear();
    QVector<int> counts;
    if (spec.kind == MapSpec::Kind::Links) {
        for (const MapLink& link : std::as_const(data.links))
            counts << link.count;
    } else {
        counts = QVector<int>(data.counts.cbegin(), data.counts.cend());
    }
    data.breaks = ClassBreaks::quantiles(counts);
    return data;
}

// China's maps are figures 5, 6 and 8 drawn on the map: the same query, the same numbers.
void MapQuery::fillChina(MapData& data, const MapSpec& spec, const PairingFilter& filter) const
{
    const FigureSpec* figure = FigureCatalog::find(spec.figureId);
    data.figure = FigureQuery(m_database).run(*figure, filter, data.language);
    // While the selection is the report's, the map's own caption; else the figure's, which
    // names the selection (figure 5 with Korea chosen is China–Korea).
    if (data.figure.caption == FigureCatalog::caption(*figure, data.language))
        data.figure.caption = MapCatalog::caption(spec, data.language);
    if (!data.figure.categories.isEmpty() && !data.figure.series.isEmpty())
        for (int i = 0; i < data.figure.categories.size(); ++i)
            data.counts.insert(data.figure.categories.at(i),
                               int(data.figure.series.first().values.value(i).value_or(0)));
    // The home country follows the figure's selection: two countries chosen may make it JP.
    const PairingFilter combined = FigureQuery::combine(*figure, filter);
    data.home = combined.countries.value(0, spec.home);
}

// Japan's and Korea's maps: pairs with China per prefecture or province of the partner city.
void MapQuery::fillPartner(MapData& data, const MapSpec& spec, const PairingFilter& filter) const
{
    PairingFigureQuery::Plan plan;
    plan.measure = CustomFigure::Measure::Division;
    plan.filter = filter;
    plan.filter.countries = QStringList{spec.home, QStringLiteral("CN")};
    plan.caption = MapCatalog::caption(spec, data.language);
    PairingFilter base;
    base.countries = plan.filter.countries;
    plan.filterDescription =
        PairingFilterText(m_database, data.language).caption(plan.filter, base);
    data.figure = PairingFigureQuery(m_database).run(plan, data.language);
    for (int i = 0; i < data.figure.categories.size(); ++i)
        data.counts.insert(data.figure.categories.at(i),
                           int(data.figure.series.first().values.value(i).value_or(0)));
}

// One link per pair of divisions in two of the three countries, counted by SQLite.
void MapQuery::fillLinks(MapData& data, const MapSpec& spec, const PairingFilter& filter) const
{
    PairingFigureQuery::Plan plan;
    plan.measure = CustomFigure::Measure::PartnerCountry;
    plan.categories = false;
    plan.filter = filter;
    plan.caption = MapCatalog::caption(spec, data.language);
    plan.filterDescription =
        PairingFilterText(m_database, data.language).caption(filter, PairingFilter{});
    if (!filter.countries.isEmpty()) {
        // The countries narrow the map as any other filter does: say so in the title.
        QStringList countries;
        for (const QString& code : filter.countries)
            countries << code.toUpper();
        plan.filterDescription = plan.filterDescription.isEmpty()
                                     ? countries.join(QStringLiteral("–"))
                                     : countries.join(QStringLiteral("–")) + QStringLiteral(", ") +
                                           plan.filterDescription;
    }
    data.figure = PairingFigureQuery(m_database).run(plan, data.language);
    data.figure.categories.clear();
    data.figure.categoryLabels.clear();
    data.figure.series.clear();

    const QString between = QStringLiteral(
        " AND p.country_a IN ('CN', 'JP', 'KR') AND p.country_b IN ('CN', 'JP', 'KR')"
        " AND p.country_a <> p.country_b");
    // Counted per two countries and two divisions first, as SQLite walks
    // pairings_figure_division_a (its columns in its order, the region of side a among them:
    // a few thousand rows, where grouping each pair's link sorted every pair), then per link; or,
    // for a filter of countries alone, read from the same counts kept in figure_tally_divisions
    // (FigureTallies). The pairs with a city of unknown division come out as one row without a
    // link: those not drawn, counted in the same pass.
    PairingFilterSql::Condition counted;
    const bool tallied = FigureTallies::answer(m_database, filter, false);
    if (tallied) {
        const PairingBranches::Sql rows = FigureTallies(m_database).divisionPairs(filter, between);
        counted = {rows.sql, rows.values};
    } else {
        const PairingFilterSql::Condition where =
            PairingFilterSql::condition(filter, &m_database.dialect());
        counted = {QStringLiteral("SELECT p.division_a AS a, p.division_b AS b, count(*) AS n") +
                       PairingFilterSql::fromClauseFor(filter) + QStringLiteral(" WHERE ") +
                       where.sql + between +
                       QStringLiteral(" GROUP BY p.country_a, p.country_b, p.division_a,"
                                      " p.region_a, p.division_b"),
                   where.values};
    }
    const SqlDialect& dialect = m_database.dialect();
    // An unknown division is '' in the tallies, NULL on a pair.
    const QString known = tallied ? QStringLiteral("t.a <> '' AND t.b <> ''")
                                  : QStringLiteral("t.a IS NOT NULL AND t.b IS NOT NULL");
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT CASE WHEN %1 THEN %2 END, CASE WHEN %1 THEN %3 END, sum(t.n) FROM"
                       " (%4) t GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2")
            .arg(known, dialect.least(QStringLiteral("t.a"), QStringLiteral("t.b")),
                 dialect.greatest(QStringLiteral("t.a"), QStringLiteral("t.b")), counted.sql),
        counted.values, sql::ForwardOnly);
    int drawn = 0;
    int matching = 0;
    while (query.next()) {
        matching += query.value(2).toInt();
        if (query.value(0).isNull())
            continue;
        data.links << MapLink{query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toInt()};
        drawn += data.links.last().count;
    }
    FigureSeries series;
    series.n = drawn;
    data.figure.series << series;
    data.figure.omitted = matching - drawn;
    data.figure.omittedReason.clear();
    if (data.figure.omitted > 0)
        data.figure.omittedReason =
            Translations::translate(
                data.language, kContext,
                QT_TRANSLATE_NOOP("sc::MapQuery",
                                  "%1 pairs with a city of unknown division are not drawn."))
                .arg(data.figure.omitted);
}

} // namespace sc
