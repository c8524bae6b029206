#include "BenchDatabase.h"

#include "Database.h"
#include "dataset/RegisterGenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <cstdio>

namespace bench {

QString databasePath(int pairings)
{
    const QString dir = qEnvironmentVariableIsSet("SISTERCITIES_BENCH_DIR")
                            ? qEnvironmentVariable("SISTERCITIES_BENCH_DIR")
                            : QDir::tempPath();
    return QDir(dir).filePath(QStringLiteral("sistercities-bench-%1.sqlite").arg(pairings));
}

namespace {
QHash<int, std::shared_ptr<sc::Database>> open;
} // namespace

void closeAll()
{
    open.clear();
}

sc::Database& database(int pairings)
{
    if (!open.contains(pairings)) {
        const QString path = databasePath(pairings);
        if (!QFileInfo::exists(path)) {
            std::fprintf(stderr, "generating %s ...\n", qPrintable(path));
            sc::RegisterGenerator::generate({path, pairings, 1});
        }
        // A file of an older schema is upgraded once, then read read-only like a browser.
        sc::Database::open(path);
        open.insert(pairings, std::shared_ptr<sc::Database>(
                                  sc::Database::open(path, sc::Database::Mode::ReadOnly)));
    }
    return *open.value(pairings);
}

} // namespace bench
