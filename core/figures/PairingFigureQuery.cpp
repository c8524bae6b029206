#include "PairingFigureQuery.h"

#include "Database.h"
#include "FigureTallies.h"
#include "FigureText.h"
#include "PairingBranches.h"
#include "PairingQuery.h"
#include "ReferenceData.h"
#include "SourceCatalog.h"
#include "SqlSupport.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace sc {

namespace {

using Measure = CustomFigure::Measure;

QString home(const PairingFilter& filter)
{
    return filter.countries.value(0, QStringLiteral("CN")).toUpper();
}

bool onYearAxis(Measure measure)
{
    return measure == Measure::NewPerYear || measure == Measure::Cumulative;
}

bool inYears(const PairingFilter& filter, int year)
{
    return (!filter.fromYear || year >= *filter.fromYear) &&
           (!filter.toYear || year <= *filter.toYear);
}

// The dated pairs within and outside the filter's years, from every year's count (-1: undated).
FigureTallies::YearSplit splitOf(const PairingFilter& filter, const QMap<int, int>& everyYear)
{
    FigureTallies::YearSplit split;
    for (auto it = everyYear.cbegin(); it != everyYear.cend(); ++it)
        if (it.key() >= 0)
            (inYears(filter, it.key()) ? split.within : split.outside) += it.value();
    return split;
}

// What a range of pairs is counted per: `key`, a function of the columns of `groupBy`.
struct Grouping {
    QString key;
    QVariantList keyValues;
    QString groupBy;
};

// Whether PairingBranches splits the plan's pairs on the home country: then its first range has
// the home country on side a and its second on side b and not on side a ("either city is in
// China": "city a is", "city b is, city a is not"; two countries: each order once).
bool splitOnHome(const PairingFilter& filter)
{
    return filter.countries.size() == 1 ||
           (filter.countries.size() == 2 &&
            filter.countries.at(0).toUpper() != filter.countries.at(1).toUpper());
}

// The pairs a plan counts, counted within each disjoint index range of PairingBranches, as rows
// (k, n) for the caller's outer GROUP BY to sum; for the year axes only the pairs with a year.
// Each range is grouped by columns that an index holds right after the range's own, so that
// SQLite counts the range as it walks that index (it takes the GROUP BY terms in any order):
// pairings_side_a/_b (both countries, then the year), pairings_figure_division_a/_b (both
// countries, then the home side's division and region, then the other side's),
// pairings_figure_source_a/_b (one country, then the source). Where the home country's side of
// each range is known, `sideA` and `sideB` name its own columns (fewer, smaller groups);
// otherwise `any` groups by every column its key reads. Grouping each pair's key over the whole
// union instead sorts every matching pair in a temporary B-tree (fig5 at 100,000 pairings: 501 M
// instructions in the sqlite3 shell, against 146 M).
PairingBranches::Sql countedOf(const SqlDialect& dialect, const PairingFigureQuery::Plan& plan,
                               const Grouping& any, const Grouping& sideA = {},
                               const Grouping& sideB = {},
                               const QString& aggregates = QStringLiteral("count(*) AS n"))
{
    const QString dated = onYearAxis(plan.measure)
                              ? QStringLiteral(" AND p.established_year IS NOT NULL")
                              : QString();
    const QVector<PairingBranches::Sql> branches = PairingBranches::branches(plan.filter, &dialect);
    const bool bySide = splitOnHome(plan.filter) && branches.size() == 2 && !sideA.key.isEmpty() &&
                        !sideB.key.isEmpty();
    QStringList selects;
    QVariantList values;
    for (int i = 0; i < branches.size(); ++i) {
        const Grouping& g = bySide ? (i == 0 ? sideA : sideB) : any;
        selects << QStringLiteral("SELECT %1 AS k, %2 FROM pairings p WHERE %3%4 GROUP BY %5")
                       .arg(g.key, aggregates, branches.at(i).sql, dated, g.groupBy);
        values << g.keyValues << branches.at(i).values;
    }
    return {selects.join(QLatin1String(" UNION ALL ")), values};
}

QHash<QString, QString> countryNames(Database& database, Language language)
{
    QHash<QString, QString> names;
    for (const Country& country : ReferenceData(database).countries())
        names.insert(country.code, country.names.display(language));
    return names;
}

// One country's name: a figure names its one or two countries, and reads every country's name
// only for a partner-country figure's categories (133 rows, 6 % of a small figure's time).
QString countryName(Database& database, const QString& code, Language language)
{
    const std::optional<Country> country = ReferenceData(database).country(code);
    return country ? country->names.display(language) : code;
}

} // namespace

