// Every filter, alone and combined, returns exactly the pairings that a plain loop over the
// generated data selects: SQL is checked against C++, not against itself.
#include "NameKey.h"
#include "PairingQuery.h"
#include "ReferenceData.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QSet>

#include <gtest/gtest.h>

#include <functional>

using namespace sc;
using testdata::GenCity;
using testdata::GenPair;

namespace {

class Filters : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new TempDir;
        data = new testdata::GeneratedDatabase(testdata::generate(dir->file("gen.sqlite"), 3000));
    }
    static void TearDownTestSuite()
    {
        delete data;
        delete dir;
    }

    // The ids a loop over the generated pairs selects.
    static QVector<qint64>
    expected(const std::function<bool(const GenPair&, const GenCity&, const GenCity&)>& keep)
    {
        QVector<qint64> ids;
        for (const GenPair& pair : data->pairs)
            if (keep(pair, data->cities.at(pair.a), data->cities.at(pair.b)))
                ids << pair.id;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    static void check(const PairingFilter& filter, const QVector<qint64>& want)
    {
        PairingQuery query(*data->database);
        EXPECT_EQ(query.ids(filter), want);
        EXPECT_EQ(query.count(filter), want.size());
        QVector<qint64> listed;
        for (const PairingRow& row : query.rows(filter, Language::Ja))
            listed << row.id;
        std::sort(listed.begin(), listed.end());
        EXPECT_EQ(listed, want);
    }

    static bool inRegion(const GenCity& c, const QString& region)
    {
        return c.country == QLatin1String("CN") && c.region == region;
    }
    static bool named(const GenCity& c, const QString& text)
    {
        const QString key = namekey::normalize(text);
        for (const QString& name : {c.nameEn, c.nameZh, c.nameJa, c.nameKo})
            if (!name.isEmpty() && namekey::normalize(name).contains(key))
                return true;
        return false;
    }

    static inline TempDir* dir = nullptr;
    static inline testdata::GeneratedDatabase* data = nullptr;
};

} // namespace

TEST_F(Filters, GeneratedDataCoversEveryCase)
{
    // The checks below mean something only if each case occurs.
    int undated = 0, dormant = 0, noDivision = 0;
    for (const GenPair& p : data->pairs) {
        undated += !p.year;
        dormant += p.status == QLatin1String("dormant");
    }
    for (const GenCity& c : data->cities)
        noDivision += c.division.isEmpty();
    EXPECT_GT(undated, 100);
    EXPECT_GT(dormant, 50);
    EXPECT_GT(noDivision, 5);
}

TEST_F(Filters, NoFilterReturnsEverything)
{
    check({}, expected([](auto&, auto&, auto&) { return true; }));
}

TEST_F(Filters, OneCountry)
{
    for (const QString cc : {"CN", "JP", "KR", "US"}) {
        PairingFilter f;
        f.countries = {cc};
        check(f, expected([&](auto&, const GenCity& a, const GenCity& b) {
                  return a.country == cc || b.country == cc;
              }));
    }
}

TEST_F(Filters, TwoCountriesMeanOneCityInEach)
{
    for (const auto& [x, y] : QList<QPair<QString, QString>>{
             {"CN", "JP"}, {"JP", "CN"}, {"CN", "KR"}, {"JP", "KR"}, {"CN", "CN"}}) {
        PairingFilter f;
        f.countries = {x, y};
        check(f, expected([&](auto&, const GenCity& a, const GenCity& b) {
                  return (a.country == x && b.country == y) || (a.country == y && b.country == x);
              }));
    }
}

TEST_F(Filters, DivisionByCodeAndByName)
{
    PairingFilter f;
    f.division = "CN-JS";
    const auto want = expected([](auto&, const GenCity& a, const GenCity& b) {
        return a.division == "CN-JS" || b.division == "CN-JS";
    });
    check(f, want);
    ReferenceData reference(*data->database);
    for (const QString name : {"Jiangsu", "jiangsu", "ＪＩＡＮＧＳＵ", "Jiangsu-zh", "cn-js"})
        EXPECT_EQ(reference.resolveDivision(name).toStdString(), "CN-JS") << name.toStdString();
}

TEST_F(Filters, RegionOfTheChineseCity)
{
    for (const QString region : {"east", "central", "west"}) {
        PairingFilter f;
        f.region = region;
        check(f, expected([&](auto&, const GenCity& a, const GenCity& b) {
                  return inRegion(a, region) || inRegion(b, region);
              }));
    }
}

TEST_F(Filters, YearRangeExcludesUndated)
{
    PairingFilter f;
    f.fromYear = 1988;
    f.toYear = 2000;
    check(f, expected([](const GenPair& p, auto&, auto&) {
              return p.year && *p.year >= 1988 && *p.year <= 2000;
          }));
    PairingFilter from;
    from.fromYear = 2010;
    check(from, expected([](const GenPair& p, auto&, auto&) { return p.year && *p.year >= 2010; }));
    PairingFilter to;
    to.toYear = 1980;
    check(to, expected([](const GenPair& p, auto&, auto&) { return p.year && *p.year <= 1980; }));
}

TEST_F(Filters, UndatedOnly)
{
    PairingFilter f;
    f.undatedOnly = true;
    check(f, expected([](const GenPair& p, auto&, auto&) { return !p.year; }));
}

