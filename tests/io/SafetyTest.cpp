// The database file under stress: damaged or locked files, a second process that holds the
// write lock or edits the same row, and edits killed at random moments.
#include "CheckedFiles.h"
#include "Database.h"
#include "Error.h"
#include "PairingRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "support/FileHash.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace sc;

namespace {

// A helper process, started and waited for until it says it holds what it should.
std::unique_ptr<QProcess> startHolder(const QStringList& arguments)
{
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral(SISTERCITIES_DBHOLDER), arguments);
    EXPECT_TRUE(process->waitForStarted());
    while (!process->canReadLine() && process->state() == QProcess::Running)
        process->waitForReadyRead(10000);
    EXPECT_EQ(process->readLine().trimmed(), "ready") << process->readAllStandardError().data();
    return process;
}

QString integrity(Database& db)
{
    return sql::scalar(db.connection(), QStringLiteral("PRAGMA integrity_check")).toString();
}

} // namespace

TEST(Safety, ACorruptedFileIsRefusedAndLeftByteIdentical)
{
    TempDir dir;
    const QString path = dir.file("c.sqlite");
    testdata::generate(path, 400);
    QByteArray bytes;
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        bytes = file.readAll();
    }
    ASSERT_GT(bytes.size(), 8 * 4096);
    // Garbage over pages in the middle: the header is intact, the b-trees are not.
    for (qsizetype i = 2 * 4096; i < 6 * 4096; ++i)
        bytes[i] = char(0x5A ^ (i & 0xFF));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QByteArray before = fileHash(path);
    try {
        Database::open(path);
        ADD_FAILURE() << "a corrupted file opened";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Database);
        EXPECT_TRUE(error.message().contains("damaged")) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains("left unchanged"));
    }
    EXPECT_EQ(fileHash(path), before);
}

// The full check reads every page of a file (seconds at a million pairings): a file this
// application checked, or closed after writing it, opens without it while nothing else wrote
// it; bytes overwritten behind its back (the size and the header's change counter untouched)
// are still found and the file refused, left as it was.
TEST(Safety, AnUnchangedFileSkipsTheFullCheckAnOverwrittenOneIsRefused)
{
    TempDir dir;
    qputenv("SISTERCITIES_CHECKED_FILES", dir.file("checked-files").toUtf8());
    const QString path = dir.file("c.sqlite");
    testdata::generate(path, 400);
    // Made by create(), never checked by Database::open: checked in full.
    EXPECT_FALSE(CheckedFiles::isKnownSound(path));
    Database::open(path, Database::Mode::ReadOnly);
    EXPECT_TRUE(CheckedFiles::isKnownSound(path)); // a reader changes nothing
    {
        auto db = Database::open(path);
        sql::run(db->connection(), QStringLiteral("UPDATE pairings SET note = 'n' WHERE id = 1"));
        // Open with its -wal: the file alone is not what was checked.
        EXPECT_FALSE(CheckedFiles::isKnownSound(path));
    }
    // Closed by the application after its own write: opened next time without the check.
    EXPECT_TRUE(CheckedFiles::isKnownSound(path));
    Database::open(path);
    EXPECT_TRUE(CheckedFiles::isKnownSound(path));
    QByteArray header;
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        ASSERT_GT(bytes.size(), 8 * 4096);
        header = bytes.left(100);
        QByteArray garbage(4 * 4096, '\0');
        for (qsizetype i = 0; i < garbage.size(); ++i)
            garbage[i] = char(0x5A ^ (i & 0xFF));
        file.seek(2 * 4096);
        file.write(garbage);
    }
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        ASSERT_EQ(file.read(100), header); // the change counter says nothing happened
    }
    EXPECT_FALSE(CheckedFiles::isKnownSound(path)); // the time does
    const QByteArray before = fileHash(path);
    try {
        Database::open(path);
        ADD_FAILURE() << "an overwritten file opened without its check";
    } catch (const Error& error) {
        EXPECT_TRUE(error.message().contains("damaged")) << error.message().toStdString();
    }
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(CheckedFiles::isKnownSound(path));
    qunsetenv("SISTERCITIES_CHECKED_FILES");
}