FigureData PairingFigureQuery::run(const Plan& plan, Language language) const
{
    FigureData data;
    data.language = language;
    data.unit = ValueUnit::Pairs;
    data.filterDescription = plan.filterDescription;
    const QString homeCode = home(plan.filter);
    const QString homeName = countryName(m_database, homeCode, language);
    QString selection = homeName;
    if (plan.filter.countries.size() == 2) {
        const QString partner = plan.filter.countries.at(1).toUpper();
        selection += QStringLiteral("–") + countryName(m_database, partner, language);
    }
    data.caption = plan.caption.isEmpty()
                       ? figuretext::selectionTitle(plan.measure, selection, homeName, language)
                       : plan.caption;
    data.valueAxisTitle = figuretext::pairsAxisTitle(plan.measure, language);

    // The tallies answer a figure of countries (and years, on a year axis) alone; the link map
    // asks for no partner countries, which are counted per side of a pair, and no other figure
    // is without a country.
    const bool tallied = FigureTallies::answer(m_database, plan.filter, onYearAxis(plan.measure)) &&
                         (!plan.filter.countries.isEmpty() ||
                          plan.measure != Measure::PartnerCountry || !plan.categories);
    // A tallied year axis reads every year once: its categories, its undated pairs and which
    // way its sources are read (FigureTallies::sources) come from that one statement.
    const bool everyYear = tallied && onYearAxis(plan.measure);
    const QMap<int, int> years = everyYear ? yearsOf(plan) : QMap<int, int>();
    // First, for its totals: the pairs the figure counts and the unverified ones among them.
    const Totals totals = addSources(data, plan, tallied, everyYear ? &years : nullptr);
    switch (plan.measure) {
    case Measure::NewPerYear:
    case Measure::Cumulative:
        data.kind = plan.measure == Measure::NewPerYear ? FigureKind::BarByYear
                                                        : FigureKind::CumulativeLine;
        data.categoryKind = CategoryKind::Year;
        fillYears(data, plan, everyYear ? &years : nullptr);
        break;
    case Measure::PartnerCountry:
        data.kind = FigureKind::Pie;
        data.categoryKind = CategoryKind::Country;
        if (plan.categories) {
            fillCountries(data, plan, tallied);
            const QHash<QString, QString> countries = countryNames(m_database, language);
            for (const QString& code : std::as_const(data.categories))
                data.categoryLabels << countries.value(code, code);
        }
        break;
    case Measure::Division:
        data.kind = FigureKind::BarByDivision;
        data.categoryKind = CategoryKind::Division;
        fillDivisions(data, plan, totals.pairs, tallied);
        break;
    case Measure::Region:
        data.kind = FigureKind::Pie;
        data.categoryKind = CategoryKind::Region;
        fillRegions(data, plan, totals.pairs, tallied);
        break;
    }
    data.categoryAxisTitle =
        figuretext::categoryAxisTitle(data.categoryKind, homeCode == QLatin1String("CN"), language);
    if (data.omitted > 0)
        data.omittedReason = figuretext::omittedReason(data.categoryKind, data.omitted, language);
    // Unverified pairs have no date: on a year axis they are among the omitted ones already.
    if (data.categoryKind != CategoryKind::Year && totals.unverified > 0)
        data.notes << figuretext::unverifiedNote(totals.unverified, language);
    addPublished(data, plan);
    return data;
}

int PairingFigureQuery::matching(const Plan& plan) const
{
    return PairingQuery(m_database).count(plan.filter);
}

QMap<int, int> PairingFigureQuery::yearsOf(const Plan& plan) const
{
    const PairingBranches::Sql rows = FigureTallies(m_database).everyYear(plan.filter);
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT t.k, sum(t.n) FROM (%1) t GROUP BY t.k ORDER BY t.k").arg(rows.sql),
        rows.values, sql::ForwardOnly);
    QMap<int, int> years;
    while (query.next())
        years.insert(query.value(0).toInt(), query.value(1).toInt());
    return years;
}

