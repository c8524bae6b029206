#pragma once

#include "ColumnMap.h"
#include "CsvReader.h"
#include "ImportReport.h"

#include <QStringList>

namespace sc {

class Database;

// Adds the cities of a CSV file (columns: cityrecord::columns(), docs/IMPORT.md) all or
// nothing, like PairingImporter. A city that exists already (same country and division, and
// one of its names equal to the native name) is a problem, not a silent second copy.
class CityImporter final {
public:
    explicit CityImporter(Database& database) : m_database(database) {}

    static QStringList fields();
    static QStringList requiredFields();

    ImportReport run(const CsvReader& csv, const ImportOptions& options = {},
                     const ImportProgress& progress = {});
    ImportReport run(const CsvReader& csv, const ColumnMap& map, const ImportOptions& options,
                     const ImportProgress& progress = {});

private:
    Database& m_database;
};

} // namespace sc
