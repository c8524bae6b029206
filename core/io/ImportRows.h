#pragma once

#include "CsvReader.h"

namespace sc {

// What differs between the importers: how one record of the file is checked and written. The
// rest of an import (header, transaction, progress, commit or roll back) is ImportRun's.
class ImportRows {
public:
    virtual ~ImportRows() = default;

    // Checks `record` and writes it, or reports its problems in the session's report.
    virtual void import(const CsvReader::Record& record) = 0;
    // Writes what import() left pending, once every row is checked and none has a problem.
    virtual void finish() {}
};

} // namespace sc
