// Figure data against independent computations: figures 1–8 over the generated rows (plain
// structs, no SQL), figures 9–17 against the counts FIGURES.md quotes from the report.
#include "Error.h"
#include "SqlSupport.h"
#include "dataset/BundledDataset.h"
#include "figures/FigureQuery.h"
#include "figures/FigureRecord.h"
#include "support/BundledDatabaseTest.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"
#include "support/TestBackend.h"

#include <QMap>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sc;
using testdata::GenCity;
using testdata::GenPair;

namespace {

// The value of `category` in a one-series figure (fails when it is not there).
double valueOf(const FigureData& data, const QString& category, int series = 0)
{
    const int index = int(data.categories.indexOf(category));
    EXPECT_GE(index, 0) << category.toStdString();
    if (index < 0)
        return -1;
    const std::optional<double> value = data.series.at(series).values.at(index);
    EXPECT_TRUE(value.has_value()) << category.toStdString();
    return value.value_or(-1);
}

class GeneratedFigures : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new TempDir;
        generated =
            new testdata::GeneratedDatabase(testdata::generate(dir->file("gen.sqlite"), 600));
    }
    static void TearDownTestSuite()
    {
        delete generated;
        delete dir;
    }

    static const GenCity& city(int index) { return generated->cities.at(index); }
    // The pair's city in `home` and the other one, or false when neither is in `home`.
    static bool sides(const GenPair& pair, const QString& home, const GenCity** mine,
                      const GenCity** other)
    {
        if (city(pair.a).country == home) {
            *mine = &city(pair.a);
            *other = &city(pair.b);
            return true;
        }
        if (city(pair.b).country == home) {
            *mine = &city(pair.b);
            *other = &city(pair.a);
            return true;
        }
        return false;
    }
    static bool between(const GenPair& pair, const QString& x, const QString& y)
    {
        const QString a = city(pair.a).country;
        const QString b = city(pair.b).country;
        return (a == x && b == y) || (a == y && b == x);
    }
    static FigureData run(const QString& id, const PairingFilter& filter = {})
    {
        return FigureQuery(*generated->database).run(id, filter, Language::En);
    }

    // New pairs per year between x and y over [from, to], every year present.
    static void expectPerYear(const FigureData& data, const QString& x, const QString& y, int from,
                              int to)
    {
        QMap<int, int> expected;
        int undated = 0;
        for (const GenPair& pair : generated->pairs) {
            if (!between(pair, x, y))
                continue;
            if (!pair.year)
                ++undated;
            else if (*pair.year >= from && *pair.year <= to)
                ++expected[*pair.year];
        }
        ASSERT_EQ(data.categories.size(), to - from + 1);
        for (int year = from; year <= to; ++year)
            EXPECT_EQ(valueOf(data, QString::number(year)), expected.value(year)) << year;
        EXPECT_EQ(data.omitted, undated);
    }

    static void expectByDivision(const FigureData& data, const QString& partner)
    {
        QMap<QString, int> expected{{"CN-JS", 0}, {"CN-SD", 0}, {"CN-HA", 0},
                                    {"CN-HB", 0}, {"CN-SC", 0}, {"CN-YN", 0}};
        int unknown = 0;
        for (const GenPair& pair : generated->pairs) {
            const GenCity* mine = nullptr;
            const GenCity* other = nullptr;
            if (!sides(pair, "CN", &mine, &other))
                continue;
            if (!partner.isEmpty() && other->country != partner)
                continue;
            if (mine->division.isEmpty())
                ++unknown;
            else
                ++expected[mine->division];
        }
        ASSERT_EQ(data.categories.size(), expected.size());
        for (auto it = expected.begin(); it != expected.end(); ++it)
            EXPECT_EQ(valueOf(data, it.key()), it.value()) << it.key().toStdString();
        EXPECT_EQ(data.omitted, unknown);
        // Sorted by value, largest first.
        for (int i = 1; i < data.categories.size(); ++i)
            EXPECT_GE(*data.series[0].values[i - 1], *data.series[0].values[i]);
    }

    static inline TempDir* dir = nullptr;
    static inline testdata::GeneratedDatabase* generated = nullptr;
};

} // namespace