void PairingFigureQuery::fillYears(FigureData& data, const Plan& plan,
                                   const QMap<int, int>* everyYear) const
{
    QMap<int, int> perYear;
    int counted = 0;
    if (everyYear) {
        // The dated years within the filter's bounds.
        for (auto it = everyYear->cbegin(); it != everyYear->cend(); ++it)
            if (it.key() >= 0 && inYears(plan.filter, it.key())) {
                perYear.insert(it.key(), it.value());
                counted += it.value();
            }
    } else {
        const PairingBranches::Sql rows =
            countedOf(m_database.dialect(), plan,
                      {QStringLiteral("p.established_year"),
                       {},
                       QStringLiteral("p.country_a, p.country_b, p.established_year")});
        QSqlQuery query = sql::run(m_database.connection(),
                                   QStringLiteral("SELECT t.k, sum(t.n) FROM (%1) t"
                                                  " GROUP BY t.k ORDER BY t.k")
                                       .arg(rows.sql),
                                   rows.values, sql::ForwardOnly);
        while (query.next()) {
            perYear.insert(query.value(0).toInt(), query.value(1).toInt());
            counted += query.value(1).toInt();
        }
    }
    // A continuous axis: every year of the range, years without a new pair at 0.
    const std::optional<int> first =
        plan.filter.fromYear
            ? plan.filter.fromYear
            : (perYear.isEmpty() ? std::nullopt : std::optional<int>(perYear.firstKey()));
    const std::optional<int> last =
        plan.filter.toYear
            ? plan.filter.toYear
            : (perYear.isEmpty() ? std::nullopt : std::optional<int>(perYear.lastKey()));
    FigureSeries series;
    series.n = counted;
    if (first && last) {
        int sum = 0;
        for (int year = *first; year <= *last; ++year) {
            const int count = perYear.value(year);
            sum += count;
            data.categories << QString::number(year);
            data.categoryLabels << QString::number(year);
            series.values << double(plan.measure == Measure::Cumulative ? sum : count);
        }
    }
    data.series << series;
    // The year bounds already leave out undated pairs: count those the rest of the filter
    // matches, which are what the axis cannot show.
    Plan undated = plan;
    undated.filter.fromYear.reset();
    undated.filter.toYear.reset();
    undated.filter.undatedOnly = true;
    data.omitted = everyYear ? everyYear->value(-1) : matching(undated);
}

void PairingFigureQuery::fillCountries(FigureData& data, const Plan& plan, bool tallied) const
{
    const PairingBranches::Sql rows =
        tallied ? FigureTallies(m_database).partners(plan.filter, home(plan.filter))
                : countedOf(m_database.dialect(), plan,
                            {QStringLiteral(
                                 "CASE WHEN p.country_a = ? THEN p.country_b ELSE p.country_a END"),
                             {home(plan.filter)},
                             QStringLiteral("p.country_a, p.country_b")},
                            {QStringLiteral("p.country_b"), {}, QStringLiteral("p.country_b")},
                            {QStringLiteral("p.country_a"), {}, QStringLiteral("p.country_a")});
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT t.k, sum(t.n) FROM (%1) t"
                                              " GROUP BY t.k ORDER BY sum(t.n) DESC, t.k")
                                   .arg(rows.sql),
                               rows.values, sql::ForwardOnly);
    FigureSeries series;
    int counted = 0;
    while (query.next()) {
        data.categories << query.value(0).toString();
        series.values << query.value(1).toDouble();
        counted += query.value(1).toInt();
    }
    series.n = counted;
    data.series << series;
}

