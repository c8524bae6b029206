#pragma once

namespace sc {

// How a figure is drawn. Core only names the kind; ui/charts decides what that looks like.
enum class FigureKind {
    Pie,
    CumulativeLine,
    BarByYear,
    BarByDivision,
    GroupedBar,
    MultipleChoiceBar
};

} // namespace sc
