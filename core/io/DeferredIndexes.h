#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace sc {

class Database;

// A bulk import into SQLite: the secondary indexes of the tables it fills are dropped inside
// the import's transaction and built again from the schema's own text (sqlite_master) before
// the commit. Building an index once over sorted keys costs far less than keeping it current
// through a million random inserts. Unique indexes stay: they refuse a row where it is written.
// Should the import be refused or cancelled, the rollback puts the indexes back as they were.
class DeferredIndexes final {
public:
    // Drops the non-unique indexes of `tables` (SQLite only; on a server, does nothing).
    DeferredIndexes(Database& database, const QStringList& tables);
    DeferredIndexes(const DeferredIndexes&) = delete;
    DeferredIndexes& operator=(const DeferredIndexes&) = delete;

    // Whether an import of `rows` rows into a register holding `existing` pairings is bulk:
    // large, and at least as large as what is there (rebuilding pays for those rows too).
    static bool worthIt(int rows, qint64 existing);
    static constexpr int kMinimumRows = 20000;

    // After the rows, before restore(): the page cache made `kibibytes` (SQLite's sorter, which
    // builds the indexes, takes as much again) and the memory let go of returned to the system.
    void shrinkCache(int kibibytes);
    // Builds the dropped indexes again, in their order in the schema, asking `goOn` before each
    // (a window repaints, a Cancel is seen). False when it says no: the indexes are left
    // dropped, for the rollback to put back.
    bool restore(const std::function<bool()>& goOn);
    int dropped() const { return int(m_indexes.size()); }

private:
    struct Index {
        QString name;
        QString sql;
    };
    Database& m_database;
    QVector<Index> m_indexes;
};

} // namespace sc
