// check-report: every published statistic is listed, and on a database whose published
// statistics were computed independently from the generated rows, nothing differs.
#include "report/ReportCheck.h"
#include "BundledDataset.h"
#include "SourceRepository.h"
#include "SqlSupport.h"
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
