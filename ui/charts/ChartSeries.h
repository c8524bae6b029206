#pragma once

#include "figures/FigureData.h"

#include <QPair>
#include <QString>
#include <QVector>

class QChart;

namespace sc {

// The series and axes of each kind of figure, in the figure's language: a pie (the smallest
// slices folded into one), cumulative lines, and bars with the report's published values
// beside them. ChartBuilder picks one by the figure's kind.
class ChartSeries final {
public:
    static void addPie(QChart* chart, const FigureData& data);
    static void addCumulative(QChart* chart, const FigureData& data);
    static void addBars(QChart* chart, const FigureData& data);

    // A category label as an axis shows it: escaped, and broken into lines that keep to the
    // left third of the chart.
    static QString labelText(const QString& label, Language language);
    // Published values of the figure's only series that sit on one of its categories, as
    // (category index, value).
    static QVector<QPair<int, double>> publishedOnAxis(const FigureData& data, const QString& unit);
};

} // namespace sc
