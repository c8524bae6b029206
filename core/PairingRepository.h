#pragma once

#include "model/Pairing.h"

#include <QDate>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace sc {

class Database;

// Pairings: added, read, corrected and removed with every rule checked before SQLite sees the
// row, so that a refusal says why in words (the schema's constraints stay as the last guard).
class PairingRepository final {
public:
    explicit PairingRepository(Database& database) : m_database(database) {}

    qint64 add(const Pairing& pairing);
    std::optional<Pairing> get(qint64 id) const;
    // Writes over the stored row if its rowVersion still matches; else Error::Conflict.
    void update(const Pairing& pairing);
    void remove(qint64 id, int rowVersion);
    // The id of the pairing between these two cities, in either order.
    std::optional<qint64> findPair(qint64 cityA, qint64 cityB) const;

    // The columns a new pairing's row is written to, and its values in that order: what add()
    // writes, for writers of many rows at once (the importers' BatchInserter).
    static QStringList insertColumns();
    static QVariantList insertValues(const Pairing& pairing);

    // Why `pairing` cannot be stored, or empty. `today` bounds the date.
    QString validate(const Pairing& pairing, const QDate& today = QDate::currentDate()) const;

private:
    Database& m_database;
};

} // namespace sc
