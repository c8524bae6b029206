// The synthetic register of `generate`: the same seed gives the same rows, an existing file is
// never touched, and the rows have the shape the generator promises, tallied here from the rows
// read back rather than asked of SQL aggregates.
#include "Database.h"
#include "Error.h"
#include "SqlSupport.h"
#include "dataset/RegisterGenerator.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

using namespace sc;

namespace {

// Every row of every table the generator writes, as text, in a fixed order.
QStringList dump(const QString& path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QStringList out;
    for (const char* table :
         {"sources", "countries", "divisions", "cities", "pairings", "pairing_sources"}) {
        QSqlQuery rows =
            sql::run(db->connection(), QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << (rows.value(i).isNull() ? QStringLiteral("NULL")
                                                  : rows.value(i).toString());
            out << QLatin1String(table) + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
    }
    return out;
}

RegisterGenerator::Options options(const QString& path, int pairings, std::uint64_t seed)
{
    RegisterGenerator::Options o;
    o.path = path;
    o.pairings = pairings;
    o.seed = seed;
    return o;
}

} // namespace

TEST(Generator, SameSeedSameRowsOtherSeedOtherRows)
{
    TempDir dir;
    RegisterGenerator::generate(options(dir.file("a.sqlite"), 3000, 7));
    RegisterGenerator::generate(options(dir.file("b.sqlite"), 3000, 7));
    RegisterGenerator::generate(options(dir.file("c.sqlite"), 3000, 8));
    const QStringList a = dump(dir.file("a.sqlite"));
    const QStringList b = dump(dir.file("b.sqlite"));
    const QStringList c = dump(dir.file("c.sqlite"));
    ASSERT_GT(a.size(), 3000 * 2);
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
}

TEST(Generator, RefusesAnExistingFileAndLeavesItAsItWas)
{
    TempDir dir;
    const QString path = dir.file("mine.sqlite");
    const QByteArray bytes("not yours to overwrite\n\x01\x02", 25);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    EXPECT_THROW(RegisterGenerator::generate(options(path, 100, 1)), Error);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), bytes);
    // Nothing else was left beside it.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{"mine.sqlite"});
}