void PairingFigureQuery::fillDivisions(FigureData& data, const Plan& plan, int matching,
                                       bool tallied) const
{
    const QString homeCode = home(plan.filter);
    const QString homeDivision =
        QStringLiteral("CASE WHEN p.country_a = ? THEN p.division_a ELSE p.division_b END");
    const PairingBranches::Sql rows =
        tallied
            ? FigureTallies(m_database).divisions(plan.filter, homeDivision, {homeCode})
            : countedOf(
                  m_database.dialect(), plan,
                  {homeDivision,
                   {homeCode},
                   QStringLiteral("p.country_a, p.country_b, p.division_a, p.division_b")},
                  {QStringLiteral("p.division_a"), {}, QStringLiteral("p.country_b, p.division_a")},
                  {QStringLiteral("p.division_b"),
                   {},
                   QStringLiteral("p.country_a, p.division_b")});
    // Read before the counts: a forward-only query of PostgreSQL's driver loses its rows when
    // another runs on the connection.
    QHash<QString, QString> names;
    for (const Division& division : ReferenceData(m_database).divisions(homeCode))
        names.insert(division.code, division.names.display(data.language));
    // Every division of the home country, those without a pair at 0: the report names
    // provinces with none, and a missing bar would hide that. The pairs are counted per
    // division first, so that the join meets a few dozen rows, not every pair.
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT d.code, COALESCE(t.n, 0) FROM divisions d LEFT JOIN"
                       " (SELECT r.k, sum(r.n) AS n FROM (%1) r GROUP BY r.k) t ON t.k = d.code"
                       " WHERE d.country = ? ORDER BY COALESCE(t.n, 0) DESC, d.code")
            .arg(rows.sql),
        rows.values + QVariantList{homeCode}, sql::ForwardOnly);
    FigureSeries series;
    int counted = 0;
    while (query.next()) {
        const int count = query.value(1).toInt();
        // With a division chosen, the others are 0 by the filter, not by the data.
        if (count == 0 && !plan.filter.division.isEmpty())
            continue;
        const QString code = query.value(0).toString();
        data.categories << code;
        data.categoryLabels << names.value(code, code);
        series.values << double(count);
        counted += count;
    }
    series.n = counted;
    data.series << series;
    data.omitted = matching - counted;
}

void PairingFigureQuery::fillRegions(FigureData& data, const Plan& plan, int matching,
                                     bool tallied) const
{
    const QString china = QStringLiteral("CN");
    // The home country's side is China's only when China is the home country.
    const bool chinaHome = home(plan.filter) == china;
    const QString chinaRegion = QStringLiteral(
        "CASE WHEN p.country_a = ? THEN p.region_a WHEN p.country_b = ? THEN p.region_b END");
    const PairingBranches::Sql rows =
        tallied ? FigureTallies(m_database).divisions(plan.filter, chinaRegion, {china, china})
                : countedOf(
                      m_database.dialect(), plan,
                      {chinaRegion,
                       {china, china},
                       QStringLiteral("p.country_a, p.country_b, p.division_a, p.region_a, "
                                      "p.division_b, p.region_b")},
                      chinaHome ? Grouping{QStringLiteral("p.region_a"),
                                           {},
                                           QStringLiteral("p.country_b, p.division_a, p.region_a")}
                                : Grouping{},
                      chinaHome ? Grouping{QStringLiteral("p.region_b"),
                                           {},
                                           QStringLiteral("p.country_a, p.division_b, p.region_b")}
                                : Grouping{});
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT t.k, sum(t.n) FROM (%1) t WHERE t.k IS NOT NULL GROUP BY t.k")
            .arg(rows.sql),
        rows.values, sql::ForwardOnly);
    QHash<QString, int> counts;
    int counted = 0;
    while (query.next()) {
        counts.insert(query.value(0).toString(), query.value(1).toInt());
        counted += query.value(1).toInt();
    }
    FigureSeries series;
    for (const QString& region :
         {QStringLiteral("east"), QStringLiteral("central"), QStringLiteral("west")}) {
        data.categories << region;
        data.categoryLabels << figuretext::regionName(region, data.language);
        series.values << double(counts.value(region));
    }
    series.n = counted;
    data.series << series;
    data.omitted = matching - counted;
}

