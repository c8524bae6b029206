// sistercities-cli import and export as a user runs them: the corpus of bad files (each refused
// whole, the database byte-identical afterwards), good files in every encoding and layout, and
// the round trip of the bundled register through export and import.
#include "CliRunner.h"
#include "Database.h"
#include "DatabaseDump.h"
#include "SqlSupport.h"
#include "io/CsvReader.h"
#include "io/PairingImporter.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace sc;
using namespace clirunner;

namespace {

const QString kData = QStringLiteral(SISTERCITIES_TEST_DATA);

class ImportCli : public ::testing::Test {
protected:
    // The fixture database of tests/data/import-bad/README.md.
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        s_fixture = s_dir->file("fixture.sqlite");
        auto generated = testdata::generate(s_fixture, 0);
        const ImportReport report = PairingImporter(*generated.database)
                                        .run(CsvReader("a_country,a_city,b_country,b_city,source\n"
                                                       "CN,CN Town 1,JP,JP Town 1,Base list\n"));
        ASSERT_TRUE(report.written);
    }
    static void TearDownTestSuite() { delete s_dir; }

    // A fresh copy of the fixture.
    QString copy(const QString& name)
    {
        const QString path = m_dir.file(name);
        EXPECT_TRUE(QFile::copy(s_fixture, path));
        return path;
    }

    static int pairings(const QString& path)
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        return sql::scalar(db->connection(), "SELECT count(*) FROM pairings").toInt();
    }

    static TempDir* s_dir;
    static QString s_fixture;
    TempDir m_dir;
};

TempDir* ImportCli::s_dir = nullptr;
QString ImportCli::s_fixture;

QStringList lines(const QString& path)
{
    QStringList out;
    for (const QString& line : QString::fromUtf8(readAll(path)).split('\n'))
        if (!line.trimmed().isEmpty())
            out << line;
    return out;
}

} // namespace

TEST_F(ImportCli, EveryBadFileIsRefusedAndTheDatabaseIsByteIdentical)
{
    const QDir corpus(kData + "/import-bad");
    const QStringList files = corpus.entryList({"*.csv"}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 45);
    for (const QString& file : files) {
        const QString base = file.chopped(4);
        SCOPED_TRACE(file.toStdString());
        const QStringList expected = lines(corpus.filePath(base + ".expected"));
        ASSERT_FALSE(expected.isEmpty());
        QStringList extra;
        if (QFile::exists(corpus.filePath(base + ".args")))
            extra = lines(corpus.filePath(base + ".args"));

        const QString db = copy(base + ".sqlite");
        const QByteArray before = fileHash(db);
        const QString dumpBefore = databaseDump(db);
        for (const bool dryRun : {true, false}) {
            QStringList arguments{"--db", db, "import", file};
            arguments << extra;
            if (dryRun)
                arguments << "--dry-run";
            const CliRun run = cli(arguments, corpus.path());
            const bool usage = extra.contains("--encoding") && base.contains("unknown-encoding");
            EXPECT_EQ(run.exitCode, usage ? 2 : 1) << run.err.toStdString();
            for (const QString& line : expected)
                EXPECT_TRUE(run.err.contains(line))
                    << "expected: " << line.toStdString() << "\nstderr:\n"
                    << run.err.toStdString();
            EXPECT_EQ(fileHash(db), before);
            EXPECT_EQ(databaseDump(db), dumpBefore);
        }
        EXPECT_EQ(pairings(db), 1);
    }
}

TEST_F(ImportCli, GoodFilesInEveryEncodingAndLayoutImportTheSamePairs)
{
    const QDir good(kData + "/import-good");
    const QStringList files = good.entryList({"*.csv"}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 8);
    for (const QString& file : files) {
        SCOPED_TRACE(file.toStdString());
        const QString db = copy(file + ".sqlite");
        const CliRun run = cli({"--db", db, "import", good.filePath(file)});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains("Imported 3 pairings")) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains("0 new cities")) << run.err.toStdString();

        const CliRun listed = cli({"--db", db, "pairings", "--format", "csv"});
        const CsvReader csv(listed.out.toUtf8());
        ASSERT_EQ(csv.records().size(), 4);
        QStringList pairs;
        for (const auto& record : csv.records().mid(1))
            pairs << record.fields[3] + " / " + record.fields[6] + " / " + record.fields[7];
        EXPECT_EQ(pairs, (QStringList{"CN Town 10 / JP Town 11 / 1985-04",
                                      "CN Town 13 / KR Town 14 / 1992",
                                      "JP Town 16 / KR Town 17 / 2001-10-03"}));
    }
}

