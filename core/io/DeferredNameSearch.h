#pragma once

#include <QString>

#include <functional>

namespace sc {

class Database;

// The name search's full-text index (FTS5 `city_names`, fed by the trigger `cities_names_insert`)
// filled once, after an import's rows, rather than city by city. FTS5 writes what it holds in
// memory to a new segment whenever a statement opens a savepoint, which every batch of an import
// does: fed row by row, a million-row import made tens of thousands of small segments whose
// merging grew faster than the rows (docs/PERFORMANCE.md, "Import"). Inside the import's
// transaction the trigger is dropped, and restore() feeds the index the cities the import added
// with one statement and creates the trigger again from the schema's own text. A refused or
// cancelled import rolls back with the trigger as it was. Only a trigger whose text is the one
// known here is deferred: a schema that feeds the index otherwise keeps its trigger.
class DeferredNameSearch final {
public:
    // Drops the trigger (SQLite only; on a server, or with another trigger, does nothing).
    explicit DeferredNameSearch(Database& database);
    DeferredNameSearch(const DeferredNameSearch&) = delete;
    DeferredNameSearch& operator=(const DeferredNameSearch&) = delete;

    bool active() const { return !m_triggerSql.isEmpty(); }
    // Feeds the index the cities added since the constructor, and creates the trigger again.
    // Asks `goOn` between chunks of cities; false when it says no (the rollback puts the
    // trigger back).
    bool restore(const std::function<bool()>& goOn);

private:
    Database& m_database;
    QString m_triggerSql;    // empty when nothing was dropped
    qint64 m_lastBefore = 0; // the largest city id before the import
};

} // namespace sc
