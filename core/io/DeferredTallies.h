#pragma once

#include <QString>
#include <QVector>

#include <functional>

namespace sc {

class Database;

// The figures' tallies (schema 10, figure_tally_*) counted once after a bulk write of pairings
// rather than as its rows go in, inside the writer's transaction; a refused or cancelled write
// rolls back with the tallies as they were.
//
// SQLite: each pair inserted fires nine small writes into the tallies, where one GROUP BY over
// the rows added counts them all. The triggers that keep the tallies (pairings_tally_insert,
// _delete, _update) are dropped; restore() adds the counts of the pairs inserted since (those
// past the largest id before: the writer holds the file's only write lock, so new pairs are its
// own) and creates the triggers again from the schema's own text. The writer must neither update
// nor delete pairings meanwhile, nor move cities, divisions or regions that pairs copy
// (migration 5's triggers would rewrite those pairs unseen). An import and the register
// generator only add rows.
//
// PostgreSQL: a trigger is never dropped on a server (DROP TRIGGER locks pairings against every
// reader). The transaction-local setting sistercities.defer_tallies makes the statement trigger
// note the new pairs' ids in a temporary table instead of counting them (010_figure_tallies.sql);
// restore() counts exactly those ids (another session's pairs committed meanwhile are counted
// by their own trigger), so no count row is locked until the end of the write.
class DeferredTallies final {
public:
    // Defers the counting (schema 10 or later; otherwise does nothing). Inside a transaction.
    explicit DeferredTallies(Database& database);
    DeferredTallies(const DeferredTallies&) = delete;
    DeferredTallies& operator=(const DeferredTallies&) = delete;

    bool active() const { return m_server || !m_triggers.isEmpty(); }
    // Counts the pairs added since the constructor into the tallies, and counts as before from
    // then on. Asks `goOn` between its steps; false when it says no (the rollback puts
    // everything back).
    bool restore(const std::function<bool()>& goOn);

private:
    void restoreOnServer();

    Database& m_database;
    bool m_server = false;       // deferred on PostgreSQL
    QVector<QString> m_triggers; // their CREATE statements; empty when nothing was dropped
    qint64 m_lastBefore = 0;     // the largest pairing id before the write
};

} // namespace sc
