#pragma once

#include <QDate>

namespace sc {

// How an import runs.
struct ImportOptions {
    bool dryRun = false; // check everything against the database, write nothing
    bool strict = false; // refuse a city the register does not have, rather than create it
    QDate today = QDate::currentDate(); // a date after it is refused as lying in the future
    // Indexes built after the rows (DeferredIndexes): when the file is large against the
    // register, always, or never. The database written is the same either way.
    enum class Bulk { Auto, Always, Never };
    Bulk bulk = Bulk::Auto;
};

} // namespace sc
