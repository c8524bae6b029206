// A name search of one or two characters (schema 9: Chinese, Japanese or Korean; schema 11:
// any, Latin letters, digits, punctuation and LIKE's own wildcards among them) finds exactly the
// cities `search_text LIKE '%key%'` finds, for keys at a name's start and end, at the very start
// and end of a search_text written by plain SQL, mixed with Latin letters and digits, and across
// two names' boundary; city_grams follows every write, the application's and another program's;
// an import fills it for its cities after the rows, and a cancelled one leaves it and its
// triggers as they were.
#include "CityRepository.h"
#include "Database.h"
#include "NameKey.h"
#include "PairingQuery.h"
#include "SourceRepository.h"
#include "SqlSupport.h"
#include "SqliteDialect.h"
#include "io/CsvReader.h"
#include "io/PairingImporter.h"
#include "support/CityGrams.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

using namespace sc;

namespace {

// Real names of the three countries, a name that mixes scripts, and names whose neighbours in
// search_text make pairs no single name holds (宁波 then 波士顿: "波波" only across the boundary).
const QStringList kNames[] = {
    {"宁波", "宁波市", "寧波", "닝보", "Ningbo"},
    {"大连", "大連", "다롄", "Dalian"},
    {"札幌", "札幌市", "さっぽろ", "삿포로", "Sapporo"},
    {"서울", "ソウル", "首尔", "Seoul"},
    {"波士顿", "ボストン", "Boston"},
    {"宁宝", "Ningbao"},
    {"a宁", "Zone 3区"},
    {"佐々木町", "ｻｻｷ", "Sasaki"},
    {"𠀋城", "Ext B town"},
};

QVector<qint64> idsOf(QSqlQuery query)
{
    QVector<qint64> out;
    while (query.next())
        out << query.value(0).toLongLong();
    std::sort(out.begin(), out.end());
    return out;
}

QVector<qint64> foundByLike(Database& db, const QString& key)
{
    return idsOf(sql::run(db.connection(),
                          "SELECT id FROM cities NOT INDEXED WHERE search_text LIKE ? ESCAPE '\\'",
                          {namekey::containsPattern(key)}));
}

// The subquery is read by IN: a city whose name holds the character twice comes twice.
QVector<qint64> foundBySearch(Database& db, const QString& key)
{
    const SqlDialect::CitySearch search = db.dialect().citiesContaining(key);
    return idsOf(sql::run(db.connection(),
                          QStringLiteral("SELECT DISTINCT * FROM (%1)").arg(search.sql),
                          search.values));
}

qint64 sourceOf(Database& db)
{
    return sql::scalar(db.connection(), "SELECT min(id) FROM sources").toLongLong();
}

void addCities(Database& db)
{
    CityRepository cities(db);
    for (const QStringList& names : kNames) {
        City city;
        city.country = "CN";
        city.names.native = names.first();
        city.names.zh = names.first();
        city.names.en = names.last();
        if (names.size() > 2)
            city.names.ja = names.at(1);
        if (names.size() > 3)
            city.names.ko = names.at(names.size() - 2);
        city.sourceId = sourceOf(db);
        cities.add(city);
    }
}

// Every key of one or two characters that occurs in a name, the pairs across two neighbouring
// names of each city, and some that occur nowhere; computed from the names, not the index.
QStringList keysOf(Database& db)
{
    QStringList keys{"龍", "龍龍", "x宁", "宁x", "%宁", "宁_"};
    QSqlQuery rows = sql::run(db.connection(), "SELECT search_text FROM cities ORDER BY id");
    while (rows.next()) {
        const QStringList names = rows.value(0).toString().split(QChar(0x1F), Qt::SkipEmptyParts);
        QString previous;
        for (const QString& name : names) {
            const QList<uint> text = name.toUcs4();
            for (qsizetype i = 0; i < text.size(); ++i) {
                for (qsizetype n = 1; n <= 2 && i + n <= text.size(); ++n)
                    keys << QString::fromUcs4(reinterpret_cast<const char32_t*>(&text[i]), n);
            }
            // The last character of one name and the first of the next.
            if (!previous.isEmpty()) {
                const char32_t pair[] = {char32_t(previous.toUcs4().last()),
                                         char32_t(text.first())};
                keys << QString::fromUcs4(pair, 2);
            }
            previous = name;
        }
    }
    keys.removeDuplicates();
    return keys;
}

bool indexed(const QString& key)
{
    const QString k = namekey::normalize(key);
    return !k.isEmpty() && k.toUcs4().size() <= 2 &&
           std::none_of(k.cbegin(), k.cend(), [](QChar c) { return c.unicode() <= 0x20; });
}

// Every printable ASCII character alone, and every pair of a few dozen of them: letters of
// both cases, digits, LIKE's wildcards and escape, GLOB's metacharacters, punctuation.
QStringList asciiKeys()
{
    QStringList keys;
    for (char c = 0x21; c < 0x7F; ++c)
        keys << QString(QLatin1Char(c));
    const QString alphabet = QStringLiteral("abginoqsxzANQ019%_\\*?[]^'.-!");
    for (const QChar a : alphabet)
        for (const QChar b : alphabet)
            keys << QString(a) + b;
    return keys;
}

// Each key is looked up in city_grams and finds what LIKE finds; returns how many found any.
int expectAsLike(Database& db, const QStringList& keys)
{
    int found = 0;
    for (const QString& key : keys) {
        const QVector<qint64> expected = foundByLike(db, key);
        EXPECT_EQ(foundBySearch(db, key), expected) << key.toStdString();
        EXPECT_TRUE(!indexed(key) ||
                    db.dialect().citiesContaining(key).sql.contains(QLatin1String("city_grams")))
            << key.toStdString();
        found += expected.isEmpty() ? 0 : 1;
    }
    return found;
}

void insertBySql(Database& db, const QString& name, const QString& searchText)
{
    sql::run(db.connection(),
             "INSERT INTO cities (country, level, name_native, search_text, source_id) "
             "VALUES ('JP', 'other', ?, ?, ?)",
             {name, searchText, sourceOf(db)});
}

class ShortNameSearch : public ::testing::Test {
protected:
    void SetUp() override
    {
        generated = testdata::generate(dir.file("short.sqlite"), 200);
        addCities(db());
    }
    Database& db() { return *generated.database; }

