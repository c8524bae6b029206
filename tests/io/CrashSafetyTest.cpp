// An import killed with SIGKILL at random moments: the database opens afterwards, passes
// PRAGMA integrity_check, and holds either all of the file or none of it.
#include "CliRunner.h"
#include "Database.h"
#include "SqlSupport.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace sc;
using namespace clirunner;

namespace {

struct Counts {
    int pairings = 0;
    int cities = 0;
    int sources = 0;
    bool operator==(const Counts& o) const
    {
        return pairings == o.pairings && cities == o.cities && sources == o.sources;
    }
};

Counts countsOf(const QString& path, QString* integrity = nullptr)
{
    auto db = Database::open(path);
    const QSqlDatabase c = db->connection();
    if (integrity)
        *integrity = sql::scalar(c, "PRAGMA integrity_check").toString();
    return {sql::scalar(c, "SELECT count(*) FROM pairings").toInt(),
            sql::scalar(c, "SELECT count(*) FROM cities").toInt(),
            sql::scalar(c, "SELECT count(*) FROM sources").toInt()};
}

// 200 new Chinese cities × 100 new Japanese ones: 20,000 pairings, 300 cities, one source.
QString writeLargeCsv(const QString& path)
{
    QString text = QStringLiteral("a_country,a_city,b_country,b_city,established,source,note\n");
    for (int a = 0; a < 200; ++a)
        for (int b = 0; b < 100; ++b)
            text += QStringLiteral("CN,Crash CN %1,JP,Crash JP %2,%3,Crash list,row %4\n")
                        .arg(a)
                        .arg(b)
                        .arg(1950 + (a + b) % 70)
                        .arg(a * 100 + b);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

} // namespace

TEST(CrashSafety, ImportKilledAtRandomMomentsLeavesAllOrNothing)
{
    TempDir dir;
    const QString base = dir.file("base.sqlite");
    testdata::generate(base, 40);
    const QString csv = writeLargeCsv(dir.file("large.csv"));
    const Counts before = countsOf(base);
    const Counts after{before.pairings + 20000, before.cities + 300, before.sources + 1};

    // One whole run, to know how long an import takes here and what it leaves.
    const QString whole = dir.file("whole.sqlite");
    ASSERT_TRUE(QFile::copy(base, whole));
    QElapsedTimer timer;
    timer.start();
    const CliRun run = cli({"--db", whole, "import", csv});
    const qint64 duration = timer.elapsed();
    ASSERT_EQ(run.exitCode, 0) << run.err.right(500).toStdString();
    EXPECT_EQ(countsOf(whole), after);

    QRandomGenerator random(20180920);
    const QString target = dir.file("killed.sqlite");
    int none = 0;
    int all = 0;
    QElapsedTimer budget;
    budget.start();
    for (int kill = 0; kill < 20 && budget.elapsed() < 120000; ++kill) {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(target + suffix);
        ASSERT_TRUE(QFile::copy(base, target));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SISTERCITIES_CLI), {"--db", target, "import", csv});
        ASSERT_TRUE(process.waitForStarted());
        // Mostly inside the import, sometimes around or after its commit.
        QThread::msleep(random.bounded(qint64(20), qMax<qint64>(100, duration * 6 / 5)));
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();

        QString integrity;
        const Counts found = countsOf(target, &integrity);
        EXPECT_EQ(integrity, "ok") << "after kill " << kill;
        EXPECT_TRUE(found == before || found == after)
            << "after kill " << kill << ": " << found.pairings << " pairings, " << found.cities
            << " cities";
        (found == after ? all : none) += 1;
    }
    EXPECT_GE(none + all, 10);
    EXPECT_GT(none, 0); // some kills did land inside the import
    std::cout << "[          ] import of 20,000 rows: " << duration << " ms; killed " << none + all
              << " times: " << none << " left nothing, " << all << " came after the commit\n";
}