TEST(Generator, StoppedByProgressLeavesNoFile)
{
    TempDir dir;
    const QString path = dir.file("stopped.sqlite");
    int calls = 0;
    EXPECT_THROW(RegisterGenerator::generate(options(path, 25000, 1),
                                             [&calls](int done, int total) {
                                                 EXPECT_LE(done, total);
                                                 return ++calls < 2;
                                             }),
                 Error);
    EXPECT_EQ(calls, 2);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST(Generator, RowsHaveTheRegistersShape)
{
    TempDir dir;
    const QString path = dir.file("shape.sqlite");
    constexpr int kPairings = 20000;
    const RegisterGenerator::Summary made =
        RegisterGenerator::generate(options(path, kPairings, 3));
    auto db = Database::open(path, Database::Mode::ReadOnly);

    // Cities and their divisions, read back as plain values.
    QHash<QString, QString> divisionCountry;
    QSqlQuery divisions = sql::run(db->connection(), "SELECT code, country FROM divisions");
    while (divisions.next())
        divisionCountry.insert(divisions.value(0).toString(), divisions.value(1).toString());
    QHash<qint64, QString> countryOf;
    int cities = 0, placed = 0, cjk = 0;
    QSqlQuery cityRows = sql::run(db->connection(),
                                  "SELECT id, country, division, name_native, name_en FROM cities");
    while (cityRows.next()) {
        ++cities;
        const QString country = cityRows.value(1).toString();
        countryOf.insert(cityRows.value(0).toLongLong(), country);
        EXPECT_FALSE(cityRows.value(3).toString().isEmpty());
        EXPECT_FALSE(cityRows.value(4).toString().isEmpty());
        if (!cityRows.value(2).isNull()) {
            ++placed;
            EXPECT_EQ(divisionCountry.value(cityRows.value(2).toString()), country);
        }
        if (country == "CN" || country == "JP" || country == "KR")
            ++cjk;
    }
    EXPECT_EQ(cities, made.cities);
    EXPECT_EQ(made.pairings, kPairings);
    // About one city for every four pairings: every country of the reference table has two
    // or more, a little over the quarter.
    EXPECT_GE(cities, kPairings / 4);
    EXPECT_LE(cities, kPairings / 4 + 2 * 140);
    // 5 % of Chinese, Japanese and Korean cities have no division; other countries none.
    EXPECT_NEAR(double(placed) / cjk, 0.95, 0.02);

    QHash<QString, int> pairKinds;
    QHash<qint64, int> ends;
    QSet<QPair<qint64, qint64>> pairs;
    int undated = 0, rows = 0, active = 0, nineties = 0;
    QSqlQuery pairRows =
        sql::run(db->connection(), "SELECT city_a, city_b, established, established_year, status, "
                                   "verification FROM pairings");
    while (pairRows.next()) {
        ++rows;
        const qint64 a = pairRows.value(0).toLongLong();
        const qint64 b = pairRows.value(1).toLongLong();
        EXPECT_NE(a, b);
        EXPECT_FALSE(pairs.contains({std::min(a, b), std::max(a, b)}));
        pairs.insert({std::min(a, b), std::max(a, b)});
        QStringList countries{countryOf.value(a), countryOf.value(b)};
        countries.sort();
        const QString first = countries.at(0), second = countries.at(1);
        const bool cn = countries.contains("CN"), jp = countries.contains("JP"),
                   kr = countries.contains("KR");
        pairKinds[cn && jp   ? "CN-JP"
                  : cn && kr ? "CN-KR"
                  : jp && kr ? "JP-KR"
                  : cn       ? "CN-X"
                  : jp       ? "JP-X"
                             : "KR-X"]++;
        EXPECT_TRUE(cn || jp || kr) << first.toStdString() << second.toStdString();
        ++ends[a];
        ++ends[b];
        if (pairRows.value(2).isNull()) {
            ++undated;
            EXPECT_EQ(pairRows.value(5).toString(), "unverified");
        } else {
            const int year = pairRows.value(3).toInt();
            EXPECT_GE(year, 1973);
            EXPECT_LE(year, 2025);
            EXPECT_EQ(pairRows.value(2).toString().left(4).toInt(), year);
            if (year >= 1990 && year < 2000)
                ++nineties;
        }
        if (pairRows.value(4).toString() == "active")
            ++active;
    }
    ASSERT_EQ(rows, kPairings);
    const double n = kPairings;
    EXPECT_NEAR(pairKinds["CN-JP"] / n, 0.30, 0.015);
    EXPECT_NEAR(pairKinds["CN-KR"] / n, 0.25, 0.015);
    EXPECT_NEAR(pairKinds["JP-KR"] / n, 0.10, 0.01);
    EXPECT_NEAR(pairKinds["CN-X"] / n, 0.25, 0.015);
    EXPECT_NEAR(undated / n, 0.20, 0.01);
    EXPECT_NEAR(active / n, 0.90, 0.01);
    // Years are 1973 + floor(53 t), t the mean of two uniform numbers (a triangle on [0, 1]
    // with F(x) = 2x² below 1/2 and 1 - 2(1 - x)² above): the 1990s are t in [17/53, 27/53).
    const auto triangle = [](double x) {
        return x < 0.5 ? 2 * x * x : 1 - 2 * (1 - x) * (1 - x);
    };
    EXPECT_NEAR(double(nineties) / (kPairings - undated), triangle(27.0 / 53) - triangle(17.0 / 53),
                0.015);

    // Skewed like the real register: the busiest 1 % of cities hold far more than 1 % of the
    // pair ends, and the busiest city many pairs.
    QVector<int> degrees;
    for (int d : std::as_const(ends))
        degrees << d;
    std::sort(degrees.begin(), degrees.end(), std::greater<int>());
    const int top = int(degrees.size()) / 100;
    const int topEnds = std::accumulate(degrees.begin(), degrees.begin() + top, 0);
    EXPECT_GT(double(topEnds) / (2 * n), 0.08);
    EXPECT_LT(double(topEnds) / (2 * n), 0.30);
    EXPECT_GT(degrees.first(), 50);
}