TEST(Safety, AMissingFolderIsNamed)
{
    TempDir dir;
    const QString path = dir.file("no/such/folder/x.sqlite");
    try {
        Database::create(path);
        ADD_FAILURE();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Io);
        EXPECT_TRUE(error.message().contains("folder")) << error.message().toStdString();
    }
    EXPECT_THROW(Database::open(path), Error);
    EXPECT_FALSE(QFile::exists(dir.file("no")));
}

TEST(Safety, ADatabaseLockedExclusivelyIsRefusedWithAClearMessage)
{
    TempDir dir;
    const QString path = dir.file("x.sqlite");
    testdata::generate(path, 20);
    auto holder = startHolder({"exclusive", path, "30"});
    const QByteArray before = fileHash(path);
    QElapsedTimer timer;
    timer.start();
    try {
        Database::open(path);
        ADD_FAILURE() << "opened a database another program holds exclusively";
    } catch (const Error& error) {
        EXPECT_TRUE(error.message().contains("another program")) << error.message().toStdString();
        EXPECT_FALSE(error.message().contains("damaged")) << error.message().toStdString();
    }
    EXPECT_GE(timer.elapsed(), 4000); // it waited for the lock first
    holder->kill();
    holder->waitForFinished();
    EXPECT_EQ(fileHash(path), before);
    auto db = Database::open(path);
    EXPECT_EQ(integrity(*db), "ok");
}

TEST(Safety, AWriteThatMeetsALockWaitsThenFailsCleanly)
{
    TempDir dir;
    const QString path = dir.file("x.sqlite");
    testdata::generate(path, 20);
    auto db = Database::open(path);
    auto holder = startHolder({"lock", path, "30"});

    // Reading goes on while the other process holds the write lock (WAL).
    EXPECT_EQ(sql::scalar(db->connection(), "SELECT count(*) FROM pairings").toInt(), 20);
    QElapsedTimer timer;
    timer.start();
    try {
        Transaction transaction(*db);
        ADD_FAILURE() << "took the write lock another process holds";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Database);
        EXPECT_TRUE(error.message().contains("another program")) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains("nothing was written"));
    }
    EXPECT_GE(timer.elapsed(), 4500);
    EXPECT_LT(timer.elapsed(), 15000);
    holder->kill();
    holder->waitForFinished();

    // Once the lock is gone, the same write goes through.
    PairingRepository pairings(*db);
    Pairing pairing = *pairings.get(1);
    pairing.note = "after the lock";
    Transaction transaction(*db);
    pairings.update(pairing);
    transaction.commit();
    EXPECT_EQ(pairings.get(1)->note, "after the lock");
    EXPECT_EQ(integrity(*db), "ok");
}

TEST(Safety, AnEditOfARowAnotherProcessChangedIsRefused)
{
    TempDir dir;
    const QString path = testdata::generate(dir.file("x.sqlite"), 5).database->path();
    auto db = Database::open(path);
    PairingRepository pairings(*db);
    Pairing mine = *pairings.get(3);
    mine.note = "mine";

    auto other = startHolder({"increment", path, "3", "1"});
    ASSERT_TRUE(other->waitForFinished(20000));
    EXPECT_EQ(other->exitCode(), 0);

    try {
        pairings.update(mine);
        ADD_FAILURE() << "an edit overwrote another process's change";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Conflict);
        EXPECT_TRUE(error.message().contains("changed by someone else"));
    }
    EXPECT_EQ(pairings.get(3)->note, "1");
}

TEST(Safety, NoUpdateIsLostBetweenTwoProcesses)
{
    TempDir dir;
    const QString path = testdata::generate(dir.file("x.sqlite"), 5).database->path();
    constexpr int kEach = 150;
    auto first = startHolder({"increment", path, "2", QString::number(kEach)});
    auto second = startHolder({"increment", path, "2", QString::number(kEach)});
    ASSERT_TRUE(first->waitForFinished(120000));
    ASSERT_TRUE(second->waitForFinished(120000));
    EXPECT_EQ(first->exitCode(), 0) << first->readAllStandardError().data();
    EXPECT_EQ(second->exitCode(), 0) << second->readAllStandardError().data();
    auto db = Database::open(path);
    const auto pairing = PairingRepository(*db).get(2);
    EXPECT_EQ(pairing->note.toInt(), 2 * kEach);
    EXPECT_EQ(pairing->rowVersion, 1 + 2 * kEach);
}

