#pragma once

#include <QDate>

namespace sc {

// How an import runs.
struct ImportOptions {
    bool dryRun = false; // check everything against the database, write nothing
    bool strict = false; // refuse a city the register does not have, rather than create it
    QDate today = QDate::currentDate(); // a date after it is refused as lying in the future
};

} // namespace sc
