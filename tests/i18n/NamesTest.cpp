// On the bundled dataset, every country, division and city name shown in each language is
// non-empty, and is the name in that language, else the native name, else the English one:
// checked against the names read straight from the tables.
#include "model/Names.h"
#include "FilterPanel.h"
#include "ListingQuery.h"
#include "PairingQuery.h"
#include "SqlSupport.h"
#include "i18n/Translations.h"
#include "support/BundledDatabaseTest.h"

#include <QComboBox>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace sc;

namespace {

const Language kLanguages[] = {Language::Zh, Language::Ja, Language::Ko, Language::En};

class ShownNames : public BundledDatabaseTest {
protected:
    void TearDown() override { Translations::instance().install(Language::En); }

    // Every city's names by id, and what the test expects shown: the name in `language`, else
    // the native one, else the English one.
    static QHash<qint64, QString> expectedCityNames(Language language)
    {
        QHash<qint64, QString> names;
        QSqlQuery q =
            sql::run(db->connection(), "SELECT id, name_native, name_zh, name_ja, name_ko, name_en "
                                       "FROM cities");
        const int column = 2 + int(language); // Zh, Ja, Ko, En in this order
        while (q.next()) {
            QString name = q.value(column).toString();
            if (name.isEmpty())
                name = q.value(1).toString();
            if (name.isEmpty())
                name = q.value(5).toString();
            names.insert(q.value(0).toLongLong(), name);
        }
        return names;
    }

    static void expectNamesNonEmpty(Listing listing, Language language, int expectedRows)
    {
        const ListingQuery query(*db, listing);
        const int name = int(query.columns().indexOf(QStringLiteral("name")));
        ASSERT_GE(name, 0);
        const QVector<ListingRow> rows = query.rows(language);
        EXPECT_EQ(rows.size(), expectedRows);
        int empty = 0;
        for (const ListingRow& row : rows)
            empty += row.cells.value(name).toString().trimmed().isEmpty();
        EXPECT_EQ(empty, 0) << language::code(language).toStdString();
    }
};

} // namespace

TEST_F(ShownNames, EveryCountryDivisionAndCityListingHasANameInEveryLanguage)
{
    const int countries = sql::scalar(db->connection(), "SELECT count(*) FROM countries").toInt();
    const int divisions = sql::scalar(db->connection(), "SELECT count(*) FROM divisions").toInt();
    const int cities = sql::scalar(db->connection(), "SELECT count(*) FROM cities").toInt();
    // The bundled dataset as documented: the test must not pass over an empty database.
    ASSERT_GT(countries, 100);
    ASSERT_EQ(divisions, 95);
    // Every row of the fact file, which is compiled in as a resource.
    QFile facts(QStringLiteral(":/dataset/register/cities.tsv"));
    ASSERT_TRUE(facts.open(QIODevice::ReadOnly));
    ASSERT_GT(cities, 1000);
    ASSERT_EQ(cities, facts.readAll().count('\n') - 1);
    for (const Language language : kLanguages) {
        expectNamesNonEmpty(Listing::Countries, language, countries);
        expectNamesNonEmpty(Listing::Divisions, language, divisions);
        expectNamesNonEmpty(Listing::Cities, language, cities);
    }
}

TEST_F(ShownNames, EveryPairingShowsBothCitiesInTheLanguageOrItsFallback)
{
    const int total = PairingQuery(*db).total();
    ASSERT_GT(total, 1900);
    for (const Language language : kLanguages) {
        const QHash<qint64, QString> expected = expectedCityNames(language);
        int rows = 0;
        QStringList wrong;
        PairingQuery(*db).forEachRow({}, language, [&](const PairingRow& row) {
            ++rows;
            for (const PairingSide* side : {&row.a, &row.b}) {
                if (side->name.isEmpty() || side->name != expected.value(side->cityId))
                    wrong << QStringLiteral("%1: %2 instead of %3")
                                 .arg(side->cityId)
                                 .arg(side->name, expected.value(side->cityId));
            }
        });
        EXPECT_EQ(rows, total);
        EXPECT_TRUE(wrong.isEmpty()) << language::code(language).toStdString() << "\n"
                                     << wrong.mid(0, 20).join('\n').toStdString();
    }
    // The fallback is exercised, not only the happy path: some cities lack a Korean name.
    const int withoutKorean =
        sql::scalar(db->connection(), "SELECT count(*) FROM cities WHERE name_ko IS NULL OR "
                                      "name_ko = ''")
            .toInt();
    EXPECT_GT(withoutKorean, 0);
}

TEST_F(ShownNames, TheFilterPanelNamesEveryCountryAndDivision)
{
    const int divisions = sql::scalar(db->connection(), "SELECT count(*) FROM divisions").toInt();
    for (const Language language : kLanguages) {
        Translations::instance().install(language);
        FilterPanel panel(*db);
        panel.setLanguage(language);
        int comboItems = 0;
        for (QComboBox* combo : panel.findChildren<QComboBox*>())
            for (int i = 0; i < combo->count(); ++i) {
                EXPECT_FALSE(combo->itemText(i).trimmed().isEmpty())
                    << combo->objectName().toStdString() << " item " << i;
                ++comboItems;
            }
        EXPECT_GT(comboItems, 100);
        int divisionItems = 0;
        for (QTreeWidget* tree : panel.findChildren<QTreeWidget*>())
            for (QTreeWidgetItemIterator it(tree); *it; ++it) {
                EXPECT_FALSE((*it)->text(0).trimmed().isEmpty());
                ++divisionItems;
            }
        EXPECT_GE(divisionItems, divisions);
    }
}
