#pragma once

#include "../PairingFilter.h"

namespace sc {

// One of the register's chart kinds over any selection the user makes ("new pairs per year of
// Jiangsu", "Japan–Korea pairs by prefecture"). The filter's first country is the home side
// (whose divisions and regions are counted; China when none is given), its second the partner.
struct CustomFigure {
    enum class Measure {
        PartnerCountry, // pie: the home side's pairs by the partner's country
        NewPerYear,     // bar by year
        Cumulative,     // cumulative line by year
        Division,       // bar by first-level division of the home city
        Region,         // pie by east / central / west of the Chinese city
    };

    Measure measure = Measure::NewPerYear;
    PairingFilter filter;

    static QString measureKey(Measure measure);
    static std::optional<Measure> measureFromKey(const QString& key);
};

} // namespace sc
