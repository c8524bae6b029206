#include "CityRepository.h"
#include "Database.h"
#include "Error.h"
#include "PairingRepository.h"
#include "SourceRepository.h"
#include "SqlSupport.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sc;

namespace {

class Constraints : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = Database::create(dir.file("c.sqlite"));
        testdata::addReferenceData(*db);
        source = SourceRepository(*db).add(
            {0, {}, "A city's page", {}, "https://example.org/", {}, {}, 0});
        tianjin = addCity("CN", "天津市", "Tianjin");
        kobe = addCity("JP", "神戸市", "Kobe");
    }

    qint64 addCity(const QString& country, const QString& native, const QString& en)
    {
        City city;
        city.country = country;
        city.level = "municipality";
        city.names.native = native;
        city.names.en = en;
        return CityRepository(*db).add(city);
    }

    Pairing pair(qint64 a, qint64 b, const QString& date = "1973-06-24")
    {
        Pairing p;
        p.cityA = a;
        p.cityB = b;
        p.established = date;
        p.sourceId = source;
        return p;
    }

    // The message of the Error that `write` throws, or a failure.
    template <typename F> QString refusal(F write)
    {
        try {
            write();
        } catch (const Error& error) {
            return error.message();
        }
        ADD_FAILURE() << "not refused";
        return {};
    }

    int pairingCount()
    {
        return sql::scalar(db->connection(), "SELECT count(*) FROM pairings").toInt();
    }

    TempDir dir;
    std::unique_ptr<Database> db;
    qint64 source = 0, tianjin = 0, kobe = 0;
};

} // namespace

TEST_F(Constraints, AValidPairingIsStoredWithItsDatePrecision)
{
    PairingRepository repo(*db);
    const qint64 id = repo.add(pair(tianjin, kobe));
    const auto stored = repo.get(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->established, "1973-06-24");
    EXPECT_EQ(sql::scalar(db->connection(), "SELECT precision FROM pairings WHERE id = ?", {id})
                  .toString(),
              "day");
    repo.add(pair(tianjin, addCity("JP", "舞鶴市", "Maizuru"), "1982"));
    EXPECT_EQ(sql::scalar(db->connection(),
                          "SELECT precision || established_year FROM pairings WHERE established = "
                          "'1982'")
                  .toString(),
              "year1982");
}

TEST_F(Constraints, ADuplicatePairIsRefusedInEitherOrder)
{
    PairingRepository repo(*db);
    repo.add(pair(tianjin, kobe));
    EXPECT_TRUE(refusal([&] { repo.add(pair(tianjin, kobe)); }).contains("paired already"));
    EXPECT_TRUE(refusal([&] { repo.add(pair(kobe, tianjin)); }).contains("paired already"));
    // The schema refuses it too, should any writer go around core.
    QSqlQuery query(db->connection());
    query.prepare("INSERT INTO pairings (city_a, city_b, source_id) VALUES (?, ?, ?)");
    query.addBindValue(kobe);
    query.addBindValue(tianjin);
    query.addBindValue(source);
    EXPECT_FALSE(query.exec());
    EXPECT_EQ(pairingCount(), 1);
}

TEST_F(Constraints, ASelfPairIsRefused)
{
    PairingRepository repo(*db);
    EXPECT_TRUE(refusal([&] { repo.add(pair(kobe, kobe)); }).contains("itself"));
    QSqlQuery query(db->connection());
    query.prepare("INSERT INTO pairings (city_a, city_b, source_id) VALUES (?, ?, ?)");
    query.addBindValue(kobe);
    query.addBindValue(kobe);
    query.addBindValue(source);
    EXPECT_FALSE(query.exec());
    EXPECT_EQ(pairingCount(), 0);
}

