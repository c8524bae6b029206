#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sc {

class Database;

// The cities of the database by every key of every name (NameKey variants), read once when an
// import starts; the cities the import adds are remembered by the importers (CreatedCities). A
// file names each city over and over: one lookup in a hash per name keeps an import linear in
// its rows, where a LIKE over search_text per row made it quadratic (see docs/PERFORMANCE.md).
class CityNameIndex final {
public:
    struct Entry {
        qint64 id = 0;
        QString division;
        QString level;
        QStringList keys; // the normalised names, without variants
    };

    explicit CityNameIndex(Database& database);

    // The cities of `country` (and of `division`, when given) one of whose names has `name`'s
    // key or is `name` without an administrative suffix: what CityRepository::findByName finds.
    QVector<Entry> find(const QString& name, const QString& country,
                        const QString& division = {}) const;
    // find() for a name whose key (namekey::normalize) the caller has already.
    QVector<Entry> findKey(const QString& key, const QString& country,
                           const QString& division = {}) const;

private:
    void insert(const QString& country, Entry entry, const QStringList& names);

    QVector<Entry> m_entries;
    QHash<QString, QVector<int>> m_byKey; // country + key -> indices into m_entries
};

} // namespace sc
