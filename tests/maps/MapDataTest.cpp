// The maps' data: every division has its one shape, the class breaks read as ranges, and the
// counts are those an independent SQL statement gives.
#include "Database.h"
#include "ReferenceData.h"
#include "figures/FigureQuery.h"
#include "maps/ClassBreaks.h"
#include "maps/DivisionShapes.h"
#include "maps/MapQuery.h"
#include "support/BundledDatabaseTest.h"

#include <QPainterPath>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sc;

namespace {

// Pairs per division of `home`'s city with a city of `partner` (any other country when empty),
// written without PairingQuery, so that a mistake there cannot hide here.
QHash<QString, int> countsBySql(Database& database, const QString& home, const QString& partner)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "SELECT h.division, count(*) FROM pairings p"
        " JOIN cities a ON a.id = p.city_a JOIN cities b ON b.id = p.city_b"
        " JOIN cities h ON h.id = CASE WHEN a.country = ? THEN a.id ELSE b.id END"
        " JOIN cities o ON o.id = CASE WHEN a.country = ? THEN b.id ELSE a.id END"
        " WHERE h.country = ? AND (? = '' OR o.country = ?) AND h.division IS NOT NULL"
        " GROUP BY h.division"));
    for (const QString& value : {home, home, home, partner, partner})
        query.addBindValue(value);
    EXPECT_TRUE(query.exec());
    QHash<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

} // namespace

class MapData_ : public BundledDatabaseTest {};

TEST_F(MapData_, EveryDivisionOfTheReferenceTablesHasExactlyOneShape)
{
    const DivisionShapes& shapes = DivisionShapes::bundled();
    QHash<QString, int> perCountry;
    QSet<QString> codes;
    for (const Division& division : ReferenceData(*db).divisions()) {
        if (!QStringList{"CN", "JP", "KR"}.contains(division.country))
            continue;
        const DivisionShape* shape = shapes.find(division.code);
        ASSERT_NE(shape, nullptr) << division.code.toStdString();
        EXPECT_FALSE(shape->context);
        EXPECT_FALSE(shape->rings.isEmpty());
        // The label point, where a click lands and a link ends, lies on the shape's land.
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QVector<QPointF>& ring : shape->rings)
            path.addPolygon(QPolygonF(ring));
        EXPECT_TRUE(path.contains(shape->label)) << division.code.toStdString();
        ++perCountry[division.country];
        codes << division.code;
    }
    EXPECT_EQ(perCountry.value("CN"), 31);
    EXPECT_EQ(perCountry.value("JP"), 47);
    EXPECT_EQ(perCountry.value("KR"), 17);
    EXPECT_TRUE(codes.contains("KR-50")); // Sejong
    EXPECT_TRUE(codes.contains("KR-51")); // Gangwon State, renamed 2023
    EXPECT_TRUE(codes.contains("KR-52")); // Jeonbuk State, renamed 2024
    // No shape for a division the register does not have: one shape per division, no more.
    int divisions = 0;
    for (const DivisionShape& shape : shapes.shapes())
        if (!shape.context) {
            ++divisions;
            EXPECT_TRUE(codes.contains(shape.code)) << shape.code.toStdString();
        }
    EXPECT_EQ(divisions, codes.size());
}

