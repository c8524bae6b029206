#pragma once

#include <functional>

namespace sc {

// Called as an import goes: rows checked so far and in all. Returning false cancels the import,
// and nothing is written. Once every row is checked it is called with done == total, and again
// (with the same values) between the steps that finish a large import: its indexes built, the
// name search filled.
using ImportProgress = std::function<bool(int done, int total)>;

} // namespace sc
