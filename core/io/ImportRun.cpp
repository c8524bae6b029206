#include "ImportRun.h"

#include "DeferredIndexes.h"
#include "DeferredNameSearch.h"
#include "DeferredTallies.h"
#include "ImportSession.h"

#include "../Database.h"
#include "../SqlDialect.h"
#include "../SqlSupport.h"
#include "../Transaction.h"

#include <optional>

namespace sc {

namespace {

// How often the progress callback is asked whether to go on: often enough for a smooth bar and
// a prompt cancel, rarely enough that a million rows do not pay for a million repaints.
constexpr int kProgressEvery = 256;

// The page cache of the import's transaction, in KiB: a million rows grow the indexes of cities
// and pairings by tens of megabytes, and with SQLite's default of 2 MiB their pages would be
// written out and read back over and over before the commit.
constexpr int kImportCacheKiB = 256 * 1024;
// A bulk import appends to the tables (their secondary indexes and the name search's index are
// filled after the rows): a small cache serves it, and keeps a million rows' import in bounded
// memory. (16 MiB was too small while the name search's index was fed row by row: its merges
// read its own pages back from the WAL over and over.)
constexpr int kBulkCacheKiB = 32 * 1024;
// The cache while the indexes are built: SQLite's sorter takes as much memory again. (At
// 400,000 rows, 16 MiB here made the import some 15 % slower than 64 MiB, and 64 MiB raised its
// peak from 107 to 151 MiB.)
constexpr int kRestoreCacheKiB = 32 * 1024;

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
                            const ImportProgress& progress, const QStringList& tables,
                            const Rows& makeRows)
{
    ImportReport report;
    ImportSession session(database, csv, map, report);
    CsvReader::Record record;
    int rows = 0;
    if (!session.checkHeader(requiredFields)) {
        // A streamed file's problems are found as it is read: all of them are named, as for a
        // file read whole.
        while (csv.streaming() && csv.next(record))
            ++rows;
        if (csv.streaming())
            session.finishReading(rows);
        report.sort();
        return report;
    }
    // Everything, checks included, runs inside the transaction: what is checked is what is
    // written, even when another program writes in between.
    Transaction transaction(database);
    // A file as large as the register, or larger, is written with the indexes built after it.
    const qint64 existing =
        sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM ") + tables.first())
            .toLongLong();
    std::optional<DeferredIndexes> deferred;
    if (options.bulk == ImportOptions::Bulk::Always ||
        (options.bulk == ImportOptions::Bulk::Auto &&
         DeferredIndexes::worthIt(csv.rowsHint(), existing)))
        deferred.emplace(database, tables);
    // The name search's index is filled after the rows whatever the import's size: that costs
    // the new cities only.
    std::optional<DeferredNameSearch> nameSearch;
    if (tables.contains(QStringLiteral("cities")))
        nameSearch.emplace(database);
    // So are the figures' tallies: one GROUP BY over the new pairs instead of nine writes for
    // each.
    std::optional<DeferredTallies> tallies;
    if (tables.contains(QStringLiteral("pairings")))
        tallies.emplace(database);
    const CacheSizeScope cache(database, deferred ? kBulkCacheKiB : kImportCacheKiB);
    QSqlDatabase connection = database.connection();
    database.dialect().beginImport(connection);
    std::unique_ptr<ImportRows> importer = makeRows(session);
    // A streamed file's rows are counted as they are read: its lines are the total meanwhile.
    const int expected = csv.rowsHint();
    const QVector<CsvReader::Record>& held = csv.records();
    const auto next = [&]() -> const CsvReader::Record* {
        if (!csv.streaming())
            return rows < held.size() ? &held.at(rows) : nullptr;
        return csv.next(record) ? &record : nullptr;
    };
    for (const CsvReader::Record* row = next(); row; ++rows, row = next()) {
        if (progress && rows % kProgressEvery == 0 && !progress(rows, qMax(expected, rows))) {
            report.cancelled = true;
            report.sort();
            return report;
        }
        importer->import(*row);
    }
    session.finishReading(rows);
    if (!report.hasProblems())
        importer->finish();
    // What the rows' checks remember (the cities and pairs the file added) is not needed by the
    // index builds, which want memory of their own.
    importer.reset();
    if (!report.hasProblems() && !options.dryRun) {
        if (deferred)
            deferred->shrinkCache(kRestoreCacheKiB);
        // Every row is checked (done == total); what follows takes a while for a large file,
        // and asks between its steps, so that a window repaints and a Cancel still cancels.
        const auto goOn = [&] {
            return !progress || progress(rows, rows);
        };
        if ((nameSearch && !nameSearch->restore(goOn)) || (tallies && !tallies->restore(goOn)) ||
            (deferred && !deferred->restore(goOn))) {
            report.cancelled = true;
            report.sort();
            return report;
        }
    }
    if (progress && !progress(rows, rows) && !report.hasProblems() && !options.dryRun) {
        report.cancelled = true;
        report.sort();
        return report;
    }
    report.sort();
    if (report.hasProblems() || options.dryRun)
        return report;
    transaction.commit();
    report.written = true;
    return report;
}

} // namespace sc