TEST_F(GeneratedFigures, Figure1CountsChinasPairsByPartnerCountry)
{
    QMap<QString, int> expected;
    for (const GenPair& pair : generated->pairs) {
        const GenCity* mine = nullptr;
        const GenCity* other = nullptr;
        if (sides(pair, "CN", &mine, &other))
            ++expected[other->country];
    }
    const FigureData data = run("fig1");
    EXPECT_EQ(data.kind, FigureKind::Pie);
    EXPECT_EQ(data.categoryKind, CategoryKind::Country);
    ASSERT_EQ(data.categories.size(), expected.size());
    int total = 0;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        EXPECT_EQ(valueOf(data, it.key()), it.value());
        total += it.value();
    }
    EXPECT_EQ(data.n(), total);
    EXPECT_EQ(data.categoryLabels.at(data.categories.indexOf("JP")), "Japan");
}

TEST_F(GeneratedFigures, Figure2IsTheCumulativeSumOfChinasDatedPairsTo2017)
{
    QMap<int, int> perYear;
    int undated = 0;
    for (const GenPair& pair : generated->pairs) {
        const GenCity* mine = nullptr;
        const GenCity* other = nullptr;
        if (!sides(pair, "CN", &mine, &other))
            continue;
        if (!pair.year)
            ++undated;
        else if (*pair.year <= 2017)
            ++perYear[*pair.year];
    }
    const FigureData data = run("fig2");
    const int first = perYear.firstKey();
    ASSERT_EQ(data.categories.first(), QString::number(first));
    ASSERT_EQ(data.categories.last(), "2017");
    int sum = 0;
    double previous = 0;
    for (int year = first; year <= 2017; ++year) {
        sum += perYear.value(year);
        const double value = valueOf(data, QString::number(year));
        EXPECT_EQ(value, sum) << year;
        EXPECT_GE(value, previous) << "the cumulative line is monotone";
        previous = value;
    }
    EXPECT_EQ(data.n(), sum);
    EXPECT_EQ(data.omitted, undated);
    EXPECT_FALSE(data.omittedReason.isEmpty());
}

TEST_F(GeneratedFigures, Figures3And4CountNewPairsPerYearOnAContinuousAxis)
{
    const FigureData japan = run("fig3");
    EXPECT_EQ(japan.kind, FigureKind::BarByYear);
    expectPerYear(japan, "CN", "JP", 1973, 2017);
    expectPerYear(run("fig4"), "CN", "KR", 1992, 2017);
}

TEST_F(GeneratedFigures, Figures5_6And8CountByProvinceOfTheChineseCity)
{
    expectByDivision(run("fig5"), {});
    expectByDivision(run("fig6"), "JP");
    expectByDivision(run("fig8"), "KR");
}

TEST_F(GeneratedFigures, Figure7CountsByRegionOfTheChineseCity)
{
    QMap<QString, int> expected{{"east", 0}, {"central", 0}, {"west", 0}};
    int unknown = 0;
    for (const GenPair& pair : generated->pairs) {
        if (!between(pair, "CN", "JP"))
            continue;
        const GenCity& chinese = city(pair.a).country == "CN" ? city(pair.a) : city(pair.b);
        if (chinese.region.isEmpty())
            ++unknown;
        else
            ++expected[chinese.region];
    }
    const FigureData data = run("fig7");
    EXPECT_EQ(data.categories, QStringList({"east", "central", "west"}));
    for (auto it = expected.begin(); it != expected.end(); ++it)
        EXPECT_EQ(valueOf(data, it.key()), it.value());
    EXPECT_EQ(data.omitted, unknown);
    EXPECT_EQ(data.n(), expected["east"] + expected["central"] + expected["west"]);
}

TEST_F(GeneratedFigures, AUserCountryReplacesThePartnerAndTheTitleSaysSo)
{
    PairingFilter korea;
    korea.countries = {"KR"};
    const FigureData data = run("fig3", korea);
    expectPerYear(data, "CN", "KR", 1973, 2017);
    EXPECT_NE(data.caption, run("fig3").caption);
    EXPECT_TRUE(data.caption.contains("China–South Korea")) << data.caption.toStdString();

    // Two countries: Japan–Korea pairs.
    PairingFilter japanKorea;
    japanKorea.countries = {"JP", "KR"};
    expectPerYear(run("fig3", japanKorea), "JP", "KR", 1973, 2017);
}

