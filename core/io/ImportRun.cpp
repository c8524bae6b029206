#include "ImportRun.h"

#include "ImportSession.h"

#include "../Database.h"
#include "../SqlDialect.h"
#include "../Transaction.h"

namespace sc {

namespace {

// How often the progress callback is asked whether to go on: often enough for a smooth bar and
// a prompt cancel, rarely enough that a million rows do not pay for a million repaints.
constexpr int kProgressEvery = 256;

// The page cache of the import's transaction, in KiB: a million rows grow the indexes of cities
// and pairings by tens of megabytes, and with SQLite's default of 2 MiB their pages would be
// written out and read back over and over before the commit.
constexpr int kImportCacheKiB = 256 * 1024;

// Sets the connection's cache size for the life of the run, and puts the old one back.
class CacheSizeScope final {
public:
    CacheSizeScope(Database& database, int kibibytes)
        : m_dialect(database.dialect()), m_db(database.connection()),
          m_old(m_dialect.cacheSize(m_db))
    {
        m_dialect.setCacheSize(m_db, -kibibytes);
    }
    ~CacheSizeScope()
    {
        try {
            m_dialect.setCacheSize(m_db, m_old);
        } catch (...) {
            // A cache size left larger costs memory only, never data.
        }
    }
    CacheSizeScope(const CacheSizeScope&) = delete;
    CacheSizeScope& operator=(const CacheSizeScope&) = delete;

private:
    const SqlDialect& m_dialect;
    QSqlDatabase m_db;
    int m_old = 0;
};

} // namespace

ImportReport ImportRun::run(Database& database, const CsvReader& csv, const ColumnMap& map,
                            const QStringList& requiredFields, const ImportOptions& options,
                            const ImportProgress& progress, const Rows& rows)
{
    ImportReport report;
    ImportSession session(database, csv, map, report);
    if (!session.checkHeader(requiredFields)) {
        report.sort();
        return report;
    }
    // Everything, checks included, runs inside the transaction: what is checked is what is
    // written, even when another program writes in between.
    Transaction transaction(database);
    const CacheSizeScope cache(database, kImportCacheKiB);
    const std::unique_ptr<ImportRows> importer = rows(session);
    const int total = int(csv.records().size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % kProgressEvery == 0 && !progress(i, total)) {
            report.cancelled = true;
            report.sort();
            return report;
        }
        importer->import(csv.records().at(i));
    }
    if (!report.hasProblems())
        importer->finish();
    if (progress)
        progress(total, total);
    report.sort();
    if (report.hasProblems() || options.dryRun)
        return report;
    transaction.commit();
    report.written = true;
    return report;
}

} // namespace sc
