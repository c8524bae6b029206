#pragma once

#include <QString>
#include <QtGlobal>

namespace sc {

// A source the figure's values were read from, with how many of them it gave.
struct FigureSource {
    qint64 id = 0;
    QString title;
    QString url;
    int count = 0;
    QString publisher; // as the register spells it, empty when unknown
};

} // namespace sc
