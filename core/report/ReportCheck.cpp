#include "ReportCheck.h"

#include "../Database.h"
#include "../PairingFilterSql.h"
#include "../ReferenceData.h"
#include "../SqlSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::ReportCheck", text);
}

// Counts pairings of the register for one statistic's definition. Pairings whose date is
// unknown cannot be placed before or after an as-of date: they are counted (the register holds
// them) and the note says how many there are.
class Counter {
public:
    Counter(Database& database, const QString& asOf) : m_database(database), m_asOf(asOf) {}

    int count(const PairingFilter& filter, bool undatedOnly = false) const
    {
        const auto where = PairingFilterSql::condition(filter, &m_database.dialect());
        QString text = QStringLiteral("SELECT count(*)") + PairingFilterSql::fromClause() +
                       QStringLiteral(" WHERE ") + where.sql;
        QVariantList values = where.values;
        if (undatedOnly) {
            text += QStringLiteral(" AND p.established IS NULL");
        } else if (!m_asOf.isEmpty() && !filter.fromYear && !filter.toYear) {
            // Text order is date order for YYYY, YYYY-MM and YYYY-MM-DD prefixes.
            text += QStringLiteral(" AND (p.established IS NULL OR p.established <= ?)");
            values << m_asOf;
        }
        text += existingClause(values);
        return sql::scalar(m_database.connection(), text, values).toInt();
    }

    // Pairs known only from an undated list, among those `filter` selects.
    int unverified(const PairingFilter& filter) const
    {
        const auto where = PairingFilterSql::condition(filter, &m_database.dialect());
        QVariantList values = where.values;
        QString text = QStringLiteral("SELECT count(*)") + PairingFilterSql::fromClause() +
                       QStringLiteral(" WHERE ") + where.sql +
                       QStringLiteral(" AND p.verification = 'unverified'");
        text += existingClause(values);
        return sql::scalar(m_database.connection(), text, values).toInt();
    }

    // Pairings per value of `groupExpression` (over the aliases of PairingFilterSql::fromClause).
    QHash<QString, int> countBy(const PairingFilter& filter, const QString& groupExpression) const
    {
        const auto where = PairingFilterSql::condition(filter, &m_database.dialect());
        QString text = QStringLiteral("SELECT %1, count(*)").arg(groupExpression) +
                       PairingFilterSql::fromClause() + QStringLiteral(" WHERE ") + where.sql;
        QVariantList values = where.values;
        if (!m_asOf.isEmpty()) {
            text += QStringLiteral(" AND (p.established IS NULL OR p.established <= ?)");
            values << m_asOf;
        }
        text += existingClause(values);
        QSqlQuery query =
            sql::run(m_database.connection(),
                     text + QStringLiteral(" GROUP BY %1").arg(groupExpression), values);
        QHash<QString, int> out;
        while (query.next())
            out.insert(query.value(0).toString(), query.value(1).toInt());
        return out;
    }

private:
    // The report counts the pairs existing on its as-of date: one dissolved by then is out.
    // Without an as-of date, every pair dissolved at all is out.
    QString existingClause(QVariantList& values) const
    {
        if (m_asOf.isEmpty())
            return QStringLiteral(" AND coalesce(p.end_reason, '') <> 'dissolved'");
        values << m_asOf;
        return QStringLiteral(" AND NOT (coalesce(p.end_reason, '') = 'dissolved' AND "
                              "p.ended IS NOT NULL AND p.ended <= ?)");
    }

    Database& m_database;
    QString m_asOf;
};

const QString kPartnerCountry =
    QStringLiteral("CASE WHEN ca.country = 'CN' THEN cb.country ELSE ca.country END");
const QString kChineseDivision =
    QStringLiteral("CASE WHEN ca.country = 'CN' THEN ca.division ELSE cb.division END");

// The report's statistics are defined in the filter's own key → value form (PairingFilter::
// toMap), the form the GUI's settings and the CLI's options are read in.
PairingFilter china(const QString& partner = {})
{
    QStringList countries{QStringLiteral("CN")};
    if (!partner.isEmpty())
        countries << partner;
    return PairingFilter::fromMap({{QStringLiteral("countries"), countries}});
}

