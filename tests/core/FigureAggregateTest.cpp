// Each pairing figure's data equals an independent GROUP BY over the base tables: the pairings
// joined to their two cities (and the home city's division for a region), never the columns
// schema 5 copies onto each pairing nor the index ranges the figure queries read. Run on
// registers made by the generator (20,000 pairings, several seeds), so that every branch of
// the figure queries meets thousands of rows.
#include "Database.h"
#include "SqlSupport.h"
#include "dataset/RegisterGenerator.h"
#include "figures/FigureQuery.h"
#include "support/ExpectedFigure.h"
#include "support/TempDir.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

using namespace sc;

namespace {

// The home city's column (`column` of ca or cb) of a pair with `home` on either side, and the
// partner's country; both sides when they are the same country, as the figures count them.
const char* const kPairs =
    " FROM pairings p JOIN cities ca ON ca.id = p.city_a JOIN cities cb ON cb.id = p.city_b";

QVector<QPair<QString, int>> rowsOf(Database& db, const QString& text, const QVariantList& values)
{
    QVector<QPair<QString, int>> out;
    QSqlQuery query = sql::run(db.connection(), text, values);
    while (query.next())
        out << qMakePair(query.value(0).toString(), query.value(1).toInt());
    return out;
}

int scalar(Database& db, const QString& text, const QVariantList& values)
{
    return sql::scalar(db.connection(), text, values).toInt();
}

// The condition "home (and partner) on the two sides", over the base tables.
QString sides(const QString& partner)
{
    return partner.isEmpty() ? QStringLiteral("(ca.country = :home OR cb.country = :home)")
                             : QStringLiteral("((ca.country = :home AND cb.country = :partner) OR"
                                              " (cb.country = :home AND ca.country = :partner))");
}

// Named placeholders (:home, :partner, :from, :to) written as positional ones, with their
// values in the order they appear.
QPair<QString, QVariantList> bind(QString text, const QHash<QString, QVariant>& named)
{
    static const QRegularExpression placeholder(QStringLiteral(":([a-z]+)"));
    QVariantList values;
    for (auto match = placeholder.match(text); match.hasMatch(); match = placeholder.match(text)) {
        values << named.value(match.captured(1));
        text.replace(match.capturedStart(), match.capturedLength(), QStringLiteral("?"));
    }
    return {text, values};
}

using Expected = testdata::ExpectedFigure;

Expected expectedFor(Database& db, const FigureSpec& spec)
{
    const QString home = spec.home;
    const QString partner = spec.partner;
    const QString where = sides(partner);
    const bool years = spec.measure == CustomFigure::Measure::NewPerYear ||
                       spec.measure == CustomFigure::Measure::Cumulative;
    QString bounds = QStringLiteral(" AND p.established_year IS NOT NULL");
    if (spec.fromYear)
        bounds += QStringLiteral(" AND p.established_year >= :from");
    if (spec.toYear)
        bounds += QStringLiteral(" AND p.established_year <= :to");
    const QString shown = years ? bounds : QString();
    const QHash<QString, QVariant> named{{QStringLiteral("home"), home},
                                         {QStringLiteral("partner"), partner},
                                         {QStringLiteral("from"), spec.fromYear.value_or(0)},
                                         {QStringLiteral("to"), spec.toYear.value_or(0)}};
    Expected e;
    auto run = [&](const QString& text) {
        const auto [sqlText, values] = bind(text, named);
        return rowsOf(db, sqlText, values);
    };
    auto one = [&](const QString& text) {
        const auto [sqlText, values] = bind(text, named);
        return scalar(db, sqlText, values);
    };
    const QString homeSide = QStringLiteral("CASE WHEN ca.country = :home THEN %1 ELSE %2 END");
    switch (spec.measure) {
    case CustomFigure::Measure::NewPerYear:
    case CustomFigure::Measure::Cumulative: {
        const auto perYear =
            run(QStringLiteral("SELECT p.established_year, count(*)") + kPairs + " WHERE " + where +
                shown + " GROUP BY p.established_year ORDER BY p.established_year");
        QMap<int, int> byYear;
        for (const auto& [year, n] : perYear)
            byYear.insert(year.toInt(), n);
        const int first = spec.fromYear ? *spec.fromYear : byYear.firstKey();
        const int last = spec.toYear ? *spec.toYear : byYear.lastKey();
        int sum = 0;
        for (int year = first; year <= last; ++year) {
            sum += byYear.value(year);
            e.categories << QString::number(year);
            e.values << (spec.measure == CustomFigure::Measure::Cumulative ? sum
                                                                           : byYear.value(year));
        }
        e.omitted = one(QStringLiteral("SELECT count(*)") + kPairs + " WHERE " + where +
                        " AND p.established_year IS NULL");
        break;
    }
    case CustomFigure::Measure::PartnerCountry:
        for (const auto& [k, n] :
             run(QStringLiteral("SELECT ") + homeSide.arg("cb.country", "ca.country") +
                 " AS k, count(*)" + kPairs + " WHERE " + where +
                 " GROUP BY k ORDER BY count(*) DESC, k")) {
            e.categories << k;
            e.values << n;
        }
        break;
    case CustomFigure::Measure::Division: {
        QHash<QString, int> counts;
        for (const auto& [k, n] :
             run(QStringLiteral("SELECT ") + homeSide.arg("ca.division", "cb.division") +
                 " AS k, count(*)" + kPairs + " WHERE " + where + " GROUP BY k"))
            counts.insert(k, n);
        int counted = 0;
        for (const auto& [code, n] :
             run(QStringLiteral("SELECT code, 0 FROM divisions WHERE country = :home"))) {
            Q_UNUSED(n);
            e.categories << code;
            counted += counts.value(code);
        }
        std::sort(e.categories.begin(), e.categories.end(),
                  [&](const QString& x, const QString& y) {
                      return counts.value(x) != counts.value(y) ? counts.value(x) > counts.value(y)
                                                                : x < y;
                  });
        for (const QString& code : std::as_const(e.categories))
            e.values << counts.value(code);
        e.omitted = one(QStringLiteral("SELECT count(*)") + kPairs + " WHERE " + where) - counted;
        break;
    }
    case CustomFigure::Measure::Region: {
        QHash<QString, int> counts;
        int counted = 0;
        for (const auto& [k, n] :
             run(QStringLiteral("SELECT d.region AS k, count(*)") + kPairs +
                 " JOIN divisions d ON d.code = " + homeSide.arg("ca.division", "cb.division") +
                 " WHERE " + where + " AND d.region IS NOT NULL GROUP BY k")) {
            counts.insert(k, n);
            counted += n;
        }
        for (const char* region : {"east", "central", "west"}) {
            e.categories << QLatin1String(region);
            e.values << counts.value(QLatin1String(region));
        }
        e.omitted = one(QStringLiteral("SELECT count(*)") + kPairs + " WHERE " + where) - counted;
        break;
    }
    }
    if (!years)
        e.unverified = one(QStringLiteral("SELECT count(*)") + kPairs + " WHERE " + where +
                           " AND p.verification = 'unverified'");
    for (const auto& [id, n] :
         run(QStringLiteral("SELECT p.source_id, count(*)") + kPairs + " WHERE " + where + shown +
             " GROUP BY p.source_id ORDER BY count(*) DESC, p.source_id"))
        e.sources << qMakePair(id.toLongLong(), n);
    return e;
}

} // namespace

TEST(FigureAggregates, EachPairingFigureEqualsAGroupByOverTheBaseTables)
{
    for (const std::uint64_t seed : {1u, 7u, 2018u}) {
        TempDir dir;
        const QString path = dir.file("generated.sqlite");
        RegisterGenerator::generate({path, 20000, seed});
        auto db = Database::open(path, Database::Mode::ReadOnly);
        int checked = 0;
        for (const FigureSpec& spec : FigureCatalog::all()) {
            if (spec.source != FigureSpec::Source::Pairings)
                continue;
            const std::string where = "seed " + std::to_string(seed) + ", " + spec.id.toStdString();
            const Expected e = expectedFor(*db, spec);
            const FigureData data = FigureQuery(*db).run(spec, {}, Language::En);
            ASSERT_NO_FATAL_FAILURE(testdata::expectFigureAs(data, e, where));
            EXPECT_FALSE(e.values.isEmpty()) << where;
            ++checked;
        }
        EXPECT_EQ(checked, 8);
    }
}
