#include "BundledDataset.h"

#include "CityDisplayName.h"
#include "DatasetCompiler.h"
#include "Error.h"
#include "ServerAddress.h"
#include "Transaction.h"
#include "io/DeferredTallies.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

static void initDatasetResource()
{
    Q_INIT_RESOURCE(dataset);
}

namespace sc::bundled {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("sc::bundled", text);
}
} // namespace

QString factsDir()
{
    static const bool done = [] {
        initDatasetResource();
        return true;
    }();
    Q_UNUSED(done);
    return QStringLiteral(":/dataset");
}

namespace {

void load(Database& database, bool empty)
{
    Transaction transaction(database);
    // The register's pairs go in one statement each: the figures' tallies count them once
    // after (on a server, a statement trigger's run for each pair cost a bundled register 1-2 s).
    DeferredTallies tallies(database);
    DatasetCompiler compiler(database, factsDir());
    if (empty)
        compiler.compileReference();
    else
        compiler.compile();
    tallies.restore([] { return true; });
    // A new register opens with its cities' display names stored (schema 7): its first
    // window computes none of them.
    CityDisplayName::refreshAll(database);
    transaction.commit();
}

} // namespace

std::unique_ptr<Database> createDatabase(const QString& path, bool empty)
{
    if (ServerAddress::isServer(path)) {
        // A server's database cannot be built aside and renamed into place: the schema is made
        // on the (checked empty) database and the dataset loaded, all in one transaction.
        return Database::create(path, -1, [empty](Database& database) { load(database, empty); });
    }
    if (QFileInfo::exists(path))
        throw Error(Error::Kind::Io, tr("%1 exists already; it was left unchanged").arg(path));
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial); // a leftover of an earlier crash, never the user's file
    try {
        {
            auto database = Database::create(partial);
            load(*database, empty);
        }
        // The connection is closed: the -wal is checkpointed into the file before the rename.
        if (!QFile::rename(partial, path))
            throw Error(Error::Kind::Io, tr("cannot create %1").arg(path));
    } catch (...) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        throw;
    }
    return Database::open(path);
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/sistercities.sqlite");
}

std::unique_ptr<Database> openDefault(Database::Mode mode)
{
    const QString path = defaultDatabasePath();
    if (!QFileInfo::exists(path)) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            throw Error(Error::Kind::Io,
                        tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath()));
        createDatabase(path);
    }
    return Database::open(path, mode);
}

} // namespace sc::bundled