TEST_F(Filters, StatusAndKind)
{
    for (const QString status : {"active", "dormant", "ended"}) {
        PairingFilter f;
        f.status = status;
        check(f, expected([&](const GenPair& p, auto&, auto&) { return p.status == status; }));
    }
    PairingFilter k;
    k.kind = "sister";
    check(k, expected([](const GenPair& p, auto&, auto&) { return p.kind == "sister"; }));
}

TEST_F(Filters, SearchMatchesAnyNameInAnyLanguage)
{
    for (const QString text : {"JP Town 1", "jp town 1", "ＪＰ　Ｔｏｗｎ　１", "镇3号", "町2",
                               "마을1", "Town 17", "nothing like this"}) {
        PairingFilter f;
        f.search = text;
        check(f, expected([&](auto&, const GenCity& a, const GenCity& b) {
                  return named(a, text) || named(b, text);
              }));
    }
}

TEST_F(Filters, Combinations)
{
    PairingFilter f;
    f.countries = {"CN", "JP"};
    f.region = "east";
    f.fromYear = 1979;
    f.toYear = 2000;
    f.status = "active";
    check(f, expected([](const GenPair& p, const GenCity& a, const GenCity& b) {
              const bool countries = (a.country == "CN" && b.country == "JP") ||
                                     (a.country == "JP" && b.country == "CN");
              return countries && (inRegion(a, "east") || inRegion(b, "east")) && p.year &&
                     *p.year >= 1979 && *p.year <= 2000 && p.status == "active";
          }));

    PairingFilter g;
    g.countries = {"KR"};
    g.division = "CN-SC";
    g.undatedOnly = true;
    g.search = "Town 1";
    check(g, expected([](const GenPair& p, const GenCity& a, const GenCity& b) {
              return (a.country == "KR" || b.country == "KR") &&
                     (a.division == "CN-SC" || b.division == "CN-SC") && !p.year &&
                     (named(a, "Town 1") || named(b, "Town 1"));
          }));
}

TEST_F(Filters, PagesAreStableAndCoverEveryRowOnce)
{
    PairingQuery query(*data->database);
    PairingFilter f;
    f.countries = {"CN"};
    QVector<qint64> paged;
    for (int offset = 0;; offset += 100) {
        const auto page = query.rows(f, Language::Zh, offset, 100, PairingQuery::Sort::CityA);
        if (page.isEmpty())
            break;
        for (const PairingRow& row : page)
            paged << row.id;
    }
    std::sort(paged.begin(), paged.end());
    EXPECT_EQ(paged, query.ids(f));

    // Skipping rows without a page size: the rest, whatever its length.
    const auto all = query.rows(f, Language::En);
    const auto rest = query.rows(f, Language::En, 100);
    ASSERT_EQ(rest.size(), all.size() - 100);
    EXPECT_EQ(rest.first().id, all.at(100).id);
    EXPECT_EQ(rest.last().id, all.last().id);
}

TEST_F(Filters, InvalidFiltersAreRefused)
{
    PairingFilter f;
    f.region = "north";
    EXPECT_FALSE(f.validate().isEmpty());
    f = {};
    f.fromYear = 2000;
    f.toYear = 1990;
    EXPECT_FALSE(f.validate().isEmpty());
    f = {};
    f.countries = {"CN", "JP", "KR"};
    EXPECT_FALSE(f.validate().isEmpty());
    EXPECT_THROW(PairingQuery(*data->database).count(f), std::exception);
}

// The key → value form is read back exactly, from native values (settings) and from text (the
// command line, an INI file) alike; a value that cannot be read names its key and gives nothing.
TEST(FilterMap, RoundTripsAndReadsText)
{
    PairingFilter filter;
    filter.countries = {"CN", "KR"};
    filter.division = "CN-SD";
    filter.region = "east";
    filter.fromYear = 1992;
    filter.toYear = 2017;
    filter.status = "active";
    filter.kind = "friendship";
    filter.search = " 青岛 ";
    EXPECT_EQ(PairingFilter::fromMap(filter.toMap()), filter);
    EXPECT_TRUE(PairingFilter().toMap().isEmpty());

    const QVariantMap text{{"countries", QStringList{" cn", "kr "}},
                           {"region", "East"},
                           {"fromYear", " 1992"},
                           {"toYear", "2017"},
                           {"undatedOnly", "false"},
                           {"status", "ACTIVE"}};
    QString problem;
    const PairingFilter read = PairingFilter::fromMap(text, &problem);
    EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
    EXPECT_EQ(read.countries, (QStringList{"CN", "KR"}));
    EXPECT_EQ(read.region, "east");
    EXPECT_EQ(read.fromYear, 1992);
    EXPECT_EQ(read.toYear, 2017);
    EXPECT_FALSE(read.undatedOnly);
    EXPECT_EQ(read.status, "active");

    EXPECT_TRUE(PairingFilter::fromMap({{"toYear", "19x"}}, &problem).isEmpty());
    EXPECT_EQ(problem, "toYear takes a year, not \"19x\"");
    PairingFilter::fromMap({{"fromYear", "999"}}, &problem, {{"fromYear", "--from"}});
    EXPECT_EQ(problem, "--from takes a year, not \"999\"");
    EXPECT_TRUE(PairingFilter::fromMap({{"region", "north"}}, &problem).isEmpty());
    EXPECT_TRUE(problem.contains("\"north\" is not a region")) << problem.toStdString();
}