TEST(ClassBreaks, QuantilesOfTheNonZeroCountsInWholePairs)
{
    const ClassBreaks even = ClassBreaks::quantiles({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    ASSERT_EQ(even.classCount(), 5);
    EXPECT_EQ(even.ranges().at(0).from, 1);
    EXPECT_EQ(even.ranges().at(0).to, 2);
    EXPECT_EQ(even.ranges().at(4).from, 9);
    EXPECT_EQ(even.ranges().at(4).to, 10);
    EXPECT_EQ(even.classOf(0), -1);
    EXPECT_EQ(even.classOf(3), 1);
    EXPECT_EQ(even.classOf(10), 4);
    // Ties collapse: no empty range, no range given twice.
    const ClassBreaks ties = ClassBreaks::quantiles({1, 1, 1, 1, 40});
    ASSERT_EQ(ties.classCount(), 2);
    EXPECT_EQ(ties.ranges().at(0).to, 1);
    EXPECT_EQ(ties.ranges().at(1).from, 2);
    EXPECT_EQ(ties.ranges().at(1).to, 40);
    EXPECT_EQ(ClassBreaks::quantiles({0, 0}).classCount(), 0);
}

TEST_F(MapData_, ChinaMapsCountWhatFiguresFiveSixAndEightCount)
{
    const MapQuery query(*db);
    const struct {
        const char* map;
        const char* figure;
        const char* partner;
    } cases[] = {{"map-cn-provinces", "fig5", ""},
                 {"map-cn-japan", "fig6", "JP"},
                 {"map-cn-korea", "fig8", "KR"}};
    for (const auto& c : cases) {
        const MapData data = query.run(c.map, {}, Language::En);
        const QHash<QString, int> expected = countsBySql(*db, "CN", c.partner);
        int total = 0;
        for (const Division& division : ReferenceData(*db).divisions("CN")) {
            EXPECT_EQ(data.count(division.code), expected.value(division.code))
                << c.map << " " << division.code.toStdString();
            total += data.count(division.code);
        }
        EXPECT_GT(total, 0) << c.map;
        // The same numbers as the figure's bars.
        const FigureData figure = FigureQuery(*db).run(c.figure, {}, Language::En);
        for (int i = 0; i < figure.categories.size(); ++i)
            EXPECT_EQ(data.count(figure.categories.at(i)),
                      int(figure.series.first().values.at(i).value_or(0)));
    }
}

TEST_F(MapData_, JapanAndKoreaCountTheirPairsWithChinaPerDivision)
{
    for (const auto& [map, home] :
         {std::pair{"map-jp-prefectures", "JP"}, std::pair{"map-kr-provinces", "KR"}}) {
        const MapData data = MapQuery(*db).run(map, {}, Language::Ja);
        const QHash<QString, int> expected = countsBySql(*db, home, "CN");
        for (const Division& division : ReferenceData(*db).divisions(home))
            EXPECT_EQ(data.count(division.code), expected.value(division.code))
                << division.code.toStdString();
        EXPECT_EQ(data.home, home);
        EXPECT_EQ(data.name("JP-13"), "東京都");
    }
}

TEST_F(MapData_, FollowsTheFilterAndItsYears)
{
    PairingFilter filter;
    filter.toYear = 1990;
    filter.kind = "sister";
    const MapData data = MapQuery(*db).run("map-kr-provinces", filter, Language::En);
    QSqlQuery query(db->connection());
    query.prepare(
        "SELECT count(*) FROM pairings p JOIN cities a ON a.id = p.city_a"
        " JOIN cities b ON b.id = p.city_b WHERE p.established_year <= 1990 AND p.kind = 'sister'"
        " AND ((a.country = 'KR' AND b.country = 'CN' AND a.division = 'KR-26')"
        " OR (b.country = 'KR' AND a.country = 'CN' AND b.division = 'KR-26'))");
    ASSERT_TRUE(query.exec() && query.next());
    EXPECT_EQ(data.count("KR-26"), query.value(0).toInt());
    EXPECT_TRUE(data.title().contains("1990")) << data.title().toStdString();
}

TEST_F(MapData_, LinksCountEveryPairBetweenTwoKnownDivisions)
{
    const MapData data = MapQuery(*db).run("map-links", {}, Language::En);
    ASSERT_FALSE(data.links.isEmpty());
    int drawn = 0;
    for (const MapLink& link : data.links) {
        EXPECT_LT(link.from, link.to);
        drawn += link.count;
    }
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec("SELECT count(*) FROM pairings p JOIN cities a ON a.id = p.city_a"
                           " JOIN cities b ON b.id = p.city_b WHERE a.country IN ('CN','JP','KR')"
                           " AND b.country IN ('CN','JP','KR') AND a.country <> b.country"
                           " AND a.division IS NOT NULL AND b.division IS NOT NULL"));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(drawn, query.value(0).toInt());
    EXPECT_GE(data.links.first().count, data.links.last().count);
}

// Every link, in order (the most pairs first, then by its two divisions), and the pairs not
// drawn, as one plain statement over the pairings and their cities counts them.
TEST_F(MapData_, EachLinkIsThePairsOfItsTwoDivisionsInTheOrderOfTheirCount)
{
    const MapData data = MapQuery(*db).run("map-links", {}, Language::Zh);
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(
        "SELECT CASE WHEN a.division < b.division THEN a.division ELSE b.division END AS f,"
        " CASE WHEN a.division < b.division THEN b.division ELSE a.division END AS t, count(*)"
        " FROM pairings p JOIN cities a ON a.id = p.city_a JOIN cities b ON b.id = p.city_b"
        " WHERE a.country IN ('CN','JP','KR') AND b.country IN ('CN','JP','KR')"
        " AND a.country <> b.country AND a.division IS NOT NULL AND b.division IS NOT NULL"
        " GROUP BY f, t ORDER BY 3 DESC, f, t"));
    int i = 0;
    for (; query.next(); ++i) {
        ASSERT_LT(i, data.links.size());
        EXPECT_EQ(data.links[i].from, query.value(0).toString()) << i;
        EXPECT_EQ(data.links[i].to, query.value(1).toString()) << i;
        EXPECT_EQ(data.links[i].count, query.value(2).toInt()) << i;
    }
    EXPECT_EQ(i, data.links.size());
    ASSERT_TRUE(query.exec("SELECT count(*) FROM pairings p JOIN cities a ON a.id = p.city_a"
                           " JOIN cities b ON b.id = p.city_b WHERE a.country IN ('CN','JP','KR')"
                           " AND b.country IN ('CN','JP','KR') AND a.country <> b.country"
                           " AND (a.division IS NULL OR b.division IS NULL)"));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(data.figure.omitted, query.value(0).toInt());
}