TEST_F(GeneratedFigures, AYearRangeNarrowsTheAxisAndIsNamed)
{
    PairingFilter filter;
    filter.fromYear = 1990;
    filter.toYear = 2000;
    const FigureData data = run("fig2", filter);
    EXPECT_EQ(data.categories.first(), "1990");
    EXPECT_EQ(data.categories.last(), "2000");
    EXPECT_TRUE(data.filterDescription.contains("1990–2000"));
    EXPECT_TRUE(data.title().contains("1990–2000"));
    expectPerYear(run("fig3", filter), "CN", "JP", 1990, 2000);
}

TEST_F(GeneratedFigures, ARegionFilterNarrowsTheProvinceFigure)
{
    PairingFilter filter;
    filter.region = "west";
    // The filter keeps pairs with a Chinese city in the west; the figure counts them by the
    // province of the first Chinese city (a Chinese–Chinese pair may be counted in the east).
    QMap<QString, int> expected;
    for (const GenPair& pair : generated->pairs) {
        const bool western = (city(pair.a).country == "CN" && city(pair.a).region == "west") ||
                             (city(pair.b).country == "CN" && city(pair.b).region == "west");
        const GenCity* mine = nullptr;
        const GenCity* other = nullptr;
        if (western && sides(pair, "CN", &mine, &other) && !mine->division.isEmpty())
            ++expected[mine->division];
    }
    const FigureData data = run("fig5", filter);
    for (int i = 0; i < data.categories.size(); ++i)
        EXPECT_EQ(*data.series[0].values[i], expected.value(data.categories[i]))
            << data.categories[i].toStdString();
    EXPECT_GT(expected.value("CN-SC") + expected.value("CN-YN"), 0);
    EXPECT_FALSE(data.filterDescription.isEmpty());
}

TEST_F(GeneratedFigures, ACustomFigureCountsAnySelection)
{
    CustomFigure custom;
    custom.measure = CustomFigure::Measure::NewPerYear;
    custom.filter.countries = {"CN"};
    custom.filter.division = "CN-JS";
    const FigureData data = FigureQuery(*generated->database).run(custom, Language::En);
    QMap<int, int> expected;
    for (const GenPair& pair : generated->pairs)
        if (pair.year && (city(pair.a).division == "CN-JS" || city(pair.b).division == "CN-JS"))
            ++expected[*pair.year];
    ASSERT_FALSE(expected.isEmpty());
    for (auto it = expected.begin(); it != expected.end(); ++it)
        EXPECT_EQ(valueOf(data, QString::number(it.key())), it.value());
    EXPECT_EQ(data.categories.first(), QString::number(expected.firstKey()));
    EXPECT_EQ(data.categories.last(), QString::number(expected.lastKey()));
}

TEST_F(GeneratedFigures, CsvRowsCarryEveryValue)
{
    const FigureData data = run("fig7");
    const QVector<QStringList> rows = figurerecord::csvRows(data);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0][0], "");
    EXPECT_EQ(rows[0][1], "east");
    EXPECT_EQ(rows[0][2].toDouble(), valueOf(data, "east"));
}

TEST_F(GeneratedFigures, AnUnknownFigureOrABadFilterIsRefused)
{
    EXPECT_THROW(run("fig18"), Error);
    PairingFilter bad;
    bad.region = "north";
    EXPECT_THROW(run("fig3", bad), Error);
}

namespace {

class BundledFigures : public BundledDatabaseTest {
protected:
    static FigureData run(const QString& id, Language language = Language::En)
    {
        return FigureQuery(*db).run(id, {}, language);
    }
    // Each option's count as FIGURES.md quotes it; percentages are computed from them.
    static void expectCounts(const FigureData& data, int series, int n,
                             const QList<QPair<QString, int>>& counts)
    {
        ASSERT_TRUE(data.series.at(series).n.has_value());
        EXPECT_EQ(*data.series.at(series).n, n);
        for (const auto& [option, count] : counts) {
            EXPECT_EQ(valueOf(data, option, series), count) << option.toStdString();
            const int c = int(data.categories.indexOf(option));
            EXPECT_NEAR(*data.percent(series, c), count * 100.0 / n, 1e-9);
        }
    }
};

} // namespace