    TempDir dir;
    testdata::GeneratedDatabase generated;
};

} // namespace

TEST_F(ShortNameSearch, EveryKeyOfOneOrTwoCjkCharactersFindsWhatLikeFinds)
{
    // Another program's row, written with capitals: LIKE folds ASCII case, and so does the index.
    sql::run(db().connection(),
             "INSERT INTO cities (country, level, name_native, search_text, source_id) "
             "VALUES ('JP', 'other', 'X宁', ?, ?)",
             {QString("\x1f") + "X宁 Town" + QChar(0x1F), sourceOf(db())});
    // And one with a control character before a hanzi: the pair is not indexed, LIKE finds it.
    sql::run(db().connection(),
             "INSERT INTO cities (country, level, name_native, search_text, source_id) "
             "VALUES ('JP', 'other', 'Bell', ?, ?)",
             {QString("\x1f") + QChar(0x07) + "宁" + QChar(0x1F), sourceOf(db())});
    const QStringList keys =
        keysOf(db()) + QStringList{"X宁", "x宁", "宁 ", " 宁", "ｎ宁", QString(QChar(0x07)) + "宁"};
    int viaGrams = 0;
    for (const QString& key : keys) {
        const QVector<qint64> expected = foundByLike(db(), key);
        EXPECT_EQ(foundBySearch(db(), key), expected) << key.toStdString();
        if (indexed(key)) {
            ++viaGrams;
            EXPECT_TRUE(db().dialect().citiesContaining(key).sql.contains("city_grams"))
                << key.toStdString();
        }
    }
    // The keys are many, and they are found: not a comparison of empty lists.
    EXPECT_GT(viaGrams, 150);
    EXPECT_EQ(foundBySearch(db(), "宁").size(), 5); // 宁波, 宁宝, a宁, X宁, <BEL>宁
    EXPECT_EQ(foundBySearch(db(), QString(QChar(0x07)) + "宁").size(), 1);
    EXPECT_EQ(foundBySearch(db(), "宁波").size(), 1);
    EXPECT_EQ(foundBySearch(db(), "x宁").size(), 1);           // X宁, lowered as LIKE lowers it
    EXPECT_EQ(foundBySearch(db(), "波波"), QVector<qint64>{}); // only across two cities' names
    EXPECT_EQ(foundBySearch(db(), "々木").size(), 1);
    EXPECT_EQ(foundBySearch(db(), "ｻ").size(), 1); // width folded: ｻｻｷ is stored as ササキ
    EXPECT_EQ(foundBySearch(db(), "𠀋").size(), 1); // beyond the BMP: one character
    EXPECT_EQ(foundBySearch(db(), "镇").size(), generated.cities.size());
}

