// check-report: every published statistic is listed, and on a database whose published
// statistics were computed independently from the generated rows, nothing differs.
#include "report/ReportCheck.h"
#include "SourceRepository.h"
#include "SqlSupport.h"
#include "dataset/BundledDataset.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace sc;
using testdata::GenCity;
using testdata::GenPair;

TEST(ReportCheck, ListsEveryPublishedStatisticOfTheBundledDataset)
{
    TempDir dir;
    auto db = bundled::createDatabase(dir.file("b.sqlite"));
    const auto rows = ReportCheck(*db).run(Language::En);
    const int published =
        sql::scalar(db->connection(), "SELECT count(*) FROM published_statistics").toInt();
    EXPECT_GE(published, 66);
    ASSERT_EQ(rows.size(), published);
    QSet<QString> keys;
    for (const auto& row : rows) {
        keys << row.statKey;
        EXPECT_FALSE(row.statement.isEmpty()) << row.statKey.toStdString();
        // A row either has the register's value or says why it has none.
        EXPECT_TRUE(row.database.has_value() || !row.note.isEmpty()) << row.statKey.toStdString();
        if (row.database) {
            EXPECT_DOUBLE_EQ(*row.difference, *row.database - row.published);
        }
    }
    EXPECT_EQ(keys.size(), published);
}

TEST(ReportCheck, ADatabaseThatMatchesItsPublishedNumbersShowsNoDifference)
{
    TempDir dir;
    auto data = testdata::generate(dir.file("g.sqlite"), 2500);
    Database& db = *data.database;

    // The published numbers, computed by loops over the generated rows.
    auto isCn = [](const GenCity& c) {
        return c.country == QLatin1String("CN");
    };
    int cnTotal = 0, cnJp = 0, cnJp7900 = 0, cnJs = 0, cnEast = 0, cnJpKnown = 0, cnJpEast = 0;
    QHash<QString, int> partners;
    for (const GenPair& p : data.pairs) {
        const GenCity& a = data.cities.at(p.a);
        const GenCity& b = data.cities.at(p.b);
        if (!isCn(a) && !isCn(b))
            continue;
        ++cnTotal;
        const GenCity& chinese = isCn(a) ? a : b;
        const GenCity& other = isCn(a) ? b : a;
        if (!isCn(other))
            partners[other.country]++;
        if ((isCn(a) && a.division == "CN-JS") || (isCn(b) && b.division == "CN-JS"))
            ++cnJs;
        if ((isCn(a) && a.region == "east") || (isCn(b) && b.region == "east"))
            ++cnEast;
        if (other.country == "JP") {
            ++cnJp;
            if (p.year && *p.year >= 1979 && *p.year <= 2000)
                ++cnJp7900;
            if (!chinese.region.isEmpty()) {
                ++cnJpKnown;
                cnJpEast += chinese.region == "east";
            }
        }
    }
    int rankJp = 1;
    for (auto it = partners.cbegin(); it != partners.cend(); ++it)
        rankJp += it.value() > partners.value("JP");

    const qint64 source = SourceRepository(db).add({0, {}, "Test publication", {}, {}, {}, {}, 0});
    const QList<std::tuple<QString, QString, double, QString>> statistics = {
        {"cn_pairs_total", "all", cnTotal, "pairs"},
        {"cn_partner_countries", "all", double(partners.size()), "countries"},
        {"cn_pairs_by_country", "JP", cnJp, "pairs"},
        {"cn_pairs_share_by_country", "JP", 100.0 * cnJp / cnTotal, "percent"},
        {"cn_pairs_rank_by_country", "JP", rankJp, "rank"},
        {"cn_jp_new_pairs", "1979-2000", cnJp7900, "pairs"},
        {"cn_pairs_by_division", "CN-JS", cnJs, "pairs"},
        {"cn_pairs_by_region", "east", cnEast, "pairs"},
        {"cn_jp_share_by_region", "east", 100.0 * cnJpEast / cnJpKnown, "percent"},
    };
    int n = 0;
    for (const auto& [subject, key, value, unit] : statistics)
        sql::run(db.connection(),
                 "INSERT INTO published_statistics (stat_key, subject, subject_key, value, unit, "
                 "source_id) VALUES (?, ?, ?, ?, ?, ?)",
                 {QStringLiteral("s%1").arg(n++), subject, key, value, unit, source});

    const auto rows = ReportCheck(db).run(Language::En);
    ASSERT_EQ(rows.size(), statistics.size());
    for (const auto& row : rows) {
        ASSERT_TRUE(row.difference.has_value()) << row.subject.toStdString();
        EXPECT_NEAR(*row.difference, 0.0, 1e-9)
            << row.subject.toStdString() << " " << row.key.toStdString();
    }
}

