#pragma once

namespace sc {

// What the values count. Percent is for data a source states as percentages only.
enum class ValueUnit { Pairs, Respondents, Percent };

} // namespace sc
