#pragma once

#include "figures/FigureData.h"

#include <QFont>
#include <QSizeF>

class QChart;

namespace sc {

// The one place that turns figure data into a Qt Charts chart: a figure's kind decides the
// series and axes, its language the words and the font. Animations are off, so that a grab or
// an export always catches the finished chart.
class ChartBuilder final {
public:
    // A new chart (the caller owns it) titled with the figure's caption.
    static QChart* build(const FigureData& data);

    // The font for `language`: Noto Sans CJK in the variant of that language, so that a
    // character shared by Chinese and Japanese takes the form its reader expects.
    static QFont font(Language language, qreal pointSize = 9, bool bold = false);
    // "图 3：中日新增友好城市数量演变" as the report prints a caption.
    static QString captionLine(const FigureData& data);
    // The caption as the chart's title: HTML, in two lines when it is too long for one.
    static QString wrappedTitle(const QString& text);
    // "数据来源：…": the sources of the figure's values, the most used first.
    static QString sourceLine(const FigureData& data);
    // What a reader must know to read the chart: unplaced records, not stated values.
    static QStringList footnotes(const FigureData& data);
    // A percentage in the figure's language: "48.1%" in all four.
    static QString percentText(double percent, Language language);

    // The smallest size, in logical pixels, at which every label of the chart has its room
    // (Qt Charts hides category labels that would overlap).
    static QSizeF minimumSize(const FigureData& data);

    // Pies show at most this many slices; the rest are one "other" slice.
    static constexpr int kMaxSlices = 10;
};

} // namespace sc