// The report counts the pairs existing at its as-of date: a pair dissolved before it drops out,
// one dissolved after it stays; the figure's shortfall follows the count.
TEST(ReportCheck, APairDissolvedBeforeTheAsOfDateIsNotCounted)
{
    TempDir dir;
    auto db = bundled::createDatabase(dir.file("b.sqlite"));
    auto chinaJapan = [&] {
        for (const auto& row : ReportCheck(*db).run(Language::En))
            if (row.subject == QLatin1String("cn_pairs_by_country") &&
                row.key == QLatin1String("JP") && row.asOf == QLatin1String("2017-12-31"))
                return row;
        ADD_FAILURE() << "no China-Japan count as of 2017-12-31";
        return ReportCheck::Row{};
    };
    const ReportCheck::Row before = chinaJapan();
    ASSERT_TRUE(before.database.has_value());
    // A dated China-Japan pair of 1990.
    const qint64 pair = sql::scalar(db->connection(),
                                    "SELECT p.id FROM pairings p JOIN cities a ON a.id = p.city_a "
                                    "JOIN cities b ON b.id = p.city_b WHERE a.country = 'CN' AND "
                                    "b.country = 'JP' AND p.established_year = 1990 LIMIT 1")
                            .toLongLong();
    ASSERT_GT(pair, 0);
    const int published = int(before.published);

    sql::run(db->connection(),
             "UPDATE pairings SET end_reason = 'dissolved', ended = '2018-03' WHERE id = ?",
             {pair});
    EXPECT_EQ(*chinaJapan().database, *before.database);

    sql::run(db->connection(), "UPDATE pairings SET ended = '2012-02' WHERE id = ?", {pair});
    const ReportCheck::Row after = chinaJapan();
    EXPECT_EQ(*after.database, *before.database - 1);
    EXPECT_EQ(*after.lacking, std::max(0, published - int(*after.database)));

    // A suspended (or renamed) pair still exists.
    sql::run(db->connection(), "UPDATE pairings SET end_reason = 'suspended' WHERE id = ?", {pair});
    EXPECT_EQ(*chinaJapan().database, *before.database);
}

TEST(ReportCheck, LackingByFigureIsTheLargestShortfallOfTheFiguresCounts)
{
    QVector<ReportCheck::Row> rows(4);
    rows[0].figure = "fig3";
    rows[0].lacking = 12;
    rows[1].figure = "fig3";
    rows[1].lacking = 30;
    rows[2].figure = "fig4";
    rows[2].lacking = 0;
    rows[3].figure = "fig1"; // a share: no shortfall in pairs
    const auto lacking = ReportCheck::lackingByFigure(rows);
    EXPECT_EQ(lacking.value("fig3"), 30);
    EXPECT_EQ(lacking.value("fig4"), 0);
    EXPECT_FALSE(lacking.contains("fig1"));
}

// A count of pairs says how many of them are agreements of friendship and exchange only (the
// register's CN-KR count is over the report's partly because of them): the number in the note
// is the register's own, counted here by a query of the test's.
TEST(ReportCheck, ACountSaysHowManyOfItsPairsAreFriendshipAndExchangeOnly)
{
    TempDir dir;
    auto db = bundled::createDatabase(dir.file("b.sqlite"));
    int checked = 0;
    for (const auto& row : ReportCheck(*db).run(Language::En)) {
        if (row.subject != QLatin1String("cn_pairs_by_country") || row.asOf.isEmpty() ||
            (row.key != QLatin1String("JP") && row.key != QLatin1String("KR")))
            continue;
        const int exchanges =
            sql::scalar(db->connection(),
                        "SELECT count(*) FROM pairings p JOIN cities a ON a.id = p.city_a "
                        "JOIN cities b ON b.id = p.city_b WHERE p.kind = 'friendship-exchange' "
                        "AND ((a.country = 'CN' AND b.country = ?) OR "
                        "(b.country = 'CN' AND a.country = ?)) "
                        "AND (p.established IS NULL OR p.established <= ?) "
                        "AND NOT (coalesce(p.end_reason, '') = 'dissolved' AND p.ended <= ?)",
                        {row.key, row.key, row.asOf, row.asOf})
                .toInt();
        ASSERT_GT(exchanges, 0) << row.key.toStdString();
        const QString words =
            QStringLiteral("%1 of them agreements of friendship and exchange only").arg(exchanges);
        EXPECT_TRUE(row.note.contains(words))
            << row.key.toStdString() << ": " << row.note.toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 2);
}
