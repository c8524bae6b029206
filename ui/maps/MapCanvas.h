#pragma once

#include "maps/MapData.h"

#include <QWidget>

namespace sc {

// The drawn map on screen: hover names a division and its count, a click chooses it.
class MapCanvas final : public QWidget {
    Q_OBJECT

public:
    explicit MapCanvas(QWidget* parent = nullptr);

    void setData(const MapData& data);
    const MapData& data() const { return m_data; }
    // The division under a point of the widget, or empty (for tests and the tooltip).
    QString divisionAt(const QPointF& point) const;
    QPointF labelPoint(const QString& code) const;
    // The text the tooltip shows over `code`.
    QString hoverText(const QString& code) const;

signals:
    void divisionClicked(const QString& code);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    MapData m_data;
};

} // namespace sc
