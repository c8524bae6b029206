#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace sc {

class Database;

// The name search's indexes filled once, after an import's rows, rather than city by city: the
// full-text index (FTS5 `city_names`, fed by the trigger `cities_names_insert`) and the index of
// keys of one or two characters (`city_grams`, schema 9, every city's since schema 11, fed by
// `cities_grams_insert`). FTS5 writes what it
// holds in memory to a new segment whenever a statement opens a savepoint, which every batch of
// an import does: fed row by row, a million-row import made tens of thousands of small segments
// whose merging grew faster than the rows (docs/PERFORMANCE.md, "Import"); the grams of a city
// cost a view's work per row where one statement sorts them all. Inside the import's
// transaction the triggers are dropped, and restore() feeds each index the cities the import
// added with one statement per chunk and creates the triggers again from the schema's own text.
// A refused or cancelled import rolls back with the triggers as they were. Only a trigger whose
// text is the one known here is deferred: a schema that feeds an index otherwise keeps its
// trigger.
class DeferredNameSearch final {
public:
    // Drops the triggers (SQLite only; on a server, or with other triggers, does nothing).
    explicit DeferredNameSearch(Database& database);
    DeferredNameSearch(const DeferredNameSearch&) = delete;
    DeferredNameSearch& operator=(const DeferredNameSearch&) = delete;

    bool active() const { return !m_dropped.isEmpty(); }
    // Feeds the indexes the cities added since the constructor, and creates the triggers again.
    // Asks `goOn` between chunks of cities; false when it says no (the rollback puts the
    // triggers back).
    bool restore(const std::function<bool()>& goOn);

private:
    Database& m_database;
    QList<int> m_dropped;    // which of the known triggers were dropped
    QStringList m_triggers;  // their text, as the schema had it
    qint64 m_lastBefore = 0; // the largest city id before the import
};

} // namespace sc
