#pragma once

#include "ColumnMap.h"
#include "CsvReader.h"
#include "ImportReport.h"

#include <QStringList>

namespace sc {

class Database;

// Adds the pairings of a CSV file (docs/IMPORT.md) all or nothing: every row is checked against
// the database inside one write transaction, and the transaction is committed only when no row
// has a problem, the run is not a dry run and nobody cancelled it.
class PairingImporter final {
public:
    explicit PairingImporter(Database& database) : m_database(database) {}

    // The fields a pairings file may have (any order), and those it must have.
    static QStringList fields();
    static QStringList requiredFields();
    // Header names accepted and dropped: the id export writes.
    static QStringList ignoredColumns();

    ImportReport run(const CsvReader& csv, const ImportOptions& options = {},
                     const ImportProgress& progress = {});
    ImportReport run(const CsvReader& csv, const ColumnMap& map, const ImportOptions& options,
                     const ImportProgress& progress = {});

private:
    Database& m_database;
};

} // namespace sc
