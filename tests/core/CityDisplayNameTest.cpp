// Display names over the bundled register: every Chinese, Japanese and Korean city has one in
// each language, no two cities of a country share one, and districts carry their parent.
#include "CityDisplayName.h"
#include "Database.h"
#include "HangulRomanizer.h"
#include "ListingQuery.h"
#include "PairingQuery.h"
#include "SqlSupport.h"
#include "support/BundledDatabaseTest.h"

#include <QHash>
#include <QSet>

using namespace sc;

namespace {

const Language kLanguages[] = {Language::Zh, Language::Ja, Language::Ko, Language::En};

struct Shown {
    QString name;
    QString source;
};

// city_key -> display name, for the CN, JP and KR cities.
QHash<QString, Shown> displayNames(Database& database, Language language)
{
    QSqlQuery query = sql::run(database.connection(),
                               QStringLiteral("SELECT c.city_key, dn.name, dn.source FROM (") +
                                   CityDisplayName::select(database.dialect(), language) +
                                   QStringLiteral(") dn JOIN cities c ON c.id = dn.id"
                                                  " WHERE c.country IN ('CN', 'JP', 'KR')"));
    QHash<QString, Shown> out;
    while (query.next())
        out.insert(query.value(0).toString(),
                   {query.value(1).toString(), query.value(2).toString()});
    return out;
}

} // namespace

class CityDisplayNameTest : public BundledDatabaseTest {};

TEST_F(CityDisplayNameTest, EveryCityHasOneUnambiguousNamePerLanguage)
{
    QSqlQuery count = sql::run(db->connection(),
                               "SELECT count(*) FROM cities WHERE country IN ('CN', 'JP', 'KR')");
    ASSERT_TRUE(count.next());
    const int cities = count.value(0).toInt();
    ASSERT_GT(cities, 800);
    for (Language language : kLanguages) {
        const QHash<QString, Shown> names = displayNames(*db, language);
        ASSERT_EQ(names.size(), cities) << language::code(language).toStdString();
        QHash<QString, QString> seen; // "country|name" -> city_key
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            EXPECT_FALSE(it->name.trimmed().isEmpty()) << it.key().toStdString();
            const QString key = it.key().left(2) + QLatin1Char('|') + it->name;
            EXPECT_FALSE(seen.contains(key))
                << language::code(language).toStdString() << ": " << it.key().toStdString()
                << " and " << seen.value(key).toStdString() << " both read "
                << it->name.toStdString();
            seen.insert(key, it.key());
        }
    }
}

TEST_F(CityDisplayNameTest, DistrictsCarryTheirParentInTheReadersScript)
{
    const auto zh = displayNames(*db, Language::Zh);
    const auto ja = displayNames(*db, Language::Ja);
    const auto ko = displayNames(*db, Language::Ko);
    const auto en = displayNames(*db, Language::En);
    // Beijing's Chaoyang, not Changchun's.
    EXPECT_EQ(zh.value("CN-110105").name, QStringLiteral("北京市朝阳区"));
    EXPECT_EQ(zh.value("CN-110105").source, QStringLiteral("zh"));
    EXPECT_EQ(ja.value("CN-110105").name, QStringLiteral("北京市朝陽区"));
    EXPECT_EQ(en.value("CN-110105").name, QStringLiteral("Chaoyang (Beijing)"));
    // A Seoul district known only in hangul: shown in hangul with Seoul, marked as not Chinese.
    EXPECT_EQ(zh.value("KR-seoul-guro-gu").name, QStringLiteral("구로구（首尔特别市）"));
    EXPECT_EQ(zh.value("KR-seoul-guro-gu").source, QStringLiteral("native"));
    EXPECT_EQ(ko.value("KR-seoul-guro-gu").name, QStringLiteral("서울특별시 구로구"));
    EXPECT_EQ(ko.value("KR-seoul-guro-gu").source, QStringLiteral("ko"));
    // Known only in hangul: romanised by rule for English, and marked so.
    EXPECT_EQ(en.value("KR-seoul-guro-gu").name, QStringLiteral("Guro-gu (Seoul)"));
    EXPECT_EQ(en.value("KR-seoul-guro-gu").source, QStringLiteral("rr"));
    // A name that already says its parent is not said twice.
    EXPECT_EQ(en.value("KR-seoul-gangnam-gu").name, QStringLiteral("Seoul – Gangnam"));
}

TEST_F(CityDisplayNameTest, PairingRowsNameCountriesAndDivisionsInTheLanguage)
{
    PairingFilter filter;
    filter.countries = {QStringLiteral("CN"), QStringLiteral("JP")};
    const QVector<PairingRow> rows =
        PairingQuery(*db).rows(filter, Language::Zh, 0, 50, PairingQuery::Sort::CityA);
    ASSERT_FALSE(rows.isEmpty());
    const QHash<QString, QString> countries{{QStringLiteral("CN"), QStringLiteral("中国")},
                                            {QStringLiteral("JP"), QStringLiteral("日本")}};
    for (const PairingRow& row : rows) {
        for (const PairingSide* side : {&row.a, &row.b}) {
            EXPECT_EQ(side->countryName, countries.value(side->country));
            EXPECT_FALSE(side->displayName.isEmpty());
            if (!side->division.isEmpty()) {
                // A division name, never its ISO code.
                EXPECT_FALSE(side->divisionName.isEmpty());
                EXPECT_FALSE(side->divisionName.contains(QLatin1Char('-')))
                    << side->divisionName.toStdString();
            }
        }
    }
}

TEST(HangulRomanizer, FollowsTheRevisedRomanization)
{
    const QPair<const char*, const char*> cases[] = {{"구로구", "Guro-gu"},
                                                     {"청송군", "Cheongsong-gun"},
                                                     {"춘천시", "Chuncheon-si"},
                                                     {"서울", "Seoul"},
                                                     {"안동", "Andong"},
                                                     {"중구", "Jung-gu"},
                                                     {"경기도", "Gyeonggi-do"},
                                                     {"한국어", "Hangugeo"},
                                                     {"부산광역시", "Busan-gwangyeoksi"},
                                                     {"Seo", "Seo"}};
    for (const auto& [hangul, latin] : cases)
        EXPECT_EQ(HangulRomanizer::romanize(QString::fromUtf8(hangul)), QString::fromUtf8(latin))
            << hangul;
}

TEST_F(CityDisplayNameTest, TheCitiesListingShowsTheSameNames)
{
    const ListingQuery query(*db, Listing::Cities);
    const int name = int(query.columns().indexOf("name"));
    QStringList names;
    for (const ListingRow& row : query.rows(Language::Zh, QStringLiteral("朝阳"), 0, -1, name))
        names << row.cells.at(name).toString();
    // Beijing's Chaoyang and Changchun's, told apart.
    EXPECT_TRUE(names.contains(QStringLiteral("北京市朝阳区"))) << names.join(' ').toStdString();
    EXPECT_EQ(names.removeDuplicates(), 0);
}
