#include "ui/BrowseFixture.h"

#include "ListingQuery.h"
#include "PairingDetail.h"
#include "PairingQuery.h"
#include "RecordSnapshot.h"
#include "Transaction.h"
#include "dataset/BundledDataset.h"
#include "tables/ListingTableModel.h"

#include <QAbstractItemModelTester>
#include <QSet>

using namespace sc;

TEST_F(BrowseTest, EveryListingModelPassesTheModelTester)
{
    auto db = open();
    for (Listing listing : {Listing::Cities, Listing::Divisions, Listing::Countries,
                            Listing::Sources, Listing::Surveys}) {
        ListingTableModel model(*db, listing);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        while (model.canFetchMore({}))
            model.fetchMore({});
        EXPECT_EQ(model.rowCount(), ListingQuery(*db, listing).count());
        for (int column = 0; column < model.columnCount(); ++column) {
            model.sort(column, Qt::DescendingOrder);
            model.sort(column, Qt::AscendingOrder);
        }
        model.setSearch("Town 1");
        model.setLanguage(Language::Ja);
    }
}

TEST_F(BrowseTest, CitiesAreFetchedLazilyAndCountedBySql)
{
    auto db = open();
    ListingTableModel model(*db, Listing::Cities);
    // 150 generated cities fit in one page; the generated data tells how many there are.
    EXPECT_EQ(model.matchingCount(), data().cities.size());
    EXPECT_EQ(model.rowCount(), std::min<int>(ListingTableModel::kPageSize, data().cities.size()));

    // "JP Town 1" matches JP Town 1, 10-19 (of 40 Japanese towns), and nothing else.
    model.setSearch("JP Town 1");
    int expected = 0;
    for (const auto& city : data().cities)
        if (city.nameEn.startsWith("JP Town 1"))
            ++expected;
    EXPECT_EQ(model.matchingCount(), expected);
    EXPECT_EQ(expected, 11);

    // The pairings column counts each city's pairings as the generated pairs say.
    model.setSearch({});
    // The column headed "Pairings", as the user finds it.
    int pairingsColumn = -1;
    for (int column = 0; column < model.columnCount(); ++column)
        if (model.headerData(column, Qt::Horizontal).toString() == QLatin1String("Pairings"))
            pairingsColumn = column;
    ASSERT_GE(pairingsColumn, 0);
    model.sort(pairingsColumn, Qt::DescendingOrder);
    const qint64 top = model.index(0, 0).data(Qt::UserRole).toLongLong();
    QMap<qint64, int> counts;
    for (const auto& pair : data().pairs) {
        ++counts[data().cities.at(pair.a).id];
        ++counts[data().cities.at(pair.b).id];
    }
    const int most = *std::max_element(counts.cbegin(), counts.cend());
    EXPECT_EQ(counts.value(top), most);
    EXPECT_EQ(model.index(0, pairingsColumn).data().toString(), QLocale().toString(most));
}

TEST_F(BrowseTest, DetailHasBothCitiesAndEverySource)
{
    auto db = open();
    const auto& pair = data().pairs.first();
    const qint64 extra = SourceRepository(*db).add(
        {0, {}, "Second source", "Publisher X", "https://example.org/2", "2020-01-02", {}, 0});
    sql::run(db->connection(),
             "INSERT INTO pairing_sources (pairing_id, source_id, established, relation, note) "
             "VALUES (?, ?, ?, ?, ?)",
             {pair.id, extra, "1990-05", "confirms", "signed in May"});
    const auto detail = PairingDetail::load(*db, pair.id);
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->a.city.names.en, data().cities.at(pair.a).nameEn);
    EXPECT_EQ(detail->b.city.names.ko, data().cities.at(pair.b).nameKo);
    ASSERT_EQ(detail->sources.size(), 2);
    EXPECT_TRUE(detail->sources[0].primary);
    EXPECT_EQ(detail->sources[0].source.title, "Generated");
    EXPECT_EQ(detail->sources[1].source.title, "Second source");
    EXPECT_EQ(detail->sources[1].established, "1990-05");
    EXPECT_EQ(detail->sources[1].note, "signed in May");
    EXPECT_FALSE(PairingDetail::load(*db, 999999));
}

TEST_F(BrowseTest, SnapshotRestoresADeletedPairingExactly)
{
    auto db = open();
    const qint64 id = data().pairs.at(5).id;
    const qint64 extra = SourceRepository(*db).add({0, {}, "Extra", {}, {}, {}, {}, 0});
    sql::run(db->connection(),
             "INSERT INTO pairing_sources (pairing_id, source_id, note) VALUES (?, ?, ?)",
             {id, extra, "n"});
    const QVariantList pairing = rawRow(*db, "pairings", "id", id);
    const QVariantList links = rawRow(*db, "pairing_sources", "pairing_id", id);
    ASSERT_FALSE(links.isEmpty());

    const RecordSnapshot snapshot = RecordSnapshot::ofPairing(*db, id);
    {
        Transaction t(*db);
        PairingRepository(*db).remove(id, snapshot.rowVersion());
        t.commit();
    }
    EXPECT_TRUE(rawRow(*db, "pairings", "id", id).isEmpty());
    EXPECT_TRUE(rawRow(*db, "pairing_sources", "pairing_id", id).isEmpty());
    {
        Transaction t(*db);
        snapshot.restore(*db);
        t.commit();
    }
    EXPECT_EQ(rawRow(*db, "pairings", "id", id), pairing);
    EXPECT_EQ(rawRow(*db, "pairing_sources", "pairing_id", id), links);
    // Restoring over a row that exists is refused, not duplicated.
    Transaction t(*db);
    EXPECT_THROW(snapshot.restore(*db), Error);
}

TEST(ListingSearch, SurveyTitlesMatchWildcardsOnlyAsText)
{
    TempDir dir;
    auto db = bundled::createDatabase(dir.file("b.sqlite"));
    const ListingQuery surveys(*db, Listing::Surveys);
    ASSERT_EQ(surveys.count(), 1);
    EXPECT_EQ(surveys.count("questionnaire"), 1);
    // "%" and "_" are characters of the search, not LIKE wildcards: no title holds them.
    EXPECT_EQ(surveys.count("%"), 0);
    EXPECT_EQ(surveys.count("_"), 0);
}
