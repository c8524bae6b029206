#pragma once

#include "Names.h"

namespace sc {

// A first-level division: a Chinese province, a Japanese prefecture, a Korean province.
struct Division {
    QString code;    // ISO 3166-2: CN-JS, JP-28, KR-26
    QString country; // ISO 3166-1 alpha-2
    Names names;
    QString region; // China only: east, central or west (the report's split)
    int rowVersion = 0;
};

} // namespace sc
