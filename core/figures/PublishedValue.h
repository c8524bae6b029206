#pragma once

#include <QString>

namespace sc {

// A number some publication states for the same thing, shown beside the database's value.
struct PublishedValue {
    QString series;   // the series key it belongs to (empty: the figure's only series)
    QString category; // a category key, or a key that is not on the axis ("1979-2000")
    double value = 0;
    QString unit; // pairs, percent
    QString asOf;
    QString source; // the source's title
    QString location;
    QString note;
};

} // namespace sc
