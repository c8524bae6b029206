#pragma once

#include "model/Source.h"

#include <QVector>

#include <optional>

namespace sc {

class Database;

class SourceRepository final {
public:
    explicit SourceRepository(Database& database) : m_database(database) {}

    // Inserts a source (title required) and returns its id.
    qint64 add(const Source& source);
    std::optional<Source> get(qint64 id) const;
    std::optional<Source> findByKey(const QString& key) const;
    // The id of a source with this URL, or else this title (sources staff type twice are one).
    std::optional<qint64> find(const QString& urlOrTitle) const;
    QVector<Source> all() const;

private:
    Database& m_database;
};

} // namespace sc