// "1973-1974", "1994", "2008-2017" → a filter's year range.
bool parsePeriod(const QString& text, PairingFilter& filter)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{4}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    QVariantMap map = filter.toMap();
    map.insert(QStringLiteral("fromYear"), match.captured(1));
    map.insert(QStringLiteral("toYear"),
               match.hasCaptured(2) ? match.captured(2) : match.captured(1));
    QString problem;
    const PairingFilter period = PairingFilter::fromMap(map, &problem);
    if (!problem.isEmpty())
        return false;
    filter = period;
    return true;
}

int rankOf(const QHash<QString, int>& counts, const QString& key)
{
    const int own = counts.value(key);
    int rank = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!it.key().isEmpty() && it.value() > own)
            ++rank;
    return rank;
}

QString regionName(const QString& region)
{
    if (region == QLatin1String("east"))
        return QCoreApplication::translate("sc::ReportCheck", "eastern");
    if (region == QLatin1String("central"))
        return QCoreApplication::translate("sc::ReportCheck", "central");
    if (region == QLatin1String("west"))
        return QCoreApplication::translate("sc::ReportCheck", "western");
    return region;
}

} // namespace

QMap<QString, int> ReportCheck::lackingByFigure(const QVector<Row>& rows)
{
    QMap<QString, int> out;
    for (const Row& row : rows)
        if (row.lacking && !row.figure.isEmpty())
            out[row.figure] = std::max(out.value(row.figure), *row.lacking);
    return out;
}

QStringList ReportCheck::csvColumns()
{
    return {QStringLiteral("statement"), QStringLiteral("figure"),     QStringLiteral("published"),
            QStringLiteral("database"),  QStringLiteral("difference"), QStringLiteral("note")};
}

QString ReportCheck::format(double value)
{
    const double rounded = std::round(value * 10) / 10;
    return rounded == std::floor(rounded) ? QString::number(qint64(rounded))
                                          : QString::number(rounded, 'f', 1);
}

