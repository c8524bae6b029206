#pragma once

#include "maps/MapData.h"

#include <QColor>
#include <QPainterPath>
#include <QRectF>
#include <QVector>

class QPainter;

namespace sc {

class DivisionShapes;

// Draws a map as the Map tab shows it and as it is exported: title, the map, its legend and
// the source line, laid out in a rectangle of logical pixels. The same layout answers which
// division lies under a point, so that a click means what the picture shows.
//
// Projection: equirectangular with the longitude scaled by the cosine of the mapped area's
// middle latitude. At the scale of one country this keeps shapes recognisable; it is no
// equal-area projection, and the legend counts pairs, not densities, so none is needed.
class MapPainter final {
public:
    MapPainter(const MapData& data, const QRectF& target);

    void paint(QPainter& painter) const;
    // The code of the coloured (or, for the link map, any) division under `point`, or empty.
    QString divisionAt(const QPointF& point) const;
    // Where a division's label point lies in the target, for tests that click it.
    QPointF labelPoint(const QString& code) const;
    // A division's outline as drawn in the target.
    QPainterPath pathOf(const QString& code) const;

    // The fill of colour class `index` of `classes` (light to dark: greyscale keeps the order).
    static QColor classColor(int index, int classes);
    static QColor noPairingColor() { return Qt::white; }
    // The legend's words, in the map's language (also the SVG's searchable text).
    static QStringList legendLabels(const MapData& data);

private:
    struct Placed {
        QString code;
        QPainterPath path;
        QPointF label;
        bool coloured = false; // a division of the mapped country (choropleth) or any (links)
    };

    void layout();
    QPointF project(const QPointF& lonLat) const;
    void paintShapes(QPainter& painter) const;
    void paintLinks(QPainter& painter) const;
    void paintLabels(QPainter& painter) const;
    void paintLegend(QPainter& painter) const;
    QColor fillOf(const Placed& placed) const;

    const MapData& m_data;
    QRectF m_target;
    QRectF m_titleRect;
    QRectF m_mapRect;
    QRectF m_legendRect;
    QRectF m_footerRect;
    QRectF m_insetRect; // Okinawa's box on Japan's map
    bool m_inset = false;
    QString m_footer;
    double m_cosine = 1;
    double m_scale = 1;
    QPointF m_offset;
    QVector<Placed> m_placed;
};

} // namespace sc
