#pragma once

#include "figures/FigureData.h"

#include <QSizeF>

namespace sc {

// A figure made to fit the size it is asked for. A long bar list (31 provinces) on a page of
// 100 mm cannot keep legible type at full length: it keeps its largest bars and sums the rest
// in one "others" bar, and says so in a note; the data table and CSV keep every category.
class FigureFit final {
public:
    // How far a layout may be scaled down before its 8 pt labels fall below about 5.5 pt.
    static constexpr double kMaxShrink = 1.45;

    // `data` as it is drawn into `target` (logical pixels at 96 dpi): unchanged when it fits.
    static FigureData fitted(const FigureData& data, const QSizeF& target);
};

} // namespace sc
