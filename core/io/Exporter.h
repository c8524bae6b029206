#pragma once

#include "../Language.h"
#include "../PairingFilter.h"

#include <QByteArray>
#include <QString>

namespace sc {

class Database;

// Pairings and cities in the exchange formats that import reads back (docs/IMPORT.md): CSV
// (UTF-8, comma, CRLF, RFC 4180 quoting) or a JSON array of objects with the same keys.
class Exporter final {
public:
    enum class Format { Csv, Json };

    explicit Exporter(Database& database) : m_database(database) {}

    // The pairings `filter` selects, with city names in `language`; `rows` gets their number.
    QByteArray pairings(const PairingFilter& filter, Language language, Format format,
                        int* rows = nullptr) const;
    // Every city, or with a filter, the cities of the pairings it selects.
    QByteArray cities(const PairingFilter& filter, Format format, int* rows = nullptr) const;

    // Writes `bytes` to `path` through a temporary file renamed into place, so that a failure
    // or a crash never leaves a half-written file. Throws Error::Kind::Io.
    static void save(const QString& path, const QByteArray& bytes);

private:
    Database& m_database;
};

} // namespace sc