TEST_F(BundledFigures, Figures9To11ReproduceTheEvaluationCounts)
{
    expectCounts(run("fig9"), 0, 133,
                 {{"very-good", 67}, {"good", 50}, {"in-contact", 13}, {"interrupted", 3}});
    expectCounts(run("fig10"), 0, 67,
                 {{"very-good", 30}, {"good", 30}, {"in-contact", 5}, {"interrupted", 2}});
    expectCounts(run("fig11"), 0, 66,
                 {{"very-good", 37}, {"good", 20}, {"in-contact", 8}, {"interrupted", 1}});
    // 5 / 67 is 7.46 %: computed, not the report's printed 7.4.
    const FigureData fig10 = run("fig10");
    EXPECT_NEAR(*fig10.percent(0, int(fig10.categories.indexOf("in-contact"))), 7.4627, 1e-3);
}

TEST_F(BundledFigures, Figure12KeepsTheJapaneseInterruptedCountNotStated)
{
    const FigureData data = run("fig12");
    ASSERT_EQ(data.series.size(), 2);
    EXPECT_EQ(data.series[0].key, "cn-all");
    EXPECT_EQ(data.series[1].key, "jp-all");
    expectCounts(data, 0, 133,
                 {{"very-good", 67}, {"good", 50}, {"in-contact", 13}, {"interrupted", 3}});
    expectCounts(data, 1, 265, {{"very-good", 55}, {"good", 135}, {"in-contact", 65}});
    EXPECT_FALSE(data.series[1].values.at(data.categories.indexOf("interrupted")).has_value());
    const QVector<QStringList> rows = figurerecord::csvRows(data);
    EXPECT_TRUE(rows.contains(QStringList({"jp-all", "interrupted", ""})));
}

TEST_F(BundledFigures, Figure13ReproducesTheActivityTrend)
{
    expectCounts(run("fig13"), 0, 133,
                 {{"rapid-increase", 19},
                  {"slow-increase", 31},
                  {"unchanged", 59},
                  {"slow-decrease", 22},
                  {"rapid-decrease", 2}});
}

TEST_F(BundledFigures, Figures14And15ArePercentagesOfRespondents)
{
    const FigureData chinese = run("fig14");
    EXPECT_EQ(chinese.kind, FigureKind::MultipleChoiceBar);
    expectCounts(chinese, 0, 133,
                 {{"widen-exchanges", 111},
                  {"learn-development", 103},
                  {"culture-exchange", 116},
                  {"trade-groundwork", 105},
                  {"fill-gap", 42}});
    EXPECT_EQ(chinese.categories.size(), 5) << "no option the report does not state";
    EXPECT_TRUE(chinese.valueAxisTitle.contains("respondents"));

    const FigureData japanese = run("fig15");
    expectCounts(japanese, 0, 265,
                 {{"culture-exchange", 218},
                  {"trade-groundwork", 35},
                  {"learn-development", 22},
                  {"local-industry", 14}});
    EXPECT_EQ(japanese.categories.size(), 4);
}

TEST_F(BundledFigures, Figures16And17ReproduceTheMainActivities)
{
    const FigureData chinese = run("fig16");
    expectCounts(chinese, 0, 133,
                 {{"culture-cooperation", 64},
                  {"official-visits", 46},
                  {"civil-organisations", 17},
                  {"trade", 1},
                  {"local-industry", 1}});
    EXPECT_TRUE(chinese.notes.join(' ').contains("129 of 133"))
        << chinese.notes.join('|').toStdString();
    expectCounts(run("fig17"), 0, 265,
                 {{"culture-cooperation", 117},
                  {"official-visits", 79},
                  {"civil-organisations", 38},
                  {"trade", 9},
                  {"local-industry", 3}});
}

