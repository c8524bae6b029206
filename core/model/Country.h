#pragma once

#include "Names.h"

namespace sc {

struct Country {
    QString code; // ISO 3166-1 alpha-2
    Names names;  // native stays empty: the four names are all required
    int rowVersion = 0;
};

} // namespace sc
