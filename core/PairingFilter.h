#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

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

    // The filter as key → value, the one form in which it is stored and read: the GUI's
    // settings, the CLI's options and the report check's definitions all go through it. Keys:
    // countries (a list), division, region, fromYear, toYear, undatedOnly, status, kind, search;
    // a field that is not set has no key.
    QVariantMap toMap() const;
    static QStringList keys();
    // Reads a map of that form (values may be text, as a command line or an INI file gives
    // them): codes are normalised, years checked. On a value that cannot be read, or a filter
    // that does not validate, returns an empty filter and says why in `problem`, naming a key
    // as `names` does (the CLI names its options), else by the key itself.
    static PairingFilter fromMap(const QVariantMap& map, QString* problem = nullptr,
                                 const QHash<QString, QString>& names = {});

    bool operator==(const PairingFilter& other) const;
    bool operator!=(const PairingFilter& other) const { return !(*this == other); }
};

} // namespace sc
