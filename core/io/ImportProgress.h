#pragma once

#include <functional>

namespace sc {

// Called as an import goes: rows checked so far and in all. Returning false cancels the import,
// and nothing is written.
using ImportProgress = std::function<bool(int done, int total)>;

} // namespace sc
