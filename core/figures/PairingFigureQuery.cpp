#include "PairingFigureQuery.h"

#include "Database.h"
#include "FigureText.h"
#include "PairingBranches.h"
#include "PairingQuery.h"
#include "ReferenceData.h"
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

// The pairs a plan counts, as rows of `columns`: the filter's, and for the year axes only those
// with a year. A UNION ALL of disjoint index ranges (PairingBranches), no join.
PairingBranches::Sql rowsOf(const SqlDialect& dialect, const PairingFigureQuery::Plan& plan,
                            const QString& columns, const QVariantList& columnValues = {})
{
    return PairingBranches::selectEach(
        columns, columnValues, plan.filter,
        onYearAxis(plan.measure) ? QStringLiteral("p.established_year IS NOT NULL") : QString(),
        &dialect);
}

// The same pairs counted per `key` within each disjoint index range, as rows (k, n, u): u of
// them known only from an undated list. `groupBy` names the columns `key` reads in the order of
// the covering indexes (pairings_side_a/_b: both countries, then the year), so that SQLite
// counts each range as it walks the index and the caller's outer GROUP BY sums a few rows per
// country or year, where grouping every pair's key sorts all of them in a temporary B-tree
// (fig1 at 100,000 pairings: 157 M instructions in the sqlite3 shell instead of 290 M + 94 M
// for the counts and the unverified ones apart).
PairingBranches::Sql countedOf(const SqlDialect& dialect, const PairingFigureQuery::Plan& plan,
                               const QString& key, const QVariantList& keyValues,
                               const QString& groupBy)
{
    const QString dated = onYearAxis(plan.measure)
                              ? QStringLiteral(" AND p.established_year IS NOT NULL")
                              : QString();
    QStringList selects;
    QVariantList values;
    for (const PairingBranches::Sql& branch : PairingBranches::branches(plan.filter, &dialect)) {
        selects << QStringLiteral("SELECT %1 AS k, count(*) AS n, sum(CASE WHEN p.verification ="
                                  " 'unverified' THEN 1 ELSE 0 END) AS u FROM pairings p"
                                  " WHERE %2%3 GROUP BY %4")
                       .arg(key, branch.sql, dated, groupBy);
        values << keyValues << branch.values;
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

} // namespace

FigureData PairingFigureQuery::run(const Plan& plan, Language language) const
{
    FigureData data;
    data.language = language;
    data.unit = ValueUnit::Pairs;
    data.filterDescription = plan.filterDescription;
    const QString homeCode = home(plan.filter);
    const QHash<QString, QString> countries = countryNames(m_database, language);
    const QString homeName = countries.value(homeCode, homeCode);
    QString selection = homeName;
    if (plan.filter.countries.size() == 2) {
        const QString partner = plan.filter.countries.at(1).toUpper();
        selection += QStringLiteral("–") + countries.value(partner, partner);
    }
    data.caption = plan.caption.isEmpty()
                       ? figuretext::selectionTitle(plan.measure, selection, homeName, language)
                       : plan.caption;
    data.valueAxisTitle = figuretext::pairsAxisTitle(plan.measure, language);

    // Counted by fillCountries' own pass; the other measures count them apart.
    std::optional<int> unverified;
    switch (plan.measure) {
    case Measure::NewPerYear:
    case Measure::Cumulative:
        data.kind = plan.measure == Measure::NewPerYear ? FigureKind::BarByYear
                                                        : FigureKind::CumulativeLine;
        data.categoryKind = CategoryKind::Year;
        fillYears(data, plan);
        break;
    case Measure::PartnerCountry:
        data.kind = FigureKind::Pie;
        data.categoryKind = CategoryKind::Country;
        unverified = fillCountries(data, plan);
        for (const QString& code : std::as_const(data.categories))
            data.categoryLabels << countries.value(code, code);
        break;
    case Measure::Division:
        data.kind = FigureKind::BarByDivision;
        data.categoryKind = CategoryKind::Division;
        fillDivisions(data, plan);
        break;
    case Measure::Region:
        data.kind = FigureKind::Pie;
        data.categoryKind = CategoryKind::Region;
        fillRegions(data, plan);
        break;
    }
    data.categoryAxisTitle =
        figuretext::categoryAxisTitle(data.categoryKind, homeCode == QLatin1String("CN"), language);
    if (data.omitted > 0)
        data.omittedReason = figuretext::omittedReason(data.categoryKind, data.omitted, language);
    // Unverified pairs have no date: on a year axis they are among the omitted ones already.
    if (data.categoryKind != CategoryKind::Year) {
        if (!unverified)
            unverified = matchingUnverified(plan);
        if (*unverified > 0)
            data.notes << figuretext::unverifiedNote(*unverified, language);
    }
    addSources(data, plan);
    addPublished(data, plan);
    return data;
}

int PairingFigureQuery::matching(const Plan& plan) const
{
    return PairingQuery(m_database).count(plan.filter);
}

int PairingFigureQuery::matchingUnverified(const Plan& plan) const
{
    const PairingBranches::Sql rows = PairingBranches::selectEach(
        QStringLiteral("1"), {}, plan.filter, QStringLiteral("p.verification = 'unverified'"),
        &m_database.dialect());
    return sql::scalar(m_database.connection(),
                       QStringLiteral("SELECT count(*) FROM (%1) t").arg(rows.sql), rows.values)
        .toInt();
}

void PairingFigureQuery::fillYears(FigureData& data, const Plan& plan) const
{
    const PairingBranches::Sql rows =
        countedOf(m_database.dialect(), plan, QStringLiteral("p.established_year"), {},
                  QStringLiteral("p.country_a, p.country_b, p.established_year"));
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT t.k, sum(t.n) FROM (%1) t GROUP BY t.k ORDER BY t.k").arg(rows.sql),
        rows.values);
    QMap<int, int> perYear;
    int counted = 0;
    while (query.next()) {
        perYear.insert(query.value(0).toInt(), query.value(1).toInt());
        counted += query.value(1).toInt();
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
    data.omitted = matching(undated);
}

int PairingFigureQuery::fillCountries(FigureData& data, const Plan& plan) const
{
    const PairingBranches::Sql rows =
        countedOf(m_database.dialect(), plan,
                  QStringLiteral("CASE WHEN p.country_a = ? THEN p.country_b ELSE p.country_a END"),
                  {home(plan.filter)}, QStringLiteral("p.country_a, p.country_b"));
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT t.k, sum(t.n), sum(t.u) FROM (%1) t"
                                              " GROUP BY t.k ORDER BY sum(t.n) DESC, t.k")
                                   .arg(rows.sql),
                               rows.values);
    FigureSeries series;
    int counted = 0;
    int unverified = 0;
    while (query.next()) {
        data.categories << query.value(0).toString();
        series.values << query.value(1).toDouble();
        counted += query.value(1).toInt();
        unverified += query.value(2).toInt();
    }
    series.n = counted;
    data.series << series;
    return unverified;
}

