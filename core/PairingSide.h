#pragma once

#include <QString>
#include <QtGlobal>

namespace sc {

// One side of a listed pairing, with its names resolved in the chosen language.
struct PairingSide {
    qint64 cityId = 0;
    QString country;  // ISO 3166-1 alpha-2
    QString division; // ISO 3166-2, empty when unknown
    QString name;     // in the chosen language, falling back to native, then English
    // What a reader of the chosen language sees (see CityDisplayName), and which of the
    // register's names it was built from: the language's code when its own.
    QString displayName;
    QString displaySource;
    QString countryName;  // in the chosen language
    QString divisionName; // in the chosen language, empty when the division is unknown
};

} // namespace sc
