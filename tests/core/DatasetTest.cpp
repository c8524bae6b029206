// The bundled dataset: it compiles, every record carries its source, and a rebuild from the
// same fact files gives the same content.
#include "BundledDataset.h"
#include "Database.h"
#include "DatasetCompiler.h"
#include "Error.h"
#include "SqlSupport.h"
#include "support/TempDir.h"

#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace sc;

namespace {

// Every table's rows in primary-key order, as text: two databases with the same content give
// the same dump.
QStringList dump(Database& database)
{
    QStringList out;
    QSqlQuery tables = sql::run(database.connection(),
                                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : names) {
        QSqlQuery rows = sql::run(database.connection(),
                                  QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        while (rows.next()) {
            QStringList fields{table};
            for (int i = 0; i < rows.record().count(); ++i)
                fields << rows.value(i).toString();
            out << fields.join(QLatin1Char('|'));
        }
    }
    return out;
}

} // namespace

TEST(Dataset, TheBundledDatasetCompilesAndRebuildsToTheSameContent)
{
    TempDir dir;
    auto first = bundled::createDatabase(dir.file("one.sqlite"));
    auto second = bundled::createDatabase(dir.file("two.sqlite"));
    const QStringList a = dump(*first);
    EXPECT_GT(a.size(), 100);
    EXPECT_EQ(a, dump(*second));
}

TEST(Dataset, EveryChineseDivisionHasARegionAndEveryNameIsThere)
{
    TempDir dir;
    auto db = bundled::createDatabase(dir.file("b.sqlite"));
    EXPECT_EQ(sql::scalar(db->connection(), "SELECT count(*) FROM divisions WHERE country = 'CN'")
                  .toInt(),
              31);
    EXPECT_EQ(sql::scalar(db->connection(),
                          "SELECT count(*) FROM divisions WHERE country = 'CN' AND region IS NULL")
                  .toInt(),
              0);
    EXPECT_EQ(sql::scalar(db->connection(), "SELECT count(*) FROM divisions WHERE country = 'JP'")
                  .toInt(),
              47);
    EXPECT_EQ(sql::scalar(db->connection(), "SELECT count(*) FROM divisions WHERE country = 'KR'")
                  .toInt(),
              17);
    for (const char* table : {"countries", "divisions"})
        for (const char* lang : {"zh", "ja", "ko", "en"})
            EXPECT_EQ(sql::scalar(db->connection(),
                                  QStringLiteral("SELECT count(*) FROM %1 WHERE name_%2 = ''")
                                      .arg(QLatin1String(table), QLatin1String(lang)))
                          .toInt(),
                      0)
                << table << " " << lang;
}

TEST(Dataset, ABadFactFileNamesItsLineAndWritesNothing)
{
    TempDir dir;
    QDir().mkpath(dir.file("facts/register"));
    QFile countries(dir.file("facts/register/countries.tsv"));
    ASSERT_TRUE(countries.open(QIODevice::WriteOnly));
    countries.write("code\tname_zh\tname_ja\tname_ko\tname_en\tsource_key\n"
                    "CN\t中国\t中国\t중국\tChina\tnowhere\n");
    countries.close();
    QFile sources(dir.file("facts/register/sources.tsv"));
    ASSERT_TRUE(sources.open(QIODevice::WriteOnly));
    sources.write("source_key\ttitle\tpublisher\turl\tdate_read\tlicence\n"
                  "somewhere\tA list\t\t\t\t\n");
    sources.close();

    auto db = Database::create(dir.file("bad.sqlite"));
    try {
        DatasetCompiler(*db, dir.file("facts")).compile();
        FAIL() << "compiled";
    } catch (const Error& error) {
        EXPECT_TRUE(error.message().contains("countries.tsv:2: source_key"))
            << error.message().toStdString();
    }
    EXPECT_EQ(sql::scalar(db->connection(), "SELECT count(*) FROM sources").toInt(), 0);
}
