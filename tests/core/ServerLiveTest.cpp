// Live changes and lost connections on PostgreSQL (ctest -L postgresql): a commit of another
// connection is heard by a ChangeListener and its own commits are not; a server restarted under
// an open database is noticed by the ConnectionGuard, an edit tried meanwhile fails loudly and
// writes nothing, and the reconnected database sees every edit that was reported as done; `init`
// that fails half-way leaves the database as empty as it was. A COMMIT whose answer is lost (a
// relay cuts the connection right after it, or right before it) is reported as in doubt, and
// the server says, once connected again, whether it committed. An SQLite file hears another
// connection's commit too (FileLive, run on every build).
#include "ChangeListener.h"
#include "CommitInDoubt.h"
#include "ConnectionGuard.h"
#include "Error.h"
#include "PairingRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "dataset/BundledDataset.h"
#include "support/CommitCutRelay.h"
#include "support/TempDir.h"
#include "support/TestBackend.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>

#include <gtest/gtest.h>

#include <functional>

using namespace sc;

namespace {

// Runs the event loop until `done` (the notices arrive through it), for at most 20 s: a
// guard against a hang, not a measure of speed.
bool waitFor(const std::function<bool()>& done, int atMostMs = 20000)
{
    QDeadlineTimer deadline(atMostMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

// Lets the event loop run until no event is waiting (queued notices are delivered).
void drainEvents()
{
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void setNote(Database& database, qint64 id, const QString& note)
{
    Transaction transaction(database);
    Pairing pairing = *PairingRepository(database).get(id);
    pairing.note = note;
    PairingRepository(database).update(pairing);
    transaction.commit();
}

qint64 firstPairing(Database& database)
{
    QSqlQuery query =
        sql::run(database.connection(), QStringLiteral("SELECT min(id) FROM pairings"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

// How many tables, collations and functions of its own the database holds.
int objectsIn(const QString& database)
{
    const QString connection = QStringLiteral("live-test-count");
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        const QUrl url(testbackend::adminLocation(database));
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral(
                "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                "c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'S')) + "
                "(SELECT count(*) FROM pg_collation WHERE collname LIKE 'sc\\_%') + "
                "(SELECT count(*) FROM pg_proc WHERE proname LIKE 'sc\\_%')"));
            if (query.next())
                count = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return count;
}

} // namespace

TEST(PgServerLive, AnotherConnectionsCommitIsHeardAndItsOwnAreNot)
{
    TempDir dir;
    auto mine = testbackend::createBundled(dir.file("x.sqlite"));
    auto theirs = Database::open(mine->path());
    const qint64 id = firstPairing(*mine);

    ChangeListener listener;
    listener.attach(*mine);
    ASSERT_TRUE(listener.isListening());
    QStringList heard;
    QObject::connect(&listener, &ChangeListener::changed,
                     [&heard](const QString& role) { heard << role; });
    int ownNotices = 0;
    QObject::connect(
        mine->connection().driver(), &QSqlDriver::notification,
        [&ownNotices](const QString&, QSqlDriver::NotificationSource source, const QVariant&) {
            if (source == QSqlDriver::SelfSource)
                ++ownNotices;
        });

    // The window's own edit: the server announces it to its own session too, and it is dropped.
    setNote(*mine, id, QStringLiteral("mine"));
    ASSERT_TRUE(waitFor([&] { return ownNotices == 1; }));
    drainEvents();
    EXPECT_TRUE(heard.isEmpty());

    // A transaction that rolls back announces nothing; a commit does, once.
    {
        Transaction transaction(*theirs);
        Pairing pairing = *PairingRepository(*theirs).get(id);
        pairing.note = QStringLiteral("never");
        PairingRepository(*theirs).update(pairing);
    }
    setNote(*theirs, id, QStringLiteral("theirs"));
    ASSERT_TRUE(waitFor([&] { return !heard.isEmpty(); }));
    drainEvents();
    EXPECT_EQ(heard, QStringList{QStringLiteral("sc_owner")});
    EXPECT_EQ(PairingRepository(*mine).get(id)->note, QStringLiteral("theirs"));

    listener.detach();
    EXPECT_FALSE(listener.isListening());
    setNote(*theirs, id, QStringLiteral("unheard"));
    drainEvents();
    EXPECT_EQ(heard.size(), 1);
}

TEST(PgServerLive, ARestartedServerIsNoticedAndNoEditIsLost)
{
    TempDir dir;
    auto mine = testbackend::createBundled(dir.file("x.sqlite"));
    auto other = Database::open(mine->path());
    const qint64 id = firstPairing(*mine);
    ConnectionGuard guard;
    guard.setDatabase(mine.get());
    QStringList lost;
    int restored = 0;
    QObject::connect(&guard, &ConnectionGuard::lost,
                     [&lost](const QString& problem) { lost << problem; });
    QObject::connect(&guard, &ConnectionGuard::restored, [&restored] { ++restored; });
    ChangeListener listener;
    listener.attach(*mine);

    EXPECT_TRUE(guard.check());
    setNote(*mine, id, QStringLiteral("saved before the restart")); // reported as done

    testbackend::restartServer();

    // The edit tried on the cut connection fails with an error: the caller tells the user.
    EXPECT_THROW(setNote(*mine, id, QStringLiteral("tried while cut off")), Error);
    EXPECT_FALSE(guard.check());
    EXPECT_TRUE(guard.isLost());
    ASSERT_EQ(lost.size(), 1);
    EXPECT_FALSE(lost.first().isEmpty());
    EXPECT_FALSE(guard.check()); // reported once
    EXPECT_EQ(lost.size(), 1);

    ASSERT_TRUE(guard.reconnect());
    EXPECT_FALSE(guard.isLost());
    EXPECT_EQ(restored, 1);
    EXPECT_TRUE(guard.check());
    // What was reported as saved is there; what failed is not.
    EXPECT_EQ(PairingRepository(*mine).get(id)->note, QStringLiteral("saved before the restart"));
    // The reconnected database writes again, and listens again once attached anew.
    listener.attach(*mine);
    EXPECT_TRUE(listener.isListening());
    QStringList heard;
    QObject::connect(&listener, &ChangeListener::changed,
                     [&heard](const QString& role) { heard << role; });
    other = Database::open(mine->path()); // the other connection was cut as well
    setNote(*other, id, QStringLiteral("after the restart"));
    ASSERT_TRUE(waitFor([&] { return !heard.isEmpty(); }));
    setNote(*mine, id, QStringLiteral("mine again"));
    EXPECT_EQ(PairingRepository(*other).get(id)->note, QStringLiteral("mine again"));
}

namespace {

// Sets the note of pairing `id` through `database`, whose COMMIT `relay` cuts as `cut` says;
// returns the token of the commit in doubt (0 when the commit did not throw CommitInDoubt).
qint64 setNoteCut(Database& database, CommitCutRelay& relay, CommitCutRelay::Cut cut, qint64 id,
                  const QString& note)
{
    relay.arm(cut);
    try {
        setNote(database, id, note);
    } catch (const CommitInDoubt& doubt) {
        EXPECT_FALSE(doubt.message().isEmpty());
        return doubt.token();
    } catch (const Error& error) {
        ADD_FAILURE() << "not in doubt: " << error.message().toStdString();
    }
    return 0;
}

} // namespace

// Two connections to one server, "mine" through a relay that can cut it at a COMMIT.
class PgServerInDoubt : public ::testing::Test {
protected:
    TempDir dir;
    const QString location = testbackend::createBundled(dir.file("x.sqlite"))->path();
    const QUrl url{location};
    CommitCutRelay relay{url.host(), url.port()};
    std::unique_ptr<Database> mine = Database::open(relay.through(location));
    std::unique_ptr<Database> other = Database::open(location);
    const qint64 id = firstPairing(*mine);
    const QString before = PairingRepository(*other).get(id)->note;
};

TEST_F(PgServerInDoubt, ACommitWhoseAnswerIsLostIsInDoubtUntilTheServerSaysItCommitted)
{

    // The server received the COMMIT; its answer never came back.
    const qint64 token = setNoteCut(*mine, relay, CommitCutRelay::Cut::AfterCommitSent, id,
                                    QStringLiteral("committed, answer lost"));
    ASSERT_TRUE(relay.hasCut());
    ASSERT_NE(token, 0);
    EXPECT_FALSE(mine->isConnected());
    EXPECT_EQ(mine->commitStatus(token), SqlDialect::CommitStatus::Unknown); // cannot ask yet
    mine->reconnect();
    // The old session may still be finishing its commit; the server knows once it has.
    ASSERT_TRUE(
        waitFor([&] { return mine->commitStatus(token) != SqlDialect::CommitStatus::Unknown; }));
    EXPECT_EQ(mine->commitStatus(token), SqlDialect::CommitStatus::Committed);
    EXPECT_EQ(PairingRepository(*other).get(id)->note, QStringLiteral("committed, answer lost"));
    EXPECT_NE(PairingRepository(*other).get(id)->note, before);
}

TEST_F(PgServerInDoubt, ACommitCutBeforeTheServerHadItIsInDoubtUntilTheServerSaysItRolledBack)
{

    const qint64 token = setNoteCut(*mine, relay, CommitCutRelay::Cut::BeforeCommitSent, id,
                                    QStringLiteral("never committed"));
    ASSERT_TRUE(relay.hasCut());
    ASSERT_NE(token, 0);
    mine->reconnect();
    ASSERT_TRUE(
        waitFor([&] { return mine->commitStatus(token) != SqlDialect::CommitStatus::Unknown; }));
    EXPECT_EQ(mine->commitStatus(token), SqlDialect::CommitStatus::RolledBack);
    EXPECT_EQ(PairingRepository(*other).get(id)->note, before);

    // A write tried while the connection is down is a plain failure, never in doubt: it never
    // reached a COMMIT.
    ASSERT_NE(setNoteCut(*mine, relay, CommitCutRelay::Cut::BeforeCommitSent, id,
                         QStringLiteral("cut again")),
              0);
    bool plainFailure = false;
    try {
        setNote(*mine, id, QStringLiteral("while cut off"));
    } catch (const CommitInDoubt&) {
    } catch (const Error&) {
        plainFailure = true;
    }
    EXPECT_TRUE(plainFailure);
    EXPECT_EQ(PairingRepository(*other).get(id)->note, before);
}

TEST(FileLive, AFileIsNeverLostAndAnotherConnectionsCommitIsHeardAndItsOwnAreNot)
{
    TempDir dir;
    auto file = bundled::createDatabase(dir.file("x.sqlite"));
    ConnectionGuard guard;
    guard.setDatabase(file.get());
    EXPECT_TRUE(guard.check());
    EXPECT_TRUE(guard.reconnect());
    ChangeListener listener;
    listener.attach(*file);
    EXPECT_TRUE(listener.isListening());
    int heard = 0;
    QObject::connect(&listener, &ChangeListener::changed, [&heard] { ++heard; });
    const qint64 id = firstPairing(*file);

    // The window's own commit: already shown, not heard. (Waiting for a signal that must not
    // come: the bound is the file's poll, a second, with room to spare.)
    setNote(*file, id, QStringLiteral("mine"));
    EXPECT_FALSE(waitFor([&] { return heard > 0; }, 3000));

    // Another connection to the same file (another window, another process) commits.
    auto other = Database::open(file->path());
    setNote(*other, id, QStringLiteral("theirs"));
    ASSERT_TRUE(waitFor([&] { return heard > 0; }));
    EXPECT_EQ(heard, 1);
    EXPECT_EQ(PairingRepository(*file).get(id)->note, QStringLiteral("theirs"));

    listener.detach();
    EXPECT_FALSE(listener.isListening());
    setNote(*other, id, QStringLiteral("theirs again"));
    EXPECT_FALSE(waitFor([&] { return heard > 1; }, 3000));
}

TEST(PgServerInit, AnInitThatFailsHalfWayLeavesTheDatabaseAsItWas)
{
    TempDir dir;
    const QString location = testbackend::newLocation(dir.file("x.sqlite"));
    const QString name = testbackend::databaseName(location);
    // Something in the way of the third migration's last table (a type is no table: init
    // accepts the database), which the first two migrations do not see.
    testbackend::adminExec(QStringLiteral("CREATE TYPE survey_answers AS (x int); "
                                          "ALTER TYPE survey_answers OWNER TO sc_owner"),
                           name);
    const int before = objectsIn(name);
    ASSERT_EQ(before, 0);
    try {
        bundled::createDatabase(location);
        ADD_FAILURE() << "init succeeded";
    } catch (const Error& error) {
        EXPECT_TRUE(error.message().contains(QLatin1String("003")))
            << error.message().toStdString();
    }
    EXPECT_EQ(objectsIn(name), 0);

    // And a failure in the dataset's load, after every migration succeeded.
    testbackend::adminExec(QStringLiteral("DROP TYPE survey_answers"), name);
    try {
        Database::create(location, -1, [](Database& database) {
            // Every migration ran, in the same transaction, and the dataset cannot be read.
            EXPECT_EQ(database.schemaVersion(), Database::latestSchemaVersion());
            throw Error(Error::Kind::Io, QStringLiteral("facts.tsv:3:1: unreadable"));
        });
        ADD_FAILURE() << "init succeeded";
    } catch (const Error& error) {
        EXPECT_EQ(error.message(), QStringLiteral("facts.tsv:3:1: unreadable"));
    }
    EXPECT_EQ(objectsIn(name), 0);
    auto made = bundled::createDatabase(location);
    EXPECT_GT(objectsIn(name), 10);
}
