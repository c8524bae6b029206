#pragma once

#include "MapData.h"
#include "PairingFilter.h"

namespace sc {

class Database;

// A map's counts from the open database, aggregated by SQLite over the pairing filter the
// figures use: China's maps are figures 5, 6 and 8 (FigureQuery combines the user's filter with
// the figure's selection the same way), Japan's and Korea's count their pairs with China per
// prefecture or province, and the link map counts pairs per pair of divisions.
class MapQuery final {
public:
    explicit MapQuery(Database& database) : m_database(database) {}

    // Throws Error::Kind::NotFound for an unknown id, Invalid for a filter that cannot run.
    MapData run(const QString& id, const PairingFilter& filter, Language language) const;
    MapData run(const MapSpec& spec, const PairingFilter& filter, Language language) const;

private:
    void fillChina(MapData& data, const MapSpec& spec, const PairingFilter& filter) const;
    void fillPartner(MapData& data, const MapSpec& spec, const PairingFilter& filter) const;
    void fillLinks(MapData& data, const MapSpec& spec, const PairingFilter& filter) const;

    Database& m_database;
};

} // namespace sc