TEST_F(ShortNameSearch, EveryKeyOfOneOrTwoAsciiCharactersFindsWhatLikeFinds)
{
    // Names written by the application: LIKE's wildcards and escape, GLOB's metacharacters,
    // digits, a one-letter name, names that end and start with the same letters.
    CityRepository cities(db());
    for (const QStringList& names : {QStringList{"St. John's", "Saint John"},
                                     {"100% Town", "Hundred"},
                                     {"under_score"},
                                     {"Back\\slash", "Q"},
                                     {"Star*City", "Why?"},
                                     {"[Bracket]", "Caret^"},
                                     {"N'Djamena", "Ndjamena"},
                                     {"Zz", "Oz"},
                                     {"Abba", "Baab"}}) {
        City city;
        city.country = "JP";
        city.names.native = names.first();
        city.names.en = names.last();
        city.sourceId = sourceOf(db());
        cities.add(city);
    }
    // Another program's rows: capitals (LIKE folds ASCII case, and so does the index), a
    // search_text with no separator at its end or at either end (a key at the very start and
    // end), one holding nothing but one character, and two names whose boundary makes pairs
    // no name holds.
    insertBySql(db(), "Caps", QString("\x1f") + "NINGBO" + QChar(0x1F) + "Qx%_");
    insertBySql(db(), "Bare", "Az*?[");
    insertBySql(db(), "One", "K");
    insertBySql(db(), "Ends", QString("\x1f") + "Ab" + QChar(0x1F) + "Cd" + QChar(0x1F));
    EXPECT_EQ(testdata::storedGrams(db()), testdata::expectedGrams(db()));

    QStringList keys = asciiKeys();
    for (const QString& key : keysOf(db()))
        if (std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() < 0x80; }))
            keys << key;
    keys << "bc"
         << "db"
         << "gq"
         << "oo"
         << "%t"
         << "\\s"
         << "?n";
    // Many keys, and most are found: not a comparison of empty lists.
    EXPECT_GT(expectAsLike(db(), keys), 300);
    // Some answers known without SQL: a key at a search_text's very start and end, across a
    // boundary, and wildcards taken as characters.
    EXPECT_EQ(foundBySearch(db(), "az").size(), 1);
    const qint64 one =
        sql::scalar(db().connection(), "SELECT id FROM cities WHERE name_native = 'One'")
            .toLongLong();
    EXPECT_TRUE(foundBySearch(db(), "k").contains(one));
    EXPECT_EQ(foundBySearch(db(), "[").size(), 2); // [Bracket], Az*?[
    EXPECT_EQ(foundBySearch(db(), "?").size(), 2); // Why?, Az*?[
    EXPECT_EQ(foundBySearch(db(), "%_").size(), 1);
    EXPECT_EQ(foundBySearch(db(), "0%").size(), 1);
    EXPECT_EQ(foundBySearch(db(), "\\s").size(), 1);
    EXPECT_EQ(foundBySearch(db(), "bc"), QVector<qint64>{}); // only across Ab | Cd
    EXPECT_EQ(foundBySearch(db(), "xq"), QVector<qint64>{});
    EXPECT_EQ(foundBySearch(db(), "ni"), foundByLike(db(), "NI"));
}

// A key of one character is the range from it to the next character in UTF-8's order: past
// the surrogates (which no text holds) after U+D7FF; the last code point has none, and LIKE
// answers it.
TEST_F(ShortNameSearch, AKeyOfOneCharacterIsTheRangeUpToTheNextCharacter)
{
    const auto character = [](char32_t code) {
        return QString::fromUcs4(&code, 1);
    };
    const auto bounds = [&](char32_t code) {
        return db().dialect().citiesContaining(character(code)).values;
    };
    EXPECT_EQ(bounds(U'n'), (QVariantList{"n", "o"}));
    EXPECT_EQ(bounds(U'*'), (QVariantList{"*", "+"}));
    EXPECT_EQ(bounds(U'['), (QVariantList{"[", "\\"}));
    EXPECT_EQ(bounds(0xD7FF), (QVariantList{character(0xD7FF), character(0xE000)}));
    EXPECT_FALSE(db().dialect().citiesContaining(character(0x10FFFF)).sql.contains("city_grams"));
    for (const char32_t code : {char32_t(0xD7FF), char32_t(0xE000), char32_t(0x10FFFF)})
        insertBySql(db(), "Edge", QString("\x1f") + "a" + character(code) + QChar(0x1F));
    for (const char32_t code : {char32_t(0xD7FF), char32_t(0xE000), char32_t(0x10FFFF)}) {
        const QString key = character(code);
        EXPECT_EQ(foundBySearch(db(), key), foundByLike(db(), key)) << int(code);
        EXPECT_EQ(foundBySearch(db(), key).size(), 1) << int(code);
        EXPECT_EQ(foundBySearch(db(), "a" + key).size(), 1) << int(code);
    }
}

