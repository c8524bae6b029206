#include "MapCanvas.h"

#include "MapPainter.h"
#include "i18n/Translations.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace sc {

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(320, 240);
}

void MapCanvas::setData(const MapData& data)
{
    m_data = data;
    update();
}

QString MapCanvas::divisionAt(const QPointF& point) const
{
    return MapPainter(m_data, rect()).divisionAt(point);
}

QPointF MapCanvas::labelPoint(const QString& code) const
{
    return MapPainter(m_data, rect()).labelPoint(code);
}

QString MapCanvas::hoverText(const QString& code) const
{
    const Language language = m_data.language;
    const QLocale locale = Translations::locale(language);
    if (m_data.kind == MapSpec::Kind::Links) {
        int total = 0;
        for (const MapLink& link : m_data.links)
            if (link.from == code || link.to == code)
                total += link.count;
        return Translations::translate(language, "sc::MapCanvas",
                                       QT_TRANSLATE_NOOP("sc::MapCanvas", "%1: %2 pairs drawn"))
            .arg(m_data.name(code), locale.toString(total));
    }
    const int count = m_data.count(code);
    if (count == 0)
        return Translations::translate(language, "sc::MapCanvas",
                                       QT_TRANSLATE_NOOP("sc::MapCanvas", "%1: no pairing"))
            .arg(m_data.name(code));
    return Translations::translate(language, "sc::MapCanvas",
                                   QT_TRANSLATE_NOOP("sc::MapCanvas", "%1: %2 pairs"))
        .arg(m_data.name(code), locale.toString(count));
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    MapPainter(m_data, rect()).paint(painter);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QString code = divisionAt(event->position());
    if (code.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), hoverText(code), this);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QString code = divisionAt(event->position());
    if (!code.isEmpty())
        emit divisionClicked(code);
}

} // namespace sc
