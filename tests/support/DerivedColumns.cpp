#include "support/DerivedColumns.h"

#include "SqlSupport.h"

#include <QHash>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace testdata {

int expectDerivedColumnsTrue(sc::Database& database)
{
    QHash<QString, QString> regionOf;
    QSqlQuery divisions = sc::sql::run(database.connection(), "SELECT code, region FROM divisions");
    while (divisions.next())
        regionOf.insert(divisions.value(0).toString(), divisions.value(1).toString());
    struct Place {
        QVariant country, division, region;
    };
    QHash<qint64, Place> placeOf;
    QSqlQuery cities =
        sc::sql::run(database.connection(), "SELECT id, country, division FROM cities");
    while (cities.next()) {
        Place place{cities.value(1), cities.value(2), QVariant()};
        if (place.country.toString() == "CN" && !place.division.isNull() &&
            !regionOf.value(place.division.toString()).isEmpty())
            place.region = regionOf.value(place.division.toString());
        placeOf.insert(cities.value(0).toLongLong(), place);
    }
    const auto text = [](const QVariant& value) {
        return value.isNull() ? std::string("NULL") : value.toString().toStdString();
    };
    int checked = 0;
    QSqlQuery pairings = sc::sql::run(
        database.connection(), "SELECT id, city_a, city_b, country_a, country_b, division_a, "
                               "division_b, region_a, region_b FROM pairings");
    while (pairings.next()) {
        const Place a = placeOf.value(pairings.value(1).toLongLong());
        const Place b = placeOf.value(pairings.value(2).toLongLong());
        const qint64 id = pairings.value(0).toLongLong();
        EXPECT_EQ(text(pairings.value(3)), text(a.country)) << id;
        EXPECT_EQ(text(pairings.value(4)), text(b.country)) << id;
        EXPECT_EQ(text(pairings.value(5)), text(a.division)) << id;
        EXPECT_EQ(text(pairings.value(6)), text(b.division)) << id;
        EXPECT_EQ(text(pairings.value(7)), text(a.region)) << id;
        EXPECT_EQ(text(pairings.value(8)), text(b.region)) << id;
        ++checked;
    }
    return checked;
}

} // namespace testdata