PairingFigureQuery::Totals PairingFigureQuery::addSources(FigureData& data, const Plan& plan,
                                                          bool tallied,
                                                          const QMap<int, int>* everyYear) const
{
    // Counted per source within each index range (pairings_figure_source_a/_b hold each
    // country's pairs in source order, with the partner, the year and the verification), then
    // summed over the few thousand rows and joined to the sources. The same pass gives the
    // figure's totals, which would otherwise be passes of their own. Without a country no
    // index holds the sources with the verification: the sources are counted from
    // pairings_source, the unverified pairs apart (fig. "map-links" at 100,000 pairings: 73 M
    // instructions against 321 M for one pass that sorts every pair).
    const bool byCountry = !plan.filter.countries.isEmpty();
    const Grouping bySource{QStringLiteral("p.source_id"), {}, QStringLiteral("p.source_id")};
    const std::optional<FigureTallies::YearSplit> split =
        everyYear ? std::optional(splitOf(plan.filter, *everyYear)) : std::nullopt;
    const PairingBranches::Sql rows =
        tallied
            ? FigureTallies(m_database).sources(plan.filter, split ? &*split : nullptr)
            : countedOf(m_database.dialect(), plan, bySource, bySource, bySource,
                        byCountry ? QStringLiteral("count(*) AS n, sum(CASE WHEN p.verification ="
                                                   " 'unverified' THEN 1 ELSE 0 END) AS u")
                                  : QStringLiteral("count(*) AS n, 0 AS u"));
    // The sources' texts from the connection's catalogue where the engine can tell that it is
    // current: the statement then hands over three numbers a source, not its three texts too.
    const SourceCatalog* catalog = SourceCatalog::current(m_database);
    QSqlQuery query = sql::run(
        m_database.connection(),
        // A pair's source the register does not hold (NULL id, or none in sources) counts but
        // is no source of the figure.
        QStringLiteral("SELECT %1, t.n, t.u%2 FROM (SELECT r.k, sum(r.n) AS n, sum(r.u) AS u"
                       " FROM (%3) r GROUP BY r.k HAVING sum(r.n) > 0) t%4 ORDER BY t.n DESC, t.k")
            .arg(catalog ? QStringLiteral("t.k") : QStringLiteral("s.id"),
                 catalog ? QString() : QStringLiteral(", s.title, s.url, s.publisher"), rows.sql,
                 catalog ? QString() : QStringLiteral(" LEFT JOIN sources s ON s.id = t.k")),
        rows.values, sql::ForwardOnly);
    Totals totals;
    while (query.next()) {
        const int n = query.value(1).toInt();
        totals.pairs += n;
        totals.unverified += query.value(2).toInt();
        const QVariant id = query.value(0);
        if (id.isNull())
            continue;
        if (!catalog)
            data.sources << FigureSource{id.toLongLong(), query.value(3).toString(),
                                         query.value(4).toString(), n, query.value(5).toString()};
        else if (std::optional<FigureSource> source = catalog->source(id.toLongLong(), n))
            data.sources << *std::move(source);
    }
    // Only the axes other than years show them (on a year axis they are undated).
    if (!byCountry && !onYearAxis(plan.measure) && !tallied) {
        const PairingBranches::Sql unverified = PairingBranches::selectEach(
            QStringLiteral("1"), {}, plan.filter, QStringLiteral("p.verification = 'unverified'"),
            &m_database.dialect());
        totals.unverified =
            sql::scalar(m_database.connection(),
                        QStringLiteral("SELECT count(*) FROM (%1) t").arg(unverified.sql),
                        unverified.values)
                .toInt();
    }
    return totals;
}

void PairingFigureQuery::addPublished(FigureData& data, const Plan& plan) const
{
    if (plan.publishedSubjects.isEmpty())
        return;
    QStringList marks;
    QVariantList values;
    for (const QString& subject : plan.publishedSubjects) {
        marks << QStringLiteral("?");
        values << subject;
    }
    values << QStringLiteral("pairs") << QStringLiteral("percent");
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT ps.subject_key, ps.value, ps.unit, ps.as_of, s.title,"
                       " ps.location, ps.note, s.id, s.url, s.publisher"
                       " FROM published_statistics ps JOIN sources s ON s.id = ps.source_id"
                       " WHERE ps.subject IN (%1) AND ps.unit IN (?, ?)"
                       " ORDER BY COALESCE(ps.as_of, ''), ps.subject_key, ps.unit")
            .arg(marks.join(QLatin1Char(','))),
        values);
    QHash<qint64, int> sourceIndex;
    sourceIndex.reserve(data.sources.size());
    for (int i = 0; i < data.sources.size(); ++i)
        sourceIndex.insert(data.sources.at(i).id, i);
    while (query.next()) {
        PublishedValue value;
        value.asOf = query.value(3).toString();
        value.category = plan.publishedKey == FigureSpec::PublishedKey::AsOfYear
                             ? value.asOf.left(4)
                             : query.value(0).toString();
        value.value = query.value(1).toDouble();
        value.unit = query.value(2).toString();
        value.source = query.value(4).toString();
        value.location = query.value(5).toString();
        value.note = query.value(6).toString();
        data.published << value;
        const qint64 id = query.value(7).toLongLong();
        if (!sourceIndex.contains(id)) {
            sourceIndex.insert(id, int(data.sources.size()));
            data.sources << FigureSource{id, value.source, query.value(8).toString(), 0,
                                         query.value(9).toString()};
        }
        ++data.sources[sourceIndex.value(id)].count;
    }
}

} // namespace sc