QVector<ReportCheck::Row> ReportCheck::run(Language language) const
{
    ReferenceData reference(m_database);
    auto countryName = [&](const QString& code) {
        const auto c = reference.country(code);
        return c ? c->names.display(language) : code;
    };
    auto divisionName = [&](const QString& code) {
        const auto d = reference.division(code);
        return d ? d->names.display(language) : code;
    };

    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT ps.stat_key, ps.subject, ps.subject_key, ps.value, ps.unit, "
                       "ps.as_of, s.title, ps.location, ps.note FROM published_statistics ps "
                       "JOIN sources s ON s.id = ps.source_id "
                       "ORDER BY CASE WHEN ps.location IS NULL THEN 1 ELSE 0 END, ps.location, "
                       "ps.subject, ps.id"));
    QVector<Row> rows;
    while (query.next()) {
        Row row;
        row.statKey = query.value(0).toString();
        row.subject = query.value(1).toString();
        row.key = query.value(2).toString();
        row.published = query.value(3).toDouble();
        row.unit = query.value(4).toString();
        row.asOf = query.value(5).toString();
        row.source = query.value(6).toString();
        QString where = query.value(7).toString();
        if (!query.value(8).toString().isEmpty())
            where += QStringLiteral(" ") + query.value(8).toString();
        const Counter counter(m_database, row.asOf);
        const QString& s = row.subject;
        const QString& k = row.key;

        // A count and the pairs of unknown date within it, for the note.
        auto setCount = [&](const PairingFilter& filter) {
            row.database = counter.count(filter);
            const int undated = filter.fromYear ? 0 : counter.count(filter, true);
            const int missing = int(std::lround(row.published - *row.database));
            if (missing > 0)
                row.note = tr("the register holds %1 of %2; %3 missing")
                               .arg(*row.database)
                               .arg(format(row.published))
                               .arg(missing);
            else if (missing < 0)
                row.note = tr("the register holds %1 more than published").arg(-missing);
            if (undated > 0)
                row.note += (row.note.isEmpty() ? QString() : QStringLiteral("; ")) +
                            tr("%1 of them undated, counted whatever their date").arg(undated);
            if (const int unverified = counter.unverified(filter); unverified > 0)
                row.note +=
                    (row.note.isEmpty() ? QString() : QStringLiteral("; ")) +
                    tr("%1 of them unverified (known from an undated list only)").arg(unverified);
            // The register also holds agreements of friendship and exchange only (友好交流,
            // 우호교류), a looser tie than the sister and friendship cities a report counts: say
            // how many the count holds, so that a surplus is read for what it is.
            if (filter.kind.isEmpty()) {
                PairingFilter exchange = filter;
                exchange.kind = QStringLiteral("friendship-exchange");
                if (const int n = counter.count(exchange); n > 0)
                    row.note += (row.note.isEmpty() ? QString() : QStringLiteral("; ")) +
                                tr("%1 of them agreements of friendship and exchange only, "
                                   "which a count of sister cities may leave out")
                                    .arg(n);
            }
            if (row.unit == QLatin1String("pairs"))
                row.lacking = std::max(0, missing);
        };
        auto setShare = [&](const PairingFilter& part, const PairingFilter& whole) {
            const int p = counter.count(part);
            const int w = counter.count(whole);
            if (w == 0) {
                row.note = tr("the register holds no pairs to take a share of");
                return;
            }
            row.database = 100.0 * p / w;
            row.note = tr("%1 of %2 pairs").arg(p).arg(w);
        };
        auto notComputable = [&](const QString& why) {
            row.note = why;
        };

        if (s == QLatin1String("cn_pairs_total")) {
            row.statement = tr("China's pairs in all");
            row.figure = QStringLiteral("fig2");
            setCount(china());
        } else if (s == QLatin1String("cn_partner_countries")) {
            row.statement = tr("Countries with a pair with China");
            row.figure = QStringLiteral("fig1");
            QHash<QString, int> byCountry = counter.countBy(china(), kPartnerCountry);
            byCountry.remove(QStringLiteral("CN"));
            row.database = byCountry.size();
        } else if (s == QLatin1String("cn_pairs_by_country")) {
            row.statement = tr("China's pairs with %1").arg(countryName(k));
            row.figure = QStringLiteral("fig1");
            setCount(china(k));
        } else if (s == QLatin1String("cn_pairs_share_by_country")) {
            row.statement = tr("Share of %1 in China's pairs (%)").arg(countryName(k));
            row.figure = QStringLiteral("fig1");
            setShare(china(k), china());
        } else if (s == QLatin1String("cn_pairs_rank_by_country")) {
            row.statement = tr("Rank of %1 among China's partner countries").arg(countryName(k));
            row.figure = QStringLiteral("fig1");
            QHash<QString, int> byCountry = counter.countBy(china(), kPartnerCountry);
            byCountry.remove(QStringLiteral("CN"));
            row.database = rankOf(byCountry, k);
            row.note = tr("%1 pairs").arg(byCountry.value(k));
        } else if (s == QLatin1String("cn_pairs_asia")) {
            row.statement = tr("China's pairs with Asian countries");
            notComputable(tr("the register records no continent for countries"));
        } else if (s == QLatin1String("cn_asia_share_by_country")) {
            row.statement = tr("Share of %1 in China's pairs with Asia (%)").arg(countryName(k));
            notComputable(tr("the register records no continent for countries"));
        } else if (s.startsWith(QLatin1String("jp_pairs_")) ||
                   s.startsWith(QLatin1String("kr_pairs_"))) {
            const bool japan = s.startsWith(QLatin1String("jp_"));
            const QString country =
                countryName(japan ? QStringLiteral("JP") : QStringLiteral("KR"));
            if (s.endsWith(QLatin1String("_total")))
                row.statement = tr("%1's pairs worldwide, by its own count").arg(country);
            else if (s.endsWith(QLatin1String("_share_by_country")))
                row.statement = tr("Share of %1 in %2's pairs (%)").arg(countryName(k), country);
            else
                row.statement =
                    tr("Rank of %1 among %2's partner countries").arg(countryName(k), country);
            notComputable(tr("the register holds %1's pairs with China only, not with the rest of "
                             "the world")
                              .arg(country));
        } else if (s == QLatin1String("cn_jp_new_pairs") || s == QLatin1String("cn_kr_new_pairs")) {
            const bool japan = s == QLatin1String("cn_jp_new_pairs");
            row.statement =
                (japan ? tr("New China–Japan pairs, %1") : tr("New China–Korea pairs, %1")).arg(k);
            row.figure = japan ? QStringLiteral("fig3") : QStringLiteral("fig4");
            PairingFilter f = china(japan ? QStringLiteral("JP") : QStringLiteral("KR"));
            if (parsePeriod(k, f))
                setCount(f);
            else
                notComputable(tr("\"%1\" is not a period").arg(k));
        } else if (s == QLatin1String("cn_kr_new_pairs_avg_per_year")) {
            row.statement = tr("New China–Korea pairs a year on average, %1").arg(k);
            row.figure = QStringLiteral("fig4");
            PairingFilter f = china(QStringLiteral("KR"));
            if (parsePeriod(k, f)) {
                const int years = *f.toYear - *f.fromYear + 1;
                const int pairs = counter.count(f);
                row.database = double(pairs) / years;
                row.note = tr("%1 dated pairs in %2 years").arg(pairs).arg(years);
            }
        } else if (s == QLatin1String("cn_pairs_by_division") ||
                   s == QLatin1String("cn_jp_pairs_by_division") ||
                   s == QLatin1String("cn_kr_pairs_by_division")) {
            const QString partner =
                s == QLatin1String("cn_jp_pairs_by_division")   ? QStringLiteral("JP")
                : s == QLatin1String("cn_kr_pairs_by_division") ? QStringLiteral("KR")
                                                                : QString();
            row.statement =
                partner.isEmpty()
                    ? tr("China's pairs of %1").arg(divisionName(k))
                    : tr("%1's pairs with %2").arg(divisionName(k), countryName(partner));
            row.figure = partner.isEmpty()                ? QStringLiteral("fig5")
                         : partner == QLatin1String("JP") ? QStringLiteral("fig6")
                                                          : QStringLiteral("fig8");
            PairingFilter f = china(partner);
            f.division = k;
            setCount(f);
        } else if (s == QLatin1String("cn_kr_pairs_rank_by_division")) {
            row.statement = tr("Rank of %1 among Chinese provinces by pairs with %2")
                                .arg(divisionName(k), countryName(QStringLiteral("KR")));
            row.figure = QStringLiteral("fig8");
            const QHash<QString, int> byDivision =
                counter.countBy(china(QStringLiteral("KR")), kChineseDivision);
            row.database = rankOf(byDivision, k);
            row.note = tr("%1 pairs").arg(byDivision.value(k));
        } else if (s == QLatin1String("cn_pairs_by_region")) {
            row.statement = tr("China's pairs in the %1 region").arg(regionName(k));
            PairingFilter f = china();
            f.region = k;
            setCount(f);
        } else if (s == QLatin1String("cn_jp_share_by_region") ||
                   s == QLatin1String("cn_kr_share_by_region")) {
            const QString partner = s == QLatin1String("cn_jp_share_by_region")
                                        ? QStringLiteral("JP")
                                        : QStringLiteral("KR");
            row.statement = tr("Share of the %1 region in China's pairs with %2 (%)")
                                .arg(regionName(k), countryName(partner));
            row.figure = partner == QLatin1String("JP") ? QStringLiteral("fig7") : QString();
            PairingFilter part = china(partner);
            part.region = k;
            // The share among pairs whose Chinese city's region is known.
            const QHash<QString, int> byRegion = counter.countBy(
                china(partner),
                QStringLiteral("CASE WHEN ca.country = 'CN' THEN da.region ELSE db.region END"));
            int known = 0;
            for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it)
                if (!it.key().isEmpty())
                    known += it.value();
            if (known > 0) {
                row.database = 100.0 * byRegion.value(k) / known;
                row.note = tr("%1 of %2 pairs whose Chinese city's region is known")
                               .arg(byRegion.value(k))
                               .arg(known);
            }
        } else if (s == QLatin1String("cn_kr_new_pairs_by_region")) {
            const QString period = k.section(QLatin1Char(' '), 0, 0);
            const QStringList regions = k.section(QLatin1Char(' '), 1).split(QLatin1Char('+'));
            QStringList names;
            for (const QString& region : regions)
                names << regionName(region);
            row.statement =
                tr("New China–Korea pairs %1, %2").arg(period, names.join(QLatin1String(" + ")));
            int total = 0;
            bool ok = true;
            for (const QString& region : regions) {
                PairingFilter f = china(QStringLiteral("KR"));
                f.region = region;
                ok = ok && parsePeriod(period, f);
                if (ok)
                    total += counter.count(f);
            }
            if (ok)
                row.database = total;
        } else {
            row.statement = s + QLatin1Char(' ') + k;
            notComputable(tr("no definition of this statistic in the register"));
        }

        if (row.database)
            row.difference = *row.database - row.published;
        if (!where.isEmpty())
            row.note = row.note.isEmpty() ? where : where + QStringLiteral("; ") + row.note;
        rows << row;
    }
    return rows;
}

} // namespace sc
