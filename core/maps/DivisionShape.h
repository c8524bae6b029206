#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

namespace sc {

// One outline on the map, in degrees of longitude (x) and latitude (y). Its rings are drawn
// with the odd-even rule, so a hole (Beijing inside Hebei) stays a hole.
struct DivisionShape {
    QString code;    // ISO 3166-2 (a division), or ISO 3166-1 alpha-2 (context land)
    QString country; // ISO 3166-1 alpha-2
    QVector<QVector<QPointF>> rings;
    QPointF label; // where a name or a link's end goes; empty for context land
    bool context = false;

    QRectF bounds() const;
};

} // namespace sc
