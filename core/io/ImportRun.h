#pragma once

#include "ColumnMap.h"
#include "CsvReader.h"
#include "ImportReport.h"
#include "ImportRows.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace sc {

class Database;
class ImportSession;

// The one skeleton of every import, all or nothing: the header checked, every row checked and
// written inside one write transaction, progress asked after every few rows, and a commit only
// when no row has a problem, the run is not a dry run and nobody cancelled it.
class ImportRun final {
public:
    // Makes the row importer of one run: it lives as long as the run's session and transaction.
    using Rows = std::function<std::unique_ptr<ImportRows>(ImportSession&)>;

    // `tables`: those the rows are written to, the one each row adds to first (its count
    // decides whether the import is bulk: DeferredIndexes).
    static ImportReport run(Database& database, const CsvReader& csv, const ColumnMap& map,
                            const QStringList& requiredFields, const ImportOptions& options,
                            const ImportProgress& progress, const QStringList& tables,
                            const Rows& makeRows);
};

} // namespace sc
