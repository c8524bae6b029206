#pragma once

#include <QString>
#include <QVector>

#include <functional>

namespace sc {

class Database;

// The figures' tallies (schema 9, figure_tally_*) counted once after a bulk write of pairings
// rather than pair by pair: each pair inserted fires nine small writes into the tallies, where
// one GROUP BY over the rows added counts them all. Inside the writer's transaction the
// triggers that keep the tallies (pairings_tally_insert, _delete, _update) are dropped;
// restore() adds the counts of the pairs inserted since (those past the largest id before:
// new pairs take ids after it) and creates the triggers again from the schema's own text. A
// refused or cancelled write rolls back with the triggers and the tallies as they were.
//
// Only inserts are deferred: the writer must neither update nor delete pairings meanwhile, nor
// move cities, divisions or regions that pairs copy (migration 5's triggers would rewrite
// those pairs unseen). An import and the register generator only add rows.
class DeferredTallies final {
public:
    // Drops the triggers (SQLite, schema 9 or later; otherwise does nothing).
    explicit DeferredTallies(Database& database);
    DeferredTallies(const DeferredTallies&) = delete;
    DeferredTallies& operator=(const DeferredTallies&) = delete;

    bool active() const { return !m_triggers.isEmpty(); }
    // Counts the pairs added since the constructor into the tallies, and creates the triggers
    // again. Asks `goOn` before each tally; false when it says no (the rollback puts the
    // triggers back).
    bool restore(const std::function<bool()>& goOn);

private:
    Database& m_database;
    QVector<QString> m_triggers; // their CREATE statements; empty when nothing was dropped
    qint64 m_lastBefore = 0;     // the largest pairing id before the write
};

} // namespace sc