TEST_F(BundledFigures, TheTensionFigureShowsPublishedPercentagesOnly)
{
    const FigureData data = run("tension");
    EXPECT_EQ(data.unit, ValueUnit::Percent);
    EXPECT_EQ(valueOf(data, "suspended", 0), 9.0);
    EXPECT_EQ(valueOf(data, "constrained", 0), 86.5);
    EXPECT_EQ(valueOf(data, "unaffected", 0), 4.5);
    EXPECT_EQ(valueOf(data, "suspended", 1), 6.0);
    EXPECT_EQ(valueOf(data, "constrained", 1), 40.5);
    EXPECT_EQ(valueOf(data, "unaffected", 1), 37.7);
    EXPECT_EQ(*data.percent(1, 2), 37.7);
}

TEST_F(BundledFigures, SurveyFiguresIgnorePairingFiltersAndSayWhy)
{
    PairingFilter filter;
    filter.countries = {"KR"};
    const FigureData data = FigureQuery(*db).run("fig9", filter, Language::En);
    EXPECT_FALSE(data.filterApplies);
    EXPECT_EQ(valueOf(data, "very-good"), 67);
    EXPECT_FALSE(data.notes.isEmpty());
}

TEST_F(BundledFigures, PublishedValuesStandBesideTheRegistersOnlyWhenUnfiltered)
{
    const FigureData fig3 = run("fig3");
    bool found1994 = false;
    for (const PublishedValue& value : fig3.published)
        found1994 = found1994 || (value.category == "1994" && value.value == 20);
    EXPECT_TRUE(found1994);
    const FigureData fig2 = run("fig2");
    bool found2017 = false;
    for (const PublishedValue& value : fig2.published)
        found2017 = found2017 || (value.category == "2017" && value.value == 2531);
    EXPECT_TRUE(found2017);

    PairingFilter filter;
    filter.fromYear = 1990;
    EXPECT_TRUE(FigureQuery(*db).run("fig3", filter, Language::En).published.isEmpty());
}

TEST_F(BundledFigures, EnteredResponsesReplaceThePublishedTallies)
{
    // Three questionnaires of the China–Japan group: two "very good", one "good".
    TempDir local;
    auto copy = testbackend::createBundled(local.file("responses.sqlite"));
    const QSqlDatabase c = copy->connection();
    const qint64 group =
        sql::scalar(c, "SELECT id FROM survey_groups WHERE group_key = ?", {"cn-jp"}).toLongLong();
    const qint64 survey =
        sql::scalar(c, "SELECT survey_id FROM survey_groups WHERE id = ?", {group}).toLongLong();
    const qint64 city = sql::scalar(c, "SELECT min(id) FROM cities").toLongLong();
    auto option = [&](const QString& key) {
        return sql::scalar(c,
                           "SELECT o.id FROM survey_options o JOIN survey_questions q ON "
                           "q.id = o.question_id WHERE q.question_key = 'evaluation' AND "
                           "o.option_key = ?",
                           {key})
            .toLongLong();
    };
    for (const QString& answer : {QString("very-good"), QString("very-good"), QString("good")}) {
        QSqlQuery insert = sql::run(
            c, "INSERT INTO survey_responses (survey_id, group_id, city_id) VALUES (?, ?, ?)",
            {survey, group, city});
        sql::run(c, "INSERT INTO survey_answers (response_id, option_id) VALUES (?, ?)",
                 {insert.lastInsertId(), option(answer)});
    }
    const FigureData data = FigureQuery(*copy).run("fig10", {}, Language::En);
    expectCounts(data, 0, 3,
                 {{"very-good", 2}, {"good", 1}, {"in-contact", 0}, {"interrupted", 0}});
    // The other groups still come from the report.
    expectCounts(FigureQuery(*copy).run("fig11", {}, Language::En), 0, 66, {{"very-good", 37}});
}

TEST_F(BundledFigures, CaptionsFollowTheLanguage)
{
    const FigureData en = run("fig3", Language::En);
    EXPECT_EQ(en.caption, "New China–Japan sister cities per year");
    const FigureData zh = run("fig3", Language::Zh);
    EXPECT_EQ(zh.caption, QString::fromUtf8("中日新增友好城市数量演变"));
    // Data names follow the language too.
    const FigureData fig5 = run("fig5", Language::Zh);
    EXPECT_TRUE(fig5.categoryLabels.contains(QString::fromUtf8("江苏省")) ||
                fig5.categoryLabels.contains(QString::fromUtf8("江苏")))
        << fig5.categoryLabels.join(',').toStdString();
}