TEST_F(Constraints, MalformedAndFutureDatesAreRefused)
{
    PairingRepository repo(*db);
    const QDate today = QDate::currentDate();
    const QString tomorrow = today.addDays(1).toString(Qt::ISODate);
    const QString nextYear = QString::number(today.year() + 1);
    for (const QString& date :
         {QStringLiteral("1973-13-01"), QStringLiteral("1973-02-30"), QStringLiteral("24.06.1973"),
          QStringLiteral("73"), QStringLiteral("1973-6-24"), QStringLiteral("abcd"),
          QStringLiteral("1850"), tomorrow, nextYear}) {
        const QString message = refusal([&] { repo.add(pair(tianjin, kobe, date)); });
        EXPECT_TRUE(message.contains(date)) << date.toStdString() << ": " << message.toStdString();
    }
    EXPECT_TRUE(refusal([&] { repo.add(pair(tianjin, kobe, tomorrow)); }).contains("future"));
    EXPECT_EQ(pairingCount(), 0);
    // Unknown stays empty, and is allowed.
    EXPECT_NO_THROW(repo.add(pair(tianjin, kobe, QString())));
}

TEST_F(Constraints, APairingWithoutASourceIsRefused)
{
    PairingRepository repo(*db);
    Pairing p = pair(tianjin, kobe);
    p.sourceId = 0;
    EXPECT_TRUE(refusal([&] { repo.add(p); }).contains("source"));
    p.sourceId = 999;
    EXPECT_TRUE(refusal([&] { repo.add(p); }).contains("999"));
    QSqlQuery query(db->connection());
    query.prepare("INSERT INTO pairings (city_a, city_b) VALUES (?, ?)");
    query.addBindValue(tianjin);
    query.addBindValue(kobe);
    EXPECT_FALSE(query.exec());
    EXPECT_EQ(pairingCount(), 0);
}

TEST_F(Constraints, UnknownStatusKindAndCityAreRefused)
{
    PairingRepository repo(*db);
    Pairing p = pair(tianjin, kobe);
    p.status = "paused";
    EXPECT_TRUE(refusal([&] { repo.add(p); }).contains("paused"));
    p = pair(tianjin, kobe);
    p.kind = "twin";
    EXPECT_TRUE(refusal([&] { repo.add(p); }).contains("twin"));
    EXPECT_TRUE(refusal([&] { repo.add(pair(tianjin, 4242)); }).contains("4242"));
}

TEST_F(Constraints, AnUpdateOfAChangedRowIsRefusedAndTheFirstWriteSurvives)
{
    PairingRepository repo(*db);
    const qint64 id = repo.add(pair(tianjin, kobe));
    Pairing first = *repo.get(id);
    Pairing second = first;
    first.note = "first";
    repo.update(first);
    second.note = "second";
    EXPECT_THROW(repo.update(second), Error);
    EXPECT_EQ(repo.get(id)->note, "first");
    EXPECT_EQ(repo.get(id)->rowVersion, first.rowVersion + 1);
}

TEST_F(Constraints, ACityWithPairingsCannotBeRemoved)
{
    PairingRepository(*db).add(pair(tianjin, kobe));
    CityRepository cities(*db);
    const QString message = refusal([&] { cities.remove(kobe, cities.get(kobe)->rowVersion); });
    EXPECT_TRUE(message.contains("1 pairing")) << message.toStdString();
    EXPECT_TRUE(cities.get(kobe).has_value());
}

TEST_F(Constraints, HostileNamesAreStoredAndFoundAsText)
{
    CityRepository cities(*db);
    for (const QString& name :
         {QStringLiteral("O'Brien"), QStringLiteral("'; DROP TABLE pairings; --"),
          QStringLiteral("100%"), QStringLiteral("a_b"), QStringLiteral("😀 City"),
          QString(5000, QLatin1Char('x'))}) {
        const qint64 id = addCity("US", name, name);
        EXPECT_EQ(cities.get(id)->names.native, name);
        EXPECT_EQ(cities.findByName(name), QVector<qint64>{id}) << name.left(40).toStdString();
    }
    // LIKE wildcards in a name match only themselves.
    EXPECT_TRUE(cities.findByName("1000%").isEmpty());
    EXPECT_TRUE(cities.findByName("axb").isEmpty());
    EXPECT_FALSE(
        sql::scalar(db->connection(), "SELECT name FROM sqlite_master WHERE name = 'pairings'")
            .isNull());
}
