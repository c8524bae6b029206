#include "CityRepository.h"
#include "Database.h"
#include "ListingQuery.h"
#include "PairingQuery.h"
#include "PairingRepository.h"
#include "ReferenceData.h"
#include "SourceRepository.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace sc;

namespace {

// Cities whose code-point order differs from the order a reader of each language expects.
struct Fixture {
    TempDir dir;
    std::unique_ptr<Database> db;
    qint64 source = 0;

    Fixture()
    {
        db = Database::create(dir.file("c.sqlite"));
        testdata::addReferenceData(*db);
        source = SourceRepository(*db).add({0, {}, "Test", {}, {}, {}, {}, 0});
        // zh pinyin: Beijing < Shanghai < Tianjin; code points: 上 (4E0A) < 北 (5317) < 天.
        // ja: カキ (ka-ki) < かな (ka-na) in kana order; code points put hiragana first.
        // en: case does not decide: apple < Banana < cherry.
        add("CN", "北京", "Beijing", {});
        add("CN", "上海", "Shanghai", {});
        add("CN", "天津", "Tianjin", {});
        add("JP", "かな", "Kana", "かな");
        add("JP", "カキ", "Kaki", "カキ");
        add("US", "apple", "apple", {});
        add("US", "Banana", "Banana", {});
        add("US", "cherry", "cherry", {});
    }
    void add(const QString& country, const QString& native, const QString& en, const QString& ja)
    {
        City c;
        c.country = country;
        c.names.native = native;
        c.names.en = en;
        c.names.ja = ja;
        if (country == "CN")
            c.names.zh = native;
        c.sourceId = source;
        CityRepository(*db).add(c);
    }
    QStringList names(Language language, const QString& country)
    {
        const ListingQuery query(*db, Listing::Cities);
        const int name = int(query.columns().indexOf("name"));
        const int countryColumn = int(query.columns().indexOf("country"));
        // The listing names the country in the language, as a reader sees it.
        const QString countryName = ReferenceData(*db).country(country)->names.display(language);
        QStringList out;
        for (const ListingRow& row : query.rows(language, {}, 0, -1, name))
            if (row.cells.at(countryColumn).toString() == countryName)
                out << row.cells.at(name).toString();
        return out;
    }
};

} // namespace

TEST(Collation, ChineseNamesSortInPinyinOrder)
{
    Fixture f;
    EXPECT_EQ(f.names(Language::Zh, "CN"), (QStringList{"北京", "上海", "天津"}));
}

TEST(Collation, KanaSortInKanaOrderNotCodePointOrder)
{
    Fixture f;
    EXPECT_EQ(f.names(Language::Ja, "JP"), (QStringList{"カキ", "かな"}));
}

TEST(Collation, EnglishIgnoresCase)
{
    Fixture f;
    EXPECT_EQ(f.names(Language::En, "US"), (QStringList{"apple", "Banana", "cherry"}));
}

TEST(Collation, HangulFollowsKoreanOrder)
{
    Fixture f;
    for (const auto& [native, en] :
         {std::pair{"인천", "Incheon"}, std::pair{"부산", "Busan"}, std::pair{"서울", "Seoul"}}) {
        City c;
        c.country = "KR";
        c.names.native = native;
        c.names.ko = native;
        c.names.en = en;
        CityRepository(*f.db).add(c);
    }
    EXPECT_EQ(f.names(Language::Ko, "KR"), (QStringList{"부산", "서울", "인천"}));
}

TEST(Collation, PairingTableSortsCityNamesInTheLanguageOrder)
{
    Fixture f;
    // Each Chinese city paired with a US city: sorting by city A in zh gives pinyin order.
    const QVector<qint64> cn = CityRepository(*f.db).findByName("北京") +
                               CityRepository(*f.db).findByName("上海") +
                               CityRepository(*f.db).findByName("天津");
    const QVector<qint64> us = CityRepository(*f.db).findByName("apple");
    ASSERT_EQ(cn.size(), 3);
    // Insert in code-point order so that id order is not the expected order.
    for (qint64 id : {cn[1], cn[0], cn[2]}) {
        Pairing p;
        p.cityA = id;
        p.cityB = us[0];
        p.sourceId = f.source;
        PairingRepository(*f.db).add(p);
    }
    QStringList order;
    for (const PairingRow& row :
         PairingQuery(*f.db).rows({}, Language::Zh, 0, -1, PairingQuery::Sort::CityA))
        order << row.a.name;
    EXPECT_EQ(order, (QStringList{"北京", "上海", "天津"}));
    order.clear();
    for (const PairingRow& row :
         PairingQuery(*f.db).rows({}, Language::Zh, 0, -1, PairingQuery::Sort::CityA, true))
        order << row.a.name;
    EXPECT_EQ(order, (QStringList{"天津", "上海", "北京"}));
}
