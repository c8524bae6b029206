// sistercities-cli against careless and hostile files and databases: what the file is read as
// comes first; unreadable files are named "file: reason"; blank lines are skipped and counted;
// exported formulas are defused and come back exactly; `check` finds bad names and twins; a
// damaged database is refused byte-identical; a database the user may only read opens.
#include "CliRunner.h"
#include "Database.h"
#include "DatabaseDump.h"
#include "SqlSupport.h"
#include "io/CsvReader.h"
#include "io/PairingImporter.h"
#include "support/AsOrdinaryUser.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace sc;
using namespace clirunner;

namespace {

const QString kData = QStringLiteral(SISTERCITIES_TEST_DATA);

// The fixture of tests/data/import-bad/README.md.
QString fixture(const TempDir& dir, const QString& name)
{
    const QString path = dir.file(name);
    auto generated = testdata::generate(path, 0);
    const ImportReport report = PairingImporter(*generated.database)
                                    .run(CsvReader("a_country,a_city,b_country,b_city,source\n"
                                                   "CN,CN Town 1,JP,JP Town 1,Base list\n"));
    EXPECT_TRUE(report.written);
    return path;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// The CLI run by an ordinary user: `nobody` when the test runs as root (as CI does), from a
// copy in `folder`, which nobody may reach wherever the build tree is.
CliRun cliAsUser(const QString& folder, const QStringList& arguments)
{
    if (geteuid() != 0)
        return cli(arguments);
    const QString program = copyForOrdinaryUser(QStringLiteral(SISTERCITIES_CLI), folder);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QDir::tempPath());
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(QDir::tempPath());
    process.start(QStringLiteral("setpriv"),
                  QStringList{"--reuid=nobody", "--regid=nogroup", "--clear-groups", program} +
                      arguments);
    EXPECT_TRUE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST(HardeningCli, TheFirstLineSaysWhatTheFileIsReadAs)
{
    TempDir dir;
    const QString db = fixture(dir, "f.sqlite");
    const QString file = kData + "/import-good/gb18030.csv";
    const CliRun run = cli({"--db", db, "import", "--dry-run", file});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.err.section('\n', 0, 0),
              QStringLiteral("Reading %1 as GB18030 (detected).").arg(file));
    EXPECT_TRUE(run.out.contains("read as GB18030")) << run.out.toStdString();

    const CliRun given = cli({"--db", db, "import", "--dry-run", "--encoding", "GBK", file});
    EXPECT_EQ(given.err.section('\n', 0, 0),
              QStringLiteral("Reading %1 as GB18030 (as given).").arg(file));
}

TEST(HardeningCli, FilesThatCannotBeReadAreNamedFileColonReason)
{
    TempDir dir;
    const QString db = fixture(dir, "f.sqlite");
    const QByteArray before = fileHash(db);
    const QString loop = dir.file("loop.csv");
    ASSERT_TRUE(QFile::link(dir.file("other.csv"), loop));
    ASSERT_TRUE(QFile::link(loop, dir.file("other.csv")));
    const CliRun looped = cli({"--db", db, "import", loop});
    EXPECT_EQ(looped.exitCode, 1);
    EXPECT_TRUE(looped.err.startsWith(loop + ": cannot be read (")) << looped.err.toStdString();
    EXPECT_TRUE(looped.err.endsWith("\nNothing was written.\n")) << looped.err.toStdString();

    const CliRun folder = cli({"--db", db, "import", dir.path()});
    EXPECT_EQ(folder.exitCode, 1);
    EXPECT_EQ(folder.err, dir.path() + ": is a folder, not a file\nNothing was written.\n");
    EXPECT_EQ(fileHash(db), before);
}

TEST(HardeningCli, BlankAndSeparatorOnlyLinesAreSkippedAndCounted)
{
    TempDir dir;
    const QString db = fixture(dir, "f.sqlite");
    const QString file = kData + "/import-good/spreadsheet-names-blank-lines.csv";
    const CliRun run = cli({"--db", db, "import", file});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Lines 3 (empty), 4 (commas only), 7 (spaces) and 9 (commas only).
    EXPECT_TRUE(run.err.contains(file + ": blank or empty lines skipped: 4"))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("Imported 3 pairings")) << run.err.toStdString();
}

