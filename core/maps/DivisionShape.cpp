#include "DivisionShape.h"

#include <algorithm>

namespace sc {

QRectF DivisionShape::bounds() const
{
    double left = 180, right = -180, top = 90, bottom = -90;
    for (const QVector<QPointF>& ring : rings)
        for (const QPointF& p : ring) {
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace sc
