#pragma once

#include <QString>
#include <QVector>

namespace sc {

class Database;

// What `sistercities-cli check` looks at in a database that exists already, written perhaps by
// an older version or by hand: SQLite's integrity_check and foreign_key_check, every city name
// against NameNormaliser, and cities that are twins (same country, division, level and native
// name under the width-folded key).
class DatabaseCheck final {
public:
    struct Finding {
        QString check; // integrity, foreign keys, names, duplicates
        QString where; // "cities 12 name_zh", or empty for the whole file
        QString reason;
    };

    explicit DatabaseCheck(Database& database) : m_database(database) {}

    QVector<Finding> run() const;

    QVector<Finding> integrity() const;
    QVector<Finding> foreignKeys() const;
    QVector<Finding> names() const;
    QVector<Finding> duplicates() const;

private:
    Database& m_database;
};

} // namespace sc
