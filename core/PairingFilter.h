#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sc {

// What the user asked to see, as a value. PairingQuery turns it into bound SQL; the filter panel,
// the CLI and the figures all speak it.
struct PairingFilter {
    // One code: the pair has a city in that country. Two: one city in each (the same code twice:
    // both cities in that country).
    QStringList countries;
    QString division; // ISO 3166-2 code (resolve names with ReferenceData::resolveDivision)
    QString region;   // east | central | west: the pair's Chinese city lies there
    std::optional<int> fromYear;
    std::optional<int> toYear;
    bool undatedOnly = false;
    QString status; // active | dormant | ended
    QString kind;   // sister | friendship | friendship-exchange
    QString search; // any city name of the pair, in any language

    bool isEmpty() const
    {
        return countries.isEmpty() && division.isEmpty() && region.isEmpty() && !fromYear &&
               !toYear && !undatedOnly && status.isEmpty() && kind.isEmpty() &&
               search.trimmed().isEmpty();
    }
    // Why the filter cannot be run (unknown region, more than two countries, ...), or empty.
    QString validate() const;

    bool operator==(const PairingFilter& other) const;
    bool operator!=(const PairingFilter& other) const { return !(*this == other); }
};

} // namespace sc
