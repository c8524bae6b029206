// A second process for the safety tests: it holds the database's write lock, or edits it, while
// the test process does the same. Each mode prints "ready" once it holds what the test waits for.
//
//   sistercities-dbholder lock FILE SECONDS       BEGIN IMMEDIATE, hold it, roll back
//   sistercities-dbholder exclusive FILE SECONDS  locking_mode EXCLUSIVE: not even readers pass
//   sistercities-dbholder increment FILE ID N     N read-modify-writes of a pairing's note
//                                                 through PairingRepository, retrying conflicts
//   sistercities-dbholder edit-loop FILE          edits for ever, each moving one unit between
//                                                 two pairings in one transaction
//   sistercities-dbholder note FILE ID            prints a pairing's note, as a fresh process
//                                                 reads it
#include "Database.h"
#include "Error.h"
#include "PairingRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace sc;

namespace {

void ready()
{
    std::puts("ready");
    std::fflush(stdout);
}

int holdLock(const QString& path, int seconds, bool exclusive)
{
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    db.setDatabaseName(path);
    if (!db.open())
        return 3;
    {
        QSqlQuery query(db);
        if (exclusive) {
            query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
            // In WAL mode the exclusive lock is taken by the first read.
            if (!query.exec(QStringLiteral("BEGIN EXCLUSIVE")) ||
                !query.exec(QStringLiteral("SELECT count(*) FROM pairings")))
                return 4;
        } else if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            return 4;
        }
        ready();
        QThread::sleep(seconds);
        query.exec(QStringLiteral("ROLLBACK"));
    }
    db.close();
    return 0;
}

int increment(const QString& path, qint64 id, int times)
{
    auto database = Database::open(path);
    PairingRepository pairings(*database);
    ready();
    int conflicts = 0;
    for (int done = 0; done < times;) {
        Pairing pairing = *pairings.get(id);
        pairing.note = QString::number(pairing.note.toInt() + 1);
        try {
            Transaction transaction(*database);
            pairings.update(pairing);
            transaction.commit();
            ++done;
        } catch (const Error& error) {
            if (error.kind() != Error::Kind::Conflict && error.kind() != Error::Kind::Database)
                throw;
            ++conflicts;
        }
    }
    std::printf("conflicts %d\n", conflicts);
    return 0;
}

int editLoop(const QString& path)
{
    auto database = Database::open(path);
    PairingRepository pairings(*database);
    ready();
    for (int i = 0;; ++i) {
        Transaction transaction(*database);
        Pairing from = *pairings.get(1 + i % 2);
        Pairing to = *pairings.get(2 - i % 2);
        from.note = QString::number(from.note.toInt() - 1);
        to.note = QString::number(to.note.toInt() + 1);
        pairings.update(from);
        pairings.update(to);
        transaction.commit();
    }
}

int printNote(const QString& path, qint64 id)
{
    auto database = Database::open(path, Database::Mode::ReadOnly);
    ready();
    const auto pairing = PairingRepository(*database).get(id);
    if (!pairing)
        return 5;
    std::printf("%s\n", qPrintable(pairing->note));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    try {
        if (args.size() == 4 && args[1] == QLatin1String("lock"))
            return holdLock(args[2], args[3].toInt(), false);
        if (args.size() == 4 && args[1] == QLatin1String("exclusive"))
            return holdLock(args[2], args[3].toInt(), true);
        if (args.size() == 5 && args[1] == QLatin1String("increment"))
            return increment(args[2], args[3].toLongLong(), args[4].toInt());
        if (args.size() == 4 && args[1] == QLatin1String("note"))
            return printNote(args[2], args[3].toLongLong());
        if (args.size() == 3 && args[1] == QLatin1String("edit-loop"))
            return editLoop(args[2]);
    } catch (const Error& error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    std::fprintf(stderr, "usage: see the comment at the top of DbHolder.cpp\n");
    return 2;
}
