#pragma once

namespace sc {

// What a figure's categories are, and so what its CSV `category` column holds.
enum class CategoryKind {
    Year,     // 1973, 1974, ... continuous
    Division, // ISO 3166-2 code
    Country,  // ISO 3166-1 alpha-2 code
    Region,   // east, central, west
    Option,   // a survey option's key
};

} // namespace sc