void PairingFigureQuery::fillDivisions(FigureData& data, const Plan& plan) const
{
    const QString homeCode = home(plan.filter);
    const PairingBranches::Sql rows = rowsOf(
        m_database.dialect(), plan,
        QStringLiteral("CASE WHEN p.country_a = ? THEN p.division_a ELSE p.division_b END AS k"),
        {homeCode});
    // Every division of the home country, those without a pair at 0: the report names
    // provinces with none, and a missing bar would hide that. The pairs are counted per
    // division first, so that the join meets a few dozen rows, not every pair.
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT d.code, COALESCE(t.n, 0) FROM divisions d LEFT JOIN"
                       " (SELECT r.k, count(*) AS n FROM (%1) r GROUP BY r.k) t ON t.k = d.code"
                       " WHERE d.country = ? ORDER BY COALESCE(t.n, 0) DESC, d.code")
            .arg(rows.sql),
        rows.values + QVariantList{homeCode});
    QHash<QString, QString> names;
    for (const Division& division : ReferenceData(m_database).divisions(homeCode))
        names.insert(division.code, division.names.display(data.language));
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
    data.omitted = matching(plan) - counted;
}

void PairingFigureQuery::fillRegions(FigureData& data, const Plan& plan) const
{
    const QString china = QStringLiteral("CN");
    const PairingBranches::Sql rows = rowsOf(m_database.dialect(), plan,
                                             QStringLiteral("CASE WHEN p.country_a = ? THEN "
                                                            "p.region_a WHEN p.country_b = ? THEN "
                                                            "p.region_b END AS k"),
                                             {china, china});
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT t.k, count(*) FROM (%1) t WHERE t.k IS NOT NULL GROUP BY t.k")
            .arg(rows.sql),
        rows.values);
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
    data.omitted = matching(plan) - counted;
}

void PairingFigureQuery::addSources(FigureData& data, const Plan& plan) const
{
    // Counted per source id from the index first, then joined to the few sources.
    const PairingBranches::Sql rows =
        rowsOf(m_database.dialect(), plan, QStringLiteral("p.source_id AS sid"));
    QSqlQuery query =
        sql::run(m_database.connection(),
                 QStringLiteral("SELECT s.id, s.title, s.url, t.n, s.publisher FROM"
                                " (SELECT r.sid, count(*) AS n FROM (%1) r GROUP BY r.sid) t"
                                " JOIN sources s ON s.id = t.sid ORDER BY t.n DESC, s.id")
                     .arg(rows.sql),
                 rows.values);
    while (query.next())
        data.sources << FigureSource{query.value(0).toLongLong(), query.value(1).toString(),
                                     query.value(2).toString(), query.value(3).toInt(),
                                     query.value(4).toString()};
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
