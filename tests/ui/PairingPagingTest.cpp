// The pairings table at any position: the model reads a page where the view asks (the scroll
// bar dragged to the middle, the end key), forward from the start, backwards from the end, by
// walking the table or by collecting a filter's matches. Its rows at the start, the middle and
// the end are compared, for every sort column and both directions, with one plain ORDER BY of
// the same data written here, over the definition of the display names.
#include "CityDisplayName.h"
#include "Database.h"
#include "PairingQuery.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"
#include "tables/PairingTableModel.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sc;

namespace {

// Every matching id in the order a reader expects, from one statement without LIMIT.
QVector<qint64> expectedOrder(Database& db, int column, bool descending, Language language,
                              const QString& where)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString collate = db.dialect().collate(language);
    const QString ref = QStringLiteral("COALESCE(NULLIF(%1.name_en, ''), %1.name_en)");
    QString key;
    switch (column) {
    case PairingTableModel::CityA:
        key = QStringLiteral("na.name") + collate + dir + QStringLiteral(", p.city_a") + dir;
        break;
    case PairingTableModel::CityB:
        key = QStringLiteral("nb.name") + collate + dir + QStringLiteral(", p.city_b") + dir;
        break;
    case PairingTableModel::CountryA:
        key = ref.arg(QStringLiteral("ka")) + collate + dir;
        break;
    case PairingTableModel::CountryB:
        key = ref.arg(QStringLiteral("kb")) + collate + dir;
        break;
    case PairingTableModel::DivisionA:
        key = ref.arg(QStringLiteral("da")) + collate + dir;
        break;
    case PairingTableModel::DivisionB:
        key = ref.arg(QStringLiteral("db")) + collate + dir;
        break;
    case PairingTableModel::Established:
        key = QStringLiteral("p.established IS NULL, p.established") + dir;
        break;
    case PairingTableModel::Status:
        key = QStringLiteral("p.status") + dir;
        break;
    case PairingTableModel::Kind:
        key = QStringLiteral("p.kind") + dir;
        break;
    case PairingTableModel::Source:
        key = QStringLiteral("s.title") + dir;
        break;
    default:
        key = QStringLiteral("1");
    }
    const QString names =
        QStringLiteral("(") + CityDisplayName::select(db.dialect(), language) + QStringLiteral(")");
    QSqlQuery query =
        sql::run(db.connection(),
                 QStringLiteral("SELECT p.id FROM pairings p JOIN cities ca ON ca.id = p.city_a"
                                " JOIN cities cb ON cb.id = p.city_b"
                                " LEFT JOIN countries ka ON ka.code = ca.country"
                                " LEFT JOIN countries kb ON kb.code = cb.country"
                                " LEFT JOIN divisions da ON da.code = ca.division"
                                " LEFT JOIN divisions db ON db.code = cb.division"
                                " JOIN sources s ON s.id = p.source_id"
                                " JOIN %1 na ON na.id = p.city_a JOIN %1 nb ON nb.id = p.city_b"
                                " WHERE %2 ORDER BY %3, p.id%4")
                     .arg(names, where, key, dir));
    QVector<qint64> out;
    while (query.next())
        out << query.value(0).toLongLong();
    return out;
}

void expectRowsAt(const PairingTableModel& model, const QVector<qint64>& expected,
                  const std::string& what)
{
    ASSERT_EQ(model.rowCount(), expected.size()) << what;
    const int n = int(expected.size());
    // The start, pages in the middle (either side of the half), the end, and back to the start.
    for (int row :
         {0, 1, 255, 256, n / 2 - 300, n / 2 - 1, n / 2, n / 2 + 257, n - 257, n - 256, n - 1, 3}) {
        if (row < 0 || row >= n)
            continue;
        const PairingRow* shown = model.rowAt(row);
        ASSERT_NE(shown, nullptr) << what << " row " << row;
        EXPECT_EQ(shown->id, expected.at(row)) << what << " row " << row;
    }
}

} // namespace

TEST(PairingPaging, EveryPositionOfEverySortIsTheOrderByOfTheSameData)
{
    TempDir dir;
    auto data = testdata::generate(dir.file("p.sqlite"), 1500);
    Database& db = *data.database;
    PairingTableModel model(db);
    model.setLanguage(Language::En);
    for (int column = 0; column < PairingTableModel::ColumnCount; ++column)
        for (bool descending : {false, true}) {
            model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            expectRowsAt(model,
                         expectedOrder(db, column, descending, Language::En, QStringLiteral("1")),
                         "column " + std::to_string(column) + (descending ? " desc" : " asc"));
        }
}

TEST(PairingPaging, FiltersBroadAndNarrowAreReadAtEveryPosition)
{
    TempDir dir;
    auto data = testdata::generate(dir.file("p.sqlite"), 1500);
    Database& db = *data.database;
    PairingTableModel model(db);
    model.setLanguage(Language::Zh);
    struct Case {
        PairingFilter filter;
        QString where;
    };
    QVector<Case> cases;
    PairingFilter f;
    f.countries = {"JP"}; // broad: the table is walked in order
    cases << Case{f, QStringLiteral("(ca.country = 'JP' OR cb.country = 'JP')")};
    f = {};
    f.countries = {"CN", "KR"};
    cases << Case{f, QStringLiteral("((ca.country = 'CN' AND cb.country = 'KR') OR "
                                    "(ca.country = 'KR' AND cb.country = 'CN'))")};
    f = {};
    f.fromYear = 1990;
    f.toYear = 1992; // narrow: matches collected from the index and sorted
    cases << Case{f, QStringLiteral("p.established_year BETWEEN 1990 AND 1992")};
    for (const Case& c : cases)
        for (int column : {-1, int(PairingTableModel::CityA), int(PairingTableModel::CityB)})
            for (bool descending : {false, true}) {
                model.setFilter(c.filter);
                model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
                const std::string what = c.where.toStdString() + " column " +
                                         std::to_string(column) + (descending ? " desc" : "");
                // Column -1: the register's order, by id.
                QVector<qint64> expected =
                    column < 0 ? QVector<qint64>{}
                               : expectedOrder(db, column, descending, Language::Zh, c.where);
                if (column < 0) {
                    for (const testdata::GenPair& pair : data.pairs) {
                        const auto& a = data.cities.at(pair.a);
                        const auto& b = data.cities.at(pair.b);
                        const bool match =
                            c.where.startsWith("p.established_year")
                                ? pair.year && *pair.year >= 1990 && *pair.year <= 1992
                            : c.filter.countries.size() == 1
                                ? a.country == "JP" || b.country == "JP"
                                : (a.country == "CN" && b.country == "KR") ||
                                      (a.country == "KR" && b.country == "CN");
                        if (match)
                            expected << pair.id;
                    }
                    std::sort(expected.begin(), expected.end());
                    if (descending)
                        std::reverse(expected.begin(), expected.end());
                }
                ASSERT_GT(expected.size(), 20) << what;
                EXPECT_EQ(model.matchingCount(), expected.size()) << what;
                expectRowsAt(model, expected, what);
            }
}