TEST_F(ShortNameSearch, AFilterOnTwoHanziCountsAndListsThePairingsOfTheCitiesLikeFinds)
{
    // Pairings of the hand-made cities with generated ones.
    QSqlQuery added = sql::run(db().connection(), "SELECT id FROM cities WHERE id > ? ORDER BY id",
                               {generated.cities.last().id});
    for (int i = 0; added.next(); ++i) {
        const QVariant mine = added.value(0);
        const QVariant other = generated.cities.at(i).id;
        sql::run(db().connection(),
                 "INSERT INTO pairings (city_a, city_b, status, source_id) VALUES (?, ?, "
                 "'active', ?)",
                 {i % 2 ? mine : other, i % 2 ? other : mine, sourceOf(db())});
    }
    for (const char* text : {"宁", "宁波", "镇1", "마을", "ル", "a宁"}) {
        const QString key = QString::fromUtf8(text);
        PairingFilter filter;
        filter.search = key;
        const QVector<qint64> expected = idsOf(sql::run(
            db().connection(),
            "SELECT p.id FROM pairings p JOIN cities a ON a.id = p.city_a JOIN cities b ON "
            "b.id = p.city_b WHERE a.search_text LIKE ? ESCAPE '\\' OR b.search_text LIKE ? "
            "ESCAPE '\\' ORDER BY p.id",
            {namekey::containsPattern(key), namekey::containsPattern(key)}));
        ASSERT_FALSE(expected.isEmpty()) << text;
        EXPECT_EQ(PairingQuery(db()).count(filter), expected.size()) << text;
        QVector<qint64> listed;
        for (const PairingRow& row : PairingQuery(db()).rows(filter, Language::En))
            listed << row.id;
        EXPECT_EQ(listed, expected) << text;
    }
}

TEST_F(ShortNameSearch, TheGramsFollowEveryWriteOfTheApplicationAndOfPlainSql)
{
    EXPECT_EQ(testdata::storedGrams(db()), testdata::expectedGrams(db()));
    ASSERT_GT(testdata::storedGrams(db()).size(), 1000);

    // The application: a city renamed, one added, one removed.
    CityRepository cities(db());
    City renamed = *cities.get(generated.cities.first().id);
    renamed.names.zh = "新名字";
    renamed.names.ko = "새이름";
    cities.update(renamed);
    City fresh;
    fresh.country = "KR";
    fresh.names.native = "부산";
    fresh.names.en = "Busan";
    fresh.sourceId = sourceOf(db());
    const qint64 busan = cities.add(fresh);
    const qint64 unpaired =
        sql::scalar(db().connection(), "SELECT min(id) FROM cities WHERE id NOT IN (SELECT "
                                       "city_a FROM pairings UNION SELECT city_b FROM pairings)")
            .toLongLong();
    ASSERT_GT(unpaired, 0);
    cities.remove(unpaired, cities.get(unpaired)->rowVersion);
    EXPECT_EQ(testdata::storedGrams(db()), testdata::expectedGrams(db()));
    EXPECT_EQ(foundBySearch(db(), "부산"), QVector<qint64>{busan});
    EXPECT_EQ(foundBySearch(db(), "名字"), QVector<qint64>{renamed.id});
    EXPECT_TRUE(foundBySearch(db(), "bu").contains(busan));
    EXPECT_GT(expectAsLike(db(), asciiKeys()), 60);

    // The sqlite3 shell: search_text rewritten, an id changed, a row inserted and one deleted,
    // a write that changes nothing, and a delete that a pairing refuses.
    QSqlDatabase c = db().connection();
    sql::run(c, "UPDATE cities SET search_text = ? WHERE id = ?",
             {QString("\x1f") + "重写" + QChar(0x1F) + "ReWritten%Q" + QChar(0x1F), busan});
    sql::run(c, "UPDATE cities SET id = (SELECT max(id) + 100 FROM cities) WHERE id = ?", {busan});
    sql::run(c,
             "INSERT INTO cities (country, level, name_native, search_text, source_id) "
             "VALUES ('JP', 'other', '京都', ?, ?)",
             {QString("\x1f") + "京都" + QChar(0x1F) + "Kyoto" + QChar(0x1F), sourceOf(db())});
    sql::run(c, "UPDATE cities SET search_text = search_text WHERE country = 'KR'");
    sql::run(c, "DELETE FROM cities WHERE name_native = '京都'");
    QSqlQuery refused(c);
    EXPECT_FALSE(refused.exec(QStringLiteral("DELETE FROM cities WHERE id = %1")
                                  .arg(generated.cities.at(generated.pairs.first().a).id)));
    EXPECT_EQ(testdata::storedGrams(db()), testdata::expectedGrams(db()));
    EXPECT_EQ(foundBySearch(db(), "重写").size(), 1);
    EXPECT_EQ(foundBySearch(db(), "부산"), QVector<qint64>{});
    EXPECT_EQ(foundBySearch(db(), "京"), QVector<qint64>{});
    EXPECT_EQ(foundBySearch(db(), "%q").size(), 1);
    EXPECT_EQ(foundBySearch(db(), "bu"), foundByLike(db(), "bu"));
    EXPECT_FALSE(foundBySearch(db(), "bu").contains(busan));
    EXPECT_GT(expectAsLike(db(), asciiKeys()), 60);
}

