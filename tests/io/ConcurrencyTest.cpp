// Several processes writing one database at once, on either engine (the PostgreSQL run is
// ctest -L postgresql): read-modify-write edits of one pairing, retried on conflict, beside
// all-or-nothing imports through the CLI. The final state is the sum of what each process says
// it committed: no commit lost, no import half written.
#include "Database.h"
#include "PairingRepository.h"
#include "SqlSupport.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace sc;

namespace {

// A file of `rows` new pairings between cities no one has named yet, unique to `tag`.
QString importFile(const TempDir& dir, const QString& tag, int rows)
{
    QString text = QStringLiteral("a_country,a_division,a_city,b_country,b_division,b_city,"
                                  "established,status,kind,source,note\n");
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("CN,CN-JS,%1 Chinese %2,JP,JP-13,%1 Japanese %2,1990,active,"
                               "sister,Paper %1,\n")
                    .arg(tag)
                    .arg(i);
    const QString path = dir.file(tag + QStringLiteral(".csv"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

} // namespace

TEST(Concurrency, EditsAndImportsFromSeveralProcessesAllCount)
{
    TempDir dir;
    const QString location = testdata::generate(dir.file("shared.sqlite"), 20).database->path();
    int pairingsBefore = 0;
    {
        auto db = Database::open(location);
        pairingsBefore =
            sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM pairings")).toInt();
    }

    constexpr int kEditors = 3;
    constexpr int kEdits = 40;
    constexpr int kImporters = 3;
    constexpr int kRows = 25;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < kEditors; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(
            QStringLiteral(SISTERCITIES_DBHOLDER),
            {QStringLiteral("increment"), location, QStringLiteral("2"), QString::number(kEdits)});
        processes.push_back(std::move(process));
    }
    for (int i = 0; i < kImporters; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(SISTERCITIES_CLI),
                       {QStringLiteral("--db"), location, QStringLiteral("import"),
                        importFile(dir, QStringLiteral("batch%1").arg(i), kRows)});
        processes.push_back(std::move(process));
    }
    for (const auto& process : processes) {
        ASSERT_TRUE(process->waitForFinished(240000));
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
    }

    auto db = Database::open(location);
    const Pairing edited = *PairingRepository(*db).get(2);
    EXPECT_EQ(edited.note.toInt(), kEditors * kEdits);
    EXPECT_EQ(edited.rowVersion, 1 + kEditors * kEdits);
    EXPECT_EQ(
        sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM pairings")).toInt(),
        pairingsBefore + kImporters * kRows);
    // Each batch is whole: its own source carries all its rows.
    for (int i = 0; i < kImporters; ++i)
        EXPECT_EQ(sql::scalar(db->connection(),
                              QStringLiteral("SELECT count(*) FROM pairings p JOIN sources s ON "
                                             "s.id = p.source_id WHERE s.title = ?"),
                              {QStringLiteral("Paper batch%1").arg(i)})
                      .toInt(),
                  kRows);
}
