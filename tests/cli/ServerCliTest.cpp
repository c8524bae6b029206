// The CLI on a PostgreSQL server (ctest -L postgresql; skipped on SQLite): init loads the bundled
// dataset into an empty database and refuses one that holds tables, --create-roles makes a
// reader who may not write and an editor who may, and a password is never taken from argv.
#include "support/TempDir.h"
#include "support/TestBackend.h"

#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <gtest/gtest.h>

namespace {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult cli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(SISTERCITIES_CLI), arguments);
    EXPECT_TRUE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Rows of a fact file of the bundled dataset, read from the source tree: the count that init
// must load, found without the application's code.
int factRows(const char* file)
{
    QFile tsv(QStringLiteral(SISTERCITIES_DATASET_DIR "/") + QLatin1String(file));
    EXPECT_TRUE(tsv.open(QIODevice::ReadOnly)) << file;
    int rows = -1; // the header
    for (const QByteArray& line : tsv.readAll().split('\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith('#'))
            ++rows;
    return rows;
}

} // namespace

TEST(PgServerCli, InitLoadsTheBundledDatasetIntoAnEmptyDatabase)
{
    TempDir dir;
    const QString location = testbackend::newLocation(dir.file("x.sqlite"));
    const CliResult init = cli({"init", "--db", location});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    const CliResult count = cli({"--db", location, "pairings", "--count"});
    ASSERT_EQ(count.exitCode, 0) << count.err.toStdString();
    EXPECT_EQ(count.out.trimmed().toInt(), factRows("register/pairings.tsv"));
    // A second init finds the tables and changes nothing.
    const CliResult again = cli({"init", "--db", location});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains("holds tables")) << again.err.toStdString();
    EXPECT_EQ(cli({"--db", location, "pairings", "--count"}).out, count.out);
}

TEST(PgServerCli, InitRefusesADatabaseHoldingAnotherProgramsTables)
{
    TempDir dir;
    const QString location = testbackend::newLocation(dir.file("x.sqlite"));
    testbackend::adminExec(QStringLiteral("CREATE TABLE ledger (id INT); INSERT INTO ledger "
                                          "VALUES (7)"),
                           testbackend::databaseName(location));
    const CliResult init = cli({"init", "--db", location});
    EXPECT_EQ(init.exitCode, 1);
    EXPECT_TRUE(init.err.contains("left unchanged")) << init.err.toStdString();
    const CliResult open = cli({"--db", location, "stats"});
    EXPECT_EQ(open.exitCode, 1);
    EXPECT_TRUE(open.err.contains("another program")) << open.err.toStdString();
}

TEST(ServerCli, APasswordInTheAddressIsRefused)
{
    // No server is needed: the address is refused before any connection.
    const CliResult run = cli({"--db", "postgresql://alice:hunter2@127.0.0.1:1/x", "stats"});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(".pgpass")) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains("hunter2"));
}

TEST(PgServerCli, CreateRolesMakesAReaderAndAnEditor)
{
    TempDir dir;
    const QString location = testbackend::newLocation(dir.file("x.sqlite"));
    const CliResult init = cli({"init", "--db", location, "--create-roles"});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    testbackend::adminExec(QStringLiteral("DO $$ BEGIN "
                                          "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                                          "'cli_reader') THEN CREATE ROLE cli_reader LOGIN IN "
                                          "ROLE sistercities_reader; END IF; "
                                          "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                                          "'cli_editor') THEN CREATE ROLE cli_editor LOGIN IN "
                                          "ROLE sistercities_editor; END IF; END $$"));
    QString reader = location;
    reader.replace("sc_owner@", "cli_reader@");
    QString editor = location;
    editor.replace("sc_owner@", "cli_editor@");

    const QString csv = dir.file("new.csv");
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("a_country,a_division,a_city,b_country,b_division,b_city,established,status,"
                   "kind,source,note\nCN,,Role Town A,JP,,Role Town B,2001,active,sister,Role "
                   "paper,\n");
    }
    const CliResult before = cli({"--db", reader, "pairings", "--count"});
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    const CliResult refused = cli({"--db", reader, "import", csv});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains("read-only")) << refused.err.toStdString();
    const CliResult imported = cli({"--db", editor, "import", csv});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(cli({"--db", reader, "pairings", "--count"}).out.trimmed().toInt(),
              before.out.trimmed().toInt() + 1);
}
