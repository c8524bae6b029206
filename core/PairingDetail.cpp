#include "PairingDetail.h"

#include "CityRepository.h"
#include "Database.h"
#include "EstablishedDate.h"
#include "PairingRepository.h"
#include "ReferenceData.h"
#include "SourceRepository.h"
#include "SqlSupport.h"

namespace sc {

namespace {

PairingDetail::Side sideOf(Database& database, qint64 cityId)
{
    PairingDetail::Side side;
    if (const auto city = CityRepository(database).get(cityId))
        side.city = *city;
    const ReferenceData reference(database);
    if (const auto country = reference.country(side.city.country))
        side.countryNames = country->names;
    if (!side.city.division.isEmpty()) {
        if (const auto division = reference.division(side.city.division)) {
            side.divisionNames = division->names;
            side.region = division->region;
        }
    }
    return side;
}

} // namespace

std::optional<PairingDetail> PairingDetail::load(Database& database, qint64 pairingId)
{
    const auto pairing = PairingRepository(database).get(pairingId);
    if (!pairing)
        return std::nullopt;
    PairingDetail detail;
    detail.pairing = *pairing;
    if (const auto date = EstablishedDate::parse(pairing->established))
        detail.precision = date->precisionName();
    detail.a = sideOf(database, pairing->cityA);
    detail.b = sideOf(database, pairing->cityB);

    QSqlQuery history = sql::run(
        database.connection(),
        QStringLiteral("SELECT p.verification, p.ended, p.end_reason, c.name_native, s.title "
                       "FROM pairings p LEFT JOIN cities c ON c.id = p.successor_id "
                       "LEFT JOIN sources s ON s.id = p.end_source_id WHERE p.id = ?"),
        {pairingId});
    if (history.next()) {
        detail.unverified = history.value(0).toString() == QLatin1String("unverified");
        detail.ended = history.value(1).toString();
        detail.endReason = history.value(2).toString();
        detail.successorName = history.value(3).toString();
        detail.endSourceTitle = history.value(4).toString();
    }

    const SourceRepository sources(database);
    if (const auto primary = sources.get(pairing->sourceId))
        detail.sources << SourceEntry{*primary, {}, {}, {}, true};
    QSqlQuery query = sql::run(database.connection(),
                               QStringLiteral("SELECT source_id, established, relation, note "
                                              "FROM pairing_sources WHERE pairing_id = ? "
                                              "ORDER BY established, source_id"),
                               {pairingId});
    while (query.next()) {
        const qint64 sourceId = query.value(0).toLongLong();
        const auto source = sources.get(sourceId);
        if (!source)
            continue;
        SourceEntry entry{*source, query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), sourceId == pairing->sourceId};
        // The primary source may be listed again with its own date and note: merge them.
        if (entry.primary && !detail.sources.isEmpty() && detail.sources.first().primary) {
            detail.sources.first() = entry;
            continue;
        }
        detail.sources << entry;
    }
    return detail;
}

} // namespace sc
