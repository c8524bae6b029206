#pragma once

#include "model/City.h"

#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <optional>

namespace sc {

class Database;

// Cities: added, read, corrected and removed, each write checked against the row it replaces.
class CityRepository final {
public:
    explicit CityRepository(Database& database) : m_database(database) {}

    qint64 add(const City& city);
    std::optional<City> get(qint64 id) const;
    std::optional<City> findByKey(const QString& key) const;
    // Cities of `country` (and `division`, when given) one of whose names equals `name` in any
    // language, case- and width-insensitively.
    QVector<qint64> findByName(const QString& name, const QString& country = {},
                               const QString& division = {}) const;
    // Writes `city` over the stored row if its rowVersion still matches; else Error::Conflict.
    void update(const City& city);
    // Removes a city that no pairing names; else Error::Invalid saying how many do.
    void remove(qint64 id, int rowVersion);
    int pairingCount(qint64 id) const;

    // The columns a new city's row is written to, and its values in that order: what add()
    // writes, for writers of many rows at once (the importers' BatchInserter).
    static QStringList insertColumns();
    static QVariantList insertValues(const City& city);

    // Why `city` cannot be stored, or empty.
    QString validate(const City& city) const;

private:
    Database& m_database;
};

} // namespace sc