// An import's cities reach city_grams after its rows (the trigger is dropped for its
// transaction); cancelled while they are being filled, it leaves the table and the triggers as
// they were.
TEST_F(ShortNameSearch, AnImportFillsTheGramsOfItsCitiesAndACancelLeavesThemAsTheyWere)
{
    QByteArray text = "a_country,a_city,b_country,b_city,established,status,source\n";
    for (int i = 0; i < 60; ++i)
        text += QString("CN,%1,JP,新町%2,1990,active,Import paper\n")
                    .arg(generated.cities.at(i).nameEn)
                    .arg(i)
                    .toUtf8();
    // And cities named in Latin letters only, which schema 9 passed over.
    for (int i = 0; i < 20; ++i)
        text += QString("CN,%1,KR,Qxport %2,1990,active,Import paper\n")
                    .arg(generated.cities.at(i).nameEn)
                    .arg(i)
                    .toUtf8();
    const auto triggers = [&] {
        return sql::scalar(db().connection(),
                           "SELECT group_concat(name || ':' || sql, '\n') FROM (SELECT name, sql "
                           "FROM sqlite_master WHERE type = 'trigger' ORDER BY name)")
            .toString();
    };
    const QSet<QString> gramsBefore = testdata::storedGrams(db());
    const QString triggersBefore = triggers();
    ASSERT_TRUE(triggersBefore.contains("cities_grams_insert"));
    ImportOptions options;
    options.today = QDate(2024, 6, 1);
    for (const ImportOptions::Bulk bulk :
         {ImportOptions::Bulk::Always, ImportOptions::Bulk::Never}) {
        // The full-text index is fed first, then the grams: the second question is asked
        // before the grams are written.
        int finishing = 0;
        options.bulk = bulk;
        const ImportReport cancelled =
            PairingImporter(db()).run(CsvReader(text), options, [&](int done, int total) {
                return done < total || ++finishing < 2;
            });
        EXPECT_TRUE(cancelled.cancelled);
        EXPECT_FALSE(cancelled.written);
        EXPECT_EQ(testdata::storedGrams(db()), gramsBefore);
        EXPECT_EQ(triggers(), triggersBefore);
        EXPECT_EQ(foundBySearch(db(), "qx"), QVector<qint64>{});
    }
    const ImportReport done = PairingImporter(db()).run(CsvReader(text), options);
    ASSERT_TRUE(done.written) << done.problemLines("f").join('\n').toStdString();
    EXPECT_EQ(done.citiesCreated, 80);
    EXPECT_EQ(triggers(), triggersBefore);
    EXPECT_EQ(testdata::storedGrams(db()), testdata::expectedGrams(db()));
    EXPECT_EQ(foundBySearch(db(), "新町").size(), 60);
    EXPECT_EQ(foundBySearch(db(), "qx").size(), 20);
    EXPECT_GT(expectAsLike(db(), asciiKeys()), 60);
}
