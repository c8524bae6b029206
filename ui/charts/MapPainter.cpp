#include "MapPainter.h"

#include "ChartBuilder.h"
#include "i18n/Translations.h"
#include "maps/DivisionShapes.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sc {

namespace {

constexpr double kMargin = 10;
constexpr double kSwatch = 12;
constexpr int kLabelled = 12; // divisions named on the map: the largest counts

QString tr(Language language, const char* text)
{
    return Translations::translate(language, "sc::MapPainter", text);
}

// A sequential single-hue scale (ColorBrewer "Blues", its darker five): lightness falls with
// every class, so a greyscale print keeps the order, and the lightest class is still darker
// than the white of "no pairing".
const QColor kBlues[] = {QColor(0xc6, 0xdb, 0xef), QColor(0x9e, 0xca, 0xe1),
                         QColor(0x6b, 0xae, 0xd6), QColor(0x31, 0x82, 0xbd),
                         QColor(0x08, 0x51, 0x9c)};
const QColor kContextLand(0xe4, 0xe4, 0xe4);
const QColor kOtherLand(0xf2, 0xf0, 0xeb);
const QColor kBorder(0x70, 0x70, 0x70);
const QColor kLink(0xb2, 0x18, 0x2b);
const double kLinkWidths[] = {0.35, 0.7, 1.2, 1.9, 2.8};
// Okinawa drawn in a box south of Honshu, as Japanese atlases do: at its true place it would
// make the rest of Japan half as large.
const QString kInset = QStringLiteral("JP-47");
const QPointF kInsetShift(13.0, 4.0);

QBrush noDataBrush()
{
    QBrush brush(QColor(0x9a, 0x9a, 0x9a), Qt::BDiagPattern);
    return brush;
}

QString rangeText(const ClassBreaks::Range& range, Language language)
{
    const QLocale locale = Translations::locale(language);
    if (range.from == range.to)
        return locale.toString(range.from);
    return locale.toString(range.from) + QStringLiteral("–") + locale.toString(range.to);
}

QString footerOf(const MapData& data)
{
    QStringList lines{ChartBuilder::sourceLine(data.figure)};
    lines << ChartBuilder::footnotes(data.figure);
    lines << tr(data.language,
                QT_TRANSLATE_NOOP("sc::MapPainter", "Boundaries: Natural Earth (public domain)."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

MapPainter::MapPainter(const MapData& data, const QRectF& target) : m_data(data), m_target(target)
{
    layout();
}

QColor MapPainter::classColor(int index, int classes)
{
    if (classes <= 1)
        return kBlues[3];
    // Fewer classes spread over the whole scale, so that the darkest is always the darkest.
    const int at = qRound(double(index) * 4 / (classes - 1));
    return kBlues[std::clamp(at, 0, 4)];
}

QStringList MapPainter::legendLabels(const MapData& data)
{
    const Language language = data.language;
    QStringList labels;
    labels << (data.kind == MapSpec::Kind::Links
                   ? tr(language, QT_TRANSLATE_NOOP("sc::MapPainter", "Pairs per link"))
                   : tr(language, QT_TRANSLATE_NOOP("sc::MapPainter", "Pairs per division")));
    for (const ClassBreaks::Range& range : data.breaks.ranges())
        labels << rangeText(range, language);
    if (data.kind == MapSpec::Kind::Choropleth)
        labels << tr(language, QT_TRANSLATE_NOOP("sc::MapPainter", "0: no pairing"));
    labels << tr(language, QT_TRANSLATE_NOOP("sc::MapPainter", "No data: not in the register"));
    return labels;
}

void MapPainter::layout()
{
    const Language language = m_data.language;
    const double width = m_target.width() - 2 * kMargin;
    const QFontMetricsF title(ChartBuilder::font(language, 10, true));
    const QRectF titleBounds = title.boundingRect(QRectF(0, 0, width, m_target.height()),
                                                  Qt::TextWordWrap, m_data.title());
    m_titleRect =
        QRectF(m_target.left() + kMargin, m_target.top() + kMargin, width, titleBounds.height());
    m_footer = footerOf(m_data);
    const QFontMetricsF footer(ChartBuilder::font(language, 7.5));
    const QRectF footerBounds =
        footer.boundingRect(QRectF(0, 0, width, m_target.height()), Qt::TextWordWrap, m_footer);
    m_footerRect =
        QRectF(m_target.left() + kMargin, m_target.bottom() - kMargin - footerBounds.height(),
               width, footerBounds.height());
    const QFontMetricsF legend(ChartBuilder::font(language, 7.5));
    double legendWidth = 0;
    const QStringList labels = legendLabels(m_data);
    for (const QString& label : labels)
        legendWidth = std::max(legendWidth, legend.horizontalAdvance(label) + kSwatch + 6);
    const QFontMetricsF header(ChartBuilder::font(language, 7.5, true));
    legendWidth = std::max(legendWidth, header.horizontalAdvance(labels.first()));
    legendWidth += 6;
    const double top = m_titleRect.bottom() + 8;
    const double bottom = m_footerRect.top() - 8;
    m_legendRect = QRectF(m_target.right() - kMargin - legendWidth, top, legendWidth, bottom - top);
    m_mapRect = QRectF(m_target.left() + kMargin, top,
                       std::max(10.0, m_legendRect.left() - 8 - m_target.left() - kMargin),
                       std::max(10.0, bottom - top));

    // The area to fit: the coloured country's divisions, or all three countries.
    const DivisionShapes& shapes = DivisionShapes::bundled();
    m_inset = m_data.kind == MapSpec::Kind::Choropleth && m_data.home == QLatin1String("JP");
    QRectF area;
    for (const DivisionShape& shape : shapes.shapes()) {
        const bool framed = m_data.kind == MapSpec::Kind::Links
                                ? !shape.context
                                : (!shape.context && shape.country == m_data.home);
        if (!framed)
            continue;
        const QRectF bounds = m_inset && shape.code == kInset
                                  ? shape.bounds().translated(kInsetShift)
                                  : shape.bounds();
        area = area.isNull() ? bounds : area.united(bounds);
    }
    area.adjust(-0.3, -0.3, 0.3, 0.3);
    m_cosine = std::cos(area.center().y() * M_PI / 180);
    const QRectF projected(QPointF(area.left() * m_cosine, -area.bottom()),
                           QPointF(area.right() * m_cosine, -area.top()));
    m_scale =
        std::min(m_mapRect.width() / projected.width(), m_mapRect.height() / projected.height());
    m_offset = m_mapRect.center() - projected.center() * m_scale;

    for (const DivisionShape& shape : shapes.shapes()) {
        Placed placed;
        placed.code = shape.context ? QString() : shape.code;
        placed.coloured =
            !shape.context && (m_data.kind == MapSpec::Kind::Links || shape.country == m_data.home);
        const QPointF shift = m_inset && shape.code == kInset ? kInsetShift : QPointF();
        for (const QVector<QPointF>& ring : shape.rings) {
            QPolygonF polygon;
            polygon.reserve(ring.size());
            for (const QPointF& p : ring)
                polygon << project(p + shift);
            placed.path.addPolygon(polygon);
            placed.path.closeSubpath();
        }
        placed.path.setFillRule(Qt::OddEvenFill);
        placed.label = project(shape.label + shift);
        if (!shift.isNull())
            m_insetRect = placed.path.boundingRect().adjusted(-6, -6, 6, 6);
        m_placed << placed;
    }
}

QPointF MapPainter::project(const QPointF& lonLat) const
{
    return QPointF(lonLat.x() * m_cosine, -lonLat.y()) * m_scale + m_offset;
}

QString MapPainter::divisionAt(const QPointF& point) const
{
    if (!m_mapRect.contains(point))
        return {};
    for (const Placed& placed : m_placed)
        if (placed.coloured && placed.path.contains(point))
            return placed.code;
    return {};
}

QPointF MapPainter::labelPoint(const QString& code) const
{
    for (const Placed& placed : m_placed)
        if (placed.code == code)
            return placed.label;
    return {};
}

QPainterPath MapPainter::pathOf(const QString& code) const
{
    for (const Placed& placed : m_placed)
        if (placed.code == code)
            return placed.path;
    return {};
}

QColor MapPainter::fillOf(const Placed& placed) const
{
    if (!placed.coloured)
        return placed.code.isEmpty() ? kContextLand : kOtherLand;
    if (m_data.kind == MapSpec::Kind::Links)
        return kOtherLand;
    const int index = m_data.breaks.classOf(m_data.count(placed.code));
    return index < 0 ? noPairingColor() : classColor(index, m_data.breaks.classCount());
}

void MapPainter::paint(QPainter& painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(m_target, Qt::white);
    painter.setPen(Qt::black);
    painter.setFont(ChartBuilder::font(m_data.language, 10, true));
    painter.drawText(m_titleRect, Qt::TextWordWrap | Qt::AlignLeft, m_data.title());

    painter.save();
    painter.setClipRect(m_mapRect);
    painter.fillRect(m_mapRect, QColor(0xf4, 0xf8, 0xfb)); // the sea
    paintShapes(painter);
    if (!m_insetRect.isNull()) {
        painter.setPen(QPen(kBorder, 0.6));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(m_insetRect);
    }
    if (m_data.kind == MapSpec::Kind::Links)
        paintLinks(painter);
    paintLabels(painter);
    painter.restore();

    paintLegend(painter);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.setFont(ChartBuilder::font(m_data.language, 7.5));
    painter.drawText(m_footerRect, Qt::TextWordWrap | Qt::AlignLeft, m_footer);
    painter.restore();
}

void MapPainter::paintShapes(QPainter& painter) const
{
    // Land outside the mapped country first, without inner borders; then the divisions.
    for (const Placed& placed : m_placed) {
        if (placed.coloured)
            continue;
        painter.setPen(QPen(placed.code.isEmpty() ? kContextLand : kOtherLand, 0.6));
        painter.setBrush(fillOf(placed));
        painter.drawPath(placed.path);
        if (placed.code.isEmpty()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(noDataBrush());
            painter.drawPath(placed.path);
        }
    }
    for (const Placed& placed : m_placed) {
        if (!placed.coloured)
            continue;
        painter.setPen(QPen(kBorder, 0.5));
        painter.setBrush(fillOf(placed));
        painter.drawPath(placed.path);
    }
}

void MapPainter::paintLinks(QPainter& painter) const
{
    const int classes = m_data.breaks.classCount();
    // Thin links first, so that the heavy ones stay on top and readable.
    for (int i = int(m_data.links.size()) - 1; i >= 0; --i) {
        const MapLink& link = m_data.links.at(i);
        const QPointF a = labelPoint(link.from);
        const QPointF b = labelPoint(link.to);
        if (a.isNull() || b.isNull())
            continue;
        const int index = m_data.breaks.classOf(link.count);
        const int at = classes <= 1 ? 2 : qRound(double(index) * 4 / (classes - 1));
        QColor colour = kLink;
        colour.setAlphaF(0.35 + 0.13 * at);
        painter.setPen(
            QPen(colour, kLinkWidths[std::clamp(at, 0, 4)], Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        // An arc bowed to the left of its direction: links between the same regions fan out
        // instead of lying on one another.
        const QPointF middle = (a + b) / 2;
        const QPointF normal(-(b - a).y(), (b - a).x());
        QPainterPath arc(a);
        arc.quadTo(middle + normal * 0.2, b);
        painter.drawPath(arc);
    }
}

void MapPainter::paintLabels(QPainter& painter) const
{
    // Names only of the largest counts: 47 prefectures' names would hide the map. Every name
    // is shown on hover in the Map tab and listed by `figures data`.
    QHash<QString, int> totals;
    if (m_data.kind == MapSpec::Kind::Links) {
        for (const MapLink& link : m_data.links) {
            totals[link.from] += link.count;
            totals[link.to] += link.count;
        }
    } else {
        totals = m_data.counts;
    }
    QVector<QPair<int, QString>> ranked;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        if (it.value() > 0)
            ranked << qMakePair(it.value(), it.key());
    std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    const QFont font = ChartBuilder::font(m_data.language, 6.5);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    QVector<QRectF> taken;
    const QLocale locale = Translations::locale(m_data.language);
    for (int i = 0; i < ranked.size() && taken.size() < kLabelled; ++i) {
        const QString& code = ranked.at(i).second;
        const QPointF at = labelPoint(code);
        if (at.isNull())
            continue;
        const QString text =
            m_data.name(code) + QLatin1Char(' ') + locale.toString(ranked.at(i).first);
        QRectF box = metrics.boundingRect(text);
        box.moveCenter(at);
        // Kept inside the map: a name at the edge moves in rather than being cut.
        box.moveLeft(
            std::clamp(box.left(), m_mapRect.left() + 2,
                       std::max(m_mapRect.left() + 2, m_mapRect.right() - 2 - box.width())));
        box.moveTop(
            std::clamp(box.top(), m_mapRect.top() + 2,
                       std::max(m_mapRect.top() + 2, m_mapRect.bottom() - 2 - box.height())));
        if (std::any_of(taken.cbegin(), taken.cend(),
                        [&box](const QRectF& other) { return other.intersects(box); }))
            continue; // a crowded corner keeps the larger count's name
        taken << box;
        QPainterPath path;
        path.addText(box.left(), box.top() + metrics.ascent(), font, text);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path); // a halo: readable on the darkest class
        painter.setPen(Qt::black);
        painter.drawText(QPointF(box.left(), box.top() + metrics.ascent()), text);
    }
}

void MapPainter::paintLegend(QPainter& painter) const
{
    const QStringList labels = legendLabels(m_data);
    const QFont font = ChartBuilder::font(m_data.language, 7.5);
    const QFontMetricsF metrics(font);
    const double line = std::max(kSwatch, metrics.height()) + 4;
    double y = m_legendRect.top();
    painter.setFont(ChartBuilder::font(m_data.language, 7.5, true));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(m_legendRect.left(), y, m_legendRect.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter, labels.first());
    y += line;
    painter.setFont(font);
    const int classes = m_data.breaks.classCount();
    for (int i = 1; i < labels.size(); ++i) {
        const QRectF swatch(m_legendRect.left(), y + (line - kSwatch) / 2, kSwatch, kSwatch);
        const int index = i - 1;
        const bool isClass = index < classes;
        const bool noData = i == labels.size() - 1;
        if (isClass && m_data.kind == MapSpec::Kind::Links) {
            const int at = classes <= 1 ? 2 : qRound(double(index) * 4 / (classes - 1));
            QColor colour = kLink;
            colour.setAlphaF(0.35 + 0.13 * at);
            painter.setPen(
                QPen(colour, kLinkWidths[std::clamp(at, 0, 4)], Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(swatch.left(), swatch.center().y(), swatch.right(),
                             swatch.center().y());
        } else {
            painter.setPen(QPen(kBorder, 0.5));
            painter.setBrush(isClass ? classColor(index, classes)
                                     : (noData ? QBrush(kContextLand) : QBrush(Qt::white)));
            painter.drawRect(swatch);
            if (noData) {
                painter.setBrush(noDataBrush());
                painter.drawRect(swatch);
            }
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(swatch.right() + 6, y, m_legendRect.width() - kSwatch - 6, line),
                         Qt::AlignLeft | Qt::AlignVCenter, labels.at(i));
        y += line;
    }
}

} // namespace sc