namespace {

// What a new process reads as pairing `id`'s note.
QByteArray noteSeenByAnotherProcess(const QString& path, qint64 id)
{
    auto reader = startHolder({"note", path, QString::number(id)});
    EXPECT_TRUE(reader->waitForFinished(20000));
    EXPECT_EQ(reader->exitCode(), 0) << reader->readAllStandardError().data();
    return reader->readAllStandardOutput().trimmed();
}

// An edit committed through `db` after another process opened, edited and closed the file.
void editAfterAnotherProcessClosed(Database& db, const QString& path)
{
    auto other = startHolder({"increment", path, "2", "1"});
    ASSERT_TRUE(other->waitForFinished(20000));
    ASSERT_EQ(other->exitCode(), 0) << other->readAllStandardError().data();
    // The other process was not the file's last user: it left the WAL to this one.
    EXPECT_TRUE(QFile::exists(path + "-wal"));

    PairingRepository pairings(db);
    Pairing mine = *pairings.get(3);
    mine.note = "committed after the other process closed";
    Transaction transaction(db);
    pairings.update(mine);
    transaction.commit();
    EXPECT_EQ(noteSeenByAnotherProcess(path, 3), "committed after the other process closed");
    EXPECT_EQ(noteSeenByAnotherProcess(path, 2), "1");
}

} // namespace

// SQLite's locks are POSIX advisory locks, and any close() of the file by the same process
// drops them all. Opening read the file's header and stamp with a descriptor of its own while
// SQLite held the file: the connection lost its lock unknowingly, the next process to close
// took itself for the last one, folded the WAL in and deleted it, and every later commit of
// this connection went into the deleted file (Safety.NoUpdateIsLostBetweenTwoProcesses lost
// increments under load).
TEST(Safety, AnotherProcessClosingNeverTakesTheWalFromAnOpenConnection)
{
    TempDir dir;
    const QString path = testdata::generate(dir.file("x.sqlite"), 5).database->path();
    ASSERT_FALSE(QFile::exists(path + "-wal")); // closed cleanly: the open reads the stamp
    auto db = Database::open(path);
    editAfterAnotherProcessClosed(*db, path);
}

// A second connection of the same process (a worker's) on a file already open: opening and
// closing it must not drop the first one's locks either.
TEST(Safety, ASecondConnectionOfTheProcessLeavesTheFirstOnesLocks)
{
    TempDir dir;
    const QString path = testdata::generate(dir.file("x.sqlite"), 5).database->path();
    auto db = Database::open(path);
    auto reader = Database::open(path, Database::Mode::ReadOnly);
    EXPECT_EQ(PairingRepository(*reader).get(2)->id, 2);
    auto writer = Database::open(path);
    writer.reset();
    reader.reset();
    editAfterAnotherProcessClosed(*db, path);
}

// Each edit moves one unit between two pairings in one transaction; killed at any moment, the
// file opens, is sound, and holds whole edits only: the two notes always sum to zero.
TEST(Safety, EditsKilledAtRandomMomentsLeaveWholeEditsOnly)
{
    TempDir dir;
    const QString path = dir.file("x.sqlite");
    testdata::generate(path, 5);
    QRandomGenerator random(7);
    int lastVersion = 0;
    for (int kill = 0; kill < 12; ++kill) {
        auto process = startHolder({"edit-loop", path});
        QThread::msleep(random.bounded(20, 400));
        ::kill(pid_t(process->processId()), SIGKILL);
        process->waitForFinished();

        auto db = Database::open(path);
        EXPECT_EQ(integrity(*db), "ok");
        PairingRepository pairings(*db);
        const Pairing one = *pairings.get(1);
        const Pairing two = *pairings.get(2);
        EXPECT_EQ(one.note.toInt() + two.note.toInt(), 0) << "after kill " << kill;
        EXPECT_EQ(one.rowVersion, two.rowVersion) << "after kill " << kill;
        EXPECT_GE(one.rowVersion, lastVersion); // committed edits survive the kill
        lastVersion = one.rowVersion;
    }
    EXPECT_GT(lastVersion, 1); // the loop did commit edits between kills
}