TEST(HardeningCli, ExportedFormulasAreDefusedAndComeBackExactly)
{
    TempDir dir;
    const QString first = fixture(dir, "first.sqlite");
    const QString second = fixture(dir, "second.sqlite");
    // Names a spreadsheet would run, and a note that a defusing TAB starts (written here in
    // the defused form, as export writes it).
    const QString input = dir.file("formulas.csv");
    writeFile(input, QStringLiteral(
                         "a_country,a_city,b_country,b_city,source,note\n"
                         "CN,\"=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\",JP,JP Town "
                         "3,Formula list,\"'\t=2+2\"\n"
                         "CN,=cmd|' /C calc'!A0,JP,@SUM(1),Formula list,-1 note\n"
                         "CN,+86 Town,JP,'quoted Town,Formula list,''=already defused\n")
                         .toUtf8());
    const CliRun imported = cli({"--db", first, "import", input});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    {
        auto db = Database::open(first, Database::Mode::ReadOnly);
        // Fields are trimmed, so the TAB inside the apostrophe does not survive; the formula
        // stays text.
        EXPECT_EQ(sql::scalar(db->connection(), "SELECT note FROM pairings WHERE note LIKE '%2+2'")
                      .toString(),
                  "=2+2");
        EXPECT_EQ(sql::scalar(db->connection(),
                              "SELECT count(*) FROM cities WHERE name_native IN "
                              "('=cmd|'' /C calc''!A0', '@SUM(1)', '+86 Town', '''quoted Town')")
                      .toInt(),
                  4);
    }
    const QString exported = dir.file("exported.csv");
    ASSERT_EQ(cli({"--db", first, "export", "--out", exported}).exitCode, 0);
    const QString text = QString::fromUtf8(readAll(exported));
    EXPECT_TRUE(text.contains("\"'=HYPERLINK(")) << text.toStdString();
    EXPECT_TRUE(text.contains(",'=cmd|' /C calc'!A0,")) << text.toStdString();
    EXPECT_TRUE(text.contains(",'@SUM(1),")) << text.toStdString();
    EXPECT_TRUE(text.contains(",'+86 Town,")) << text.toStdString();
    EXPECT_TRUE(text.contains(",''quoted Town,")) << text.toStdString();
    EXPECT_TRUE(text.contains(",'=2+2\r\n")) << text.toStdString();
    // The reader must outlive the loop: a range-for over a temporary's member keeps only the
    // returned value alive, and records() may refer into the reader.
    const QByteArray bytes = text.toUtf8();
    CsvReader reader(bytes);
    const auto records = reader.records();
    for (const auto& record : records)
        for (const QString& field : record.fields)
            EXPECT_FALSE(field.startsWith('=') || field.startsWith('@') || field.startsWith('+') ||
                         field.startsWith('\t'))
                << field.toStdString();

    // Import the export (less the fixture's own pairing 1, which the second database has): the
    // second database then exports the same bytes.
    QStringList lines = text.split("\r\n");
    ASSERT_TRUE(lines.at(1).startsWith("1,"));
    lines.removeAt(1);
    const QString input2 = dir.file("input2.csv");
    writeFile(input2, lines.join("\r\n").toUtf8());
    const CliRun again = cli({"--db", second, "import", input2});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const QString reexported = dir.file("reexported.csv");
    ASSERT_EQ(cli({"--db", second, "export", "--out", reexported}).exitCode, 0);
    EXPECT_EQ(readAll(reexported), readAll(exported));
}

TEST(HardeningCli, CheckFindsBadNamesAndTwinsAndSaysSo)
{
    TempDir dir;
    const QString db = fixture(dir, "f.sqlite");
    const CliRun clean = cli({"--db", db, "check"});
    EXPECT_EQ(clean.exitCode, 0) << clean.out.toStdString() << clean.err.toStdString();
    EXPECT_EQ(clean.out,
              db + ": no problems found (integrity, foreign keys, names, duplicates).\n");
    {
        // What an older version or a hand edit may have left: SQL past the checks of core.
        auto database = Database::open(db);
        sql::run(database->connection(),
                 "UPDATE cities SET name_zh = ? WHERE name_native = 'CN Town 2'",
                 {QStringLiteral("扬\u200B州")});
        sql::run(database->connection(),
                 "UPDATE cities SET name_en = ? WHERE name_native = 'CN Town 3'",
                 {QStringLiteral(" Yangzhou")});
        sql::run(database->connection(),
                 "INSERT INTO cities (country, division, level, name_native, search_text) "
                 "SELECT country, division, level, ?, search_text FROM cities "
                 "WHERE name_native = 'JP Town 5'",
                 {QStringLiteral("ＪＰ Ｔｏｗｎ ５")});
    }
    const qint64 town2 = [&] {
        auto database = Database::open(db, Database::Mode::ReadOnly);
        return sql::scalar(database->connection(),
                           "SELECT id FROM cities WHERE name_native = 'CN Town 2'")
            .toLongLong();
    }();
    const CliRun found = cli({"--db", db, "check"});
    EXPECT_EQ(found.exitCode, 1);
    const QStringList lines = found.out.split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << found.out.toStdString();
    EXPECT_EQ(lines.at(0),
              QStringLiteral("%1: names: cities %2 name_zh: \"扬<U+200B>州\" holds the "
                             "invisible character U+200B at character 2, which no "
                             "name may hold")
                  .arg(db)
                  .arg(town2));
    EXPECT_TRUE(lines.at(1).contains("name_en: \" Yangzhou\" is not stored as normalised: "
                                     "\"Yangzhou\""))
        << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(2).contains(": duplicates: cities ") &&
                lines.at(2).contains("\"ＪＰ Ｔｏｗｎ ５\" is the same city as city "))
        << lines.at(2).toStdString();
    EXPECT_EQ(lines.at(3), db + ": findings: 3");
}

