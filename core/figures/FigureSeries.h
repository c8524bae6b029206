#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace sc {

// One series of values, one value per category. A missing value is "not stated", never 0.
struct FigureSeries {
    QString key;  // the survey group's key; empty for a figure of one series
    QString name; // in the figure's language
    QVector<std::optional<double>> values;
    std::optional<int> n; // pairs or respondents behind the values (unknown: empty)
};

} // namespace sc
