// Schema 8 (resources/schema/sqlite/008_figure_indexes.sql, after 007): a file of the schema
// before it gains the indexes that hold each figure's ranges in the order of their GROUP BY,
// with every row kept; the figures read them; and every pairing figure's data is what the same
// figure gave on the file before the upgrade.
#include "Database.h"
#include "SqlSupport.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "figures/FigureTallies.h"
#include "support/FiguresAsText.h"
#include "support/GeneratedDatabase.h"
#include "support/OldSchemaFile.h"
#include "support/SqlTrace.h"
#include "support/TempDir.h"

#include <QMap>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sc;

namespace {

const char* const kIndexes[] = {"pairings_figure_source_a", "pairings_figure_source_b",
                                "pairings_figure_division_a", "pairings_figure_division_b"};

// The query plans of the statements figure `id` runs, one line per step.
QString plansOf(Database& db, const QString& id)
{
    QStringList statements;
    {
        testsupport::SqlTrace trace(db.connection());
        FigureQuery(db).run(id, {}, Language::En);
        statements = trace.statements();
    }
    QStringList steps;
    for (const QString& statement : std::as_const(statements)) {
        QSqlQuery plan =
            sql::run(db.connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + statement);
        while (plan.next())
            steps << plan.value(3).toString();
    }
    return steps.join('\n');
}

} // namespace

TEST(Migration8, AFileOfTheSchemaBeforeGainsTheFigureIndexesKeepingEveryRowAndEveryFigure)
{
    TempDir dir;
    const QString path = dir.file("old.sqlite");
    testdata::generate(dir.file("gen.sqlite"), 1000);
    // The schema before 8, whatever schemas came after it.
    const int previous = 7;
    QMap<QString, QStringList> before;
    QMap<QString, QStringList> columnsOf;
    QMap<QString, QStringList> figures;
    {
        auto old = Database::create(path, previous);
        ASSERT_EQ(old->schemaVersion(), previous);
        columnsOf = testdata::copyRowsInto(*old, dir.file("gen.sqlite"));
        for (auto it = columnsOf.cbegin(); it != columnsOf.cend(); ++it)
            before[it.key()] = testdata::rowsOf(*old, it.key(), it.value());
        ASSERT_EQ(before["pairings"].size(), 1000);
        // Statistics of the rows, as the generator and the migrations before leave them.
        sql::run(old->connection(), QStringLiteral("ANALYZE"));
        for (const char* index : kIndexes)
            ASSERT_EQ(sql::scalar(old->connection(),
                                  "SELECT count(*) FROM sqlite_master WHERE name = ?", {index})
                          .toInt(),
                      0);
        figures = testdata::figuresAsText(*old);
    }

    auto migrated = Database::open(path);
    ASSERT_EQ(migrated->schemaVersion(), Database::latestSchemaVersion());
    testdata::expectRowsKept(*migrated, columnsOf, before);
    for (const char* index : kIndexes)
        EXPECT_EQ(sql::scalar(migrated->connection(),
                              "SELECT count(*) FROM sqlite_stat1 WHERE idx = ?", {index})
                      .toInt(),
                  1)
            << index;
    EXPECT_EQ(testdata::figuresAsText(*migrated), figures);

    // China's sources and provinces are counted from the new indexes, on a file of the schema
    // before the tallies (from then on, the figures without a filter read them, FigureTallies).
    auto eight = Database::create(dir.file("eight.sqlite"), FigureTallies::kSince - 1);
    testdata::copyRowsInto(*eight, dir.file("gen.sqlite"));
    sql::run(eight->connection(), QStringLiteral("ANALYZE"));
    const QString fig1 = plansOf(*eight, QStringLiteral("fig1"));
    EXPECT_TRUE(fig1.contains("INDEX pairings_figure_source_a")) << fig1.toStdString();
    EXPECT_TRUE(fig1.contains("INDEX pairings_figure_source_b")) << fig1.toStdString();
    const QString fig5 = plansOf(*eight, QStringLiteral("fig5"));
    EXPECT_TRUE(fig5.contains("INDEX pairings_figure_division_a")) << fig5.toStdString();
    EXPECT_TRUE(fig5.contains("INDEX pairings_figure_division_b")) << fig5.toStdString();
}