TEST(HardeningCli, ADamagedDatabaseIsRefusedAndLeftByteIdentical)
{
    TempDir dir;
    const QString path = dir.file("whole.sqlite");
    testdata::generate(path, 400);
    const QByteArray bytes = readAll(path);
    ASSERT_GT(bytes.size(), 8 * 4096);
    QByteArray overwritten = bytes;
    for (qsizetype i = 2 * 4096; i < 6 * 4096; ++i)
        overwritten[i] = char(0x5A ^ (i & 0xFF));
    const struct {
        QString name;
        QByteArray bytes;
        QString says;
    } cases[] = {{"truncated.sqlite", bytes.left(bytes.size() / 2 + 100), "damaged"},
                 {"overwritten.sqlite", overwritten, "damaged"},
                 {"header-only.sqlite", bytes.left(60), "truncated"}};
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name.toStdString());
        const QString damaged = dir.file(c.name);
        writeFile(damaged, c.bytes);
        const QByteArray before = fileHash(damaged);
        for (const QStringList& command : {QStringList{"stats"}, QStringList{"check"},
                                           QStringList{"--read-only", "pairings", "--count"}}) {
            const CliRun run = cli(QStringList{"--db", damaged} + command);
            EXPECT_EQ(run.exitCode, 1);
            EXPECT_TRUE(run.err.contains(damaged + " ") && run.err.contains(c.says) &&
                        run.err.contains("it was left unchanged"))
                << run.err.toStdString();
            EXPECT_EQ(fileHash(damaged), before);
        }
        EXPECT_FALSE(QFile::exists(damaged + "-wal"));
    }
}

// A database file the user may read but not write, in a folder the user may not write: the
// WAL database opens (immutable), every reading command works, and the file stays as it was.
TEST(HardeningCli, ADatabaseTheUserMayOnlyReadOpens)
{
    TempDir dir;
    const QString folder = dir.file("shared");
    ASSERT_TRUE(QDir().mkdir(folder));
    const QString db = folder + "/register.sqlite";
    testdata::generate(db, 50);
    ASSERT_FALSE(QFile::exists(db + "-wal"));
    const QString out = dir.file("figures");
    ASSERT_TRUE(QDir().mkdir(out));
    const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                     QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
                     QFile::ExeOther;
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto enterable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(out, all));
    ASSERT_TRUE(QFile::setPermissions(dir.path(), enterable | QFile::WriteOwner));
    ASSERT_TRUE(QFile::setPermissions(db, readable | QFile::WriteOwner));
    // As an ordinary user who owns them, neither may be written at all.
    if (geteuid() != 0)
        ASSERT_TRUE(QFile::setPermissions(db, readable));
    ASSERT_TRUE(
        QFile::setPermissions(folder, geteuid() == 0 ? enterable | QFile::WriteOwner : enterable));
    const QByteArray before = fileHash(db);
    const QString bin = dir.file("bin");
    ASSERT_TRUE(QDir().mkdir(bin));

    const CliRun stats = cliAsUser(bin, {"--db", db, "stats"});
    EXPECT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    EXPECT_TRUE(stats.out.contains("pairings")) << stats.out.toStdString();
    const CliRun count = cliAsUser(bin, {"--db", db, "--read-only", "pairings", "--count"});
    EXPECT_EQ(count.exitCode, 0) << count.err.toStdString();
    EXPECT_EQ(count.out.trimmed(), "50");
    // The dry run says what it says on a writable copy of the same file.
    const QString copy = dir.file("copy.sqlite");
    ASSERT_TRUE(QFile::copy(db, copy));
    const QString file = copyForOrdinaryUser(kData + "/import-good/utf8.csv", bin);
    const CliRun writable = cli({"--db", copy, "import", "--dry-run", file});
    const CliRun dry = cliAsUser(bin, {"--db", db, "import", "--dry-run", file});
    EXPECT_EQ(dry.exitCode, writable.exitCode) << dry.err.toStdString();
    EXPECT_EQ(dry.out, writable.out);
    EXPECT_EQ(dry.err, writable.err);
    EXPECT_TRUE(dry.out.contains("Dry run: ") || dry.err.contains("Nothing was written"))
        << dry.out.toStdString() << dry.err.toStdString();
    const CliRun figures =
        cliAsUser(bin, {"--db", db, "figures", "export", "--id", "fig1", "--out", out});
    EXPECT_EQ(figures.exitCode, 0) << figures.err.toStdString();
    EXPECT_FALSE(QDir(out).entryList(QDir::Files).isEmpty());

    EXPECT_EQ(fileHash(db), before);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files), QStringList{"register.sqlite"});
    QFile::setPermissions(folder, all);
    QFile::setPermissions(dir.path(), all);
}