TEST_F(ImportCli, DryRunReportsWhatWouldHappenAndWritesNothing)
{
    const QString db = copy("dry.sqlite");
    const QByteArray before = fileHash(db);
    const CliRun run = cli({"--db", db, "import", "--dry-run", kData + "/import-good/utf8.csv"});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("Dry run: 3 pairings")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("nothing was written"));
    EXPECT_EQ(fileHash(db), before);
}

TEST_F(ImportCli, ReadOnlyDatabaseRefusesTheImport)
{
    const QString db = copy("ro.sqlite");
    const QByteArray before = fileHash(db);
    const CliRun run = cli({"--db", db, "--read-only", "import", kData + "/import-good/utf8.csv"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("read-only")) << run.err.toStdString();
    EXPECT_EQ(fileHash(db), before);
}

TEST_F(ImportCli, UsageErrorsExitWithTwo)
{
    const QString db = copy("u.sqlite");
    EXPECT_EQ(cli({"--db", db, "import"}).exitCode, 2);
    EXPECT_EQ(cli({"--db", db, "import", "--table", "surveys", "x.csv"}).exitCode, 2);
    EXPECT_EQ(cli({"--db", db, "export", "--table", "pairings"}).exitCode, 2);
    EXPECT_EQ(cli({"--db", db, "export", "--out", "x", "--format", "xml"}).exitCode, 2);
    const CliRun missing = cli({"--db", db, "import", m_dir.file("missing.csv")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("missing.csv")) << missing.err.toStdString();
}

// The bundled register out and back in through the command line, cities first, then pairings,
// into a database holding only the reference tables: the same CSV comes out again.
TEST(ExportImportCli, TheBundledRegisterRoundTrips)
{
    TempDir dir;
    const QString full = dir.file("full.sqlite");
    const QString empty = dir.file("empty.sqlite");
    ASSERT_EQ(cli({"init", "--db", full}).exitCode, 0);
    ASSERT_EQ(cli({"init", "--db", empty, "--empty"}).exitCode, 0);
    const CliRun stats = cli({"--db", empty, "stats", "--format", "json"});
    const QJsonObject counts = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    EXPECT_EQ(counts.value("divisions").toInt(), 95);
    EXPECT_EQ(counts.value("pairings").toInt(), 0);
    EXPECT_EQ(counts.value("cities").toInt(), 0);

    for (const char* table : {"cities", "pairings"}) {
        const QString out = dir.file(QString("%1.csv").arg(table));
        const CliRun exported = cli({"--db", full, "export", "--table", table, "--out", out});
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        const CliRun imported = cli({"--db", empty, "import", "--table", table, out});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.left(2000).toStdString();
        EXPECT_TRUE(imported.err.contains("0 new cities")) << imported.err.right(300).toStdString();
        const QString again = dir.file(QString("%1-again.csv").arg(table));
        ASSERT_EQ(cli({"--db", empty, "export", "--table", table, "--out", again}).exitCode, 0);
        if (QLatin1String(table) == QLatin1String("cities")) {
            EXPECT_EQ(readAll(again), readAll(out));
        } else {
            const CsvReader first(readAll(out));
            const CsvReader second(readAll(again));
            ASSERT_EQ(first.records().size(), second.records().size());
            EXPECT_GT(first.records().size(), 1900);
            for (qsizetype i = 0; i < first.records().size(); ++i)
                ASSERT_EQ(first.records()[i].fields.mid(1), second.records()[i].fields.mid(1))
                    << "row " << i;
        }
    }

    // JSON carries the same rows as CSV.
    const CliRun json = cli({"--db", full, "export", "--format", "json", "--out", "-"});
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    const CsvReader csv(readAll(dir.file("pairings.csv")));
    ASSERT_EQ(array.size(), csv.records().size());
    for (int i = 0; i < array.size(); i += 97)
        EXPECT_EQ(array[i].toObject().value("b_city").toString(), csv.records()[i].fields[6]);
}

TEST_F(ImportCli, DryRunWorksOnAReadOnlyDatabaseWithoutTouchingIt)
{
    const QString db = copy("dry-ro.sqlite");
    const QByteArray before = fileHash(db);
    const CliRun good =
        cli({"--db", db, "--read-only", "import", "--dry-run", kData + "/import-good/utf8.csv"});
    EXPECT_EQ(good.exitCode, 0) << good.err.toStdString();
    EXPECT_TRUE(good.out.contains("Dry run: 3 pairings")) << good.out.toStdString();
    const CliRun bad = cli(
        {"--db", db, "--read-only", "import", "--dry-run", kData + "/import-bad/self-pair.csv"});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains("self-pair.csv:")) << bad.err.toStdString();
    EXPECT_EQ(fileHash(db), before);
    EXPECT_EQ(pairings(db), pairings(s_fixture));
}
