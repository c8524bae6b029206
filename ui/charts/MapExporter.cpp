#include "MapExporter.h"

#include "ChartBuilder.h"
#include "Error.h"
#include "MapPainter.h"
#include "maps/MapCatalog.h"
#include "maps/MapQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>

#include <algorithm>

namespace sc {

namespace {

FigureExporter::Painter painterOf(const MapData& data)
{
    // Laid out at least at a size where the legend, the labels and the footer have room, then
    // scaled into the target, as figures are: a small export at a high dpi keeps its layout.
    return [&data](QPainter& painter, const QRectF& target) {
        const QSizeF minimum(900, 600);
        const double grow =
            std::max({1.0, minimum.width() / target.width(), minimum.height() / target.height()});
        painter.save();
        painter.translate(target.topLeft());
        painter.scale(1 / grow, 1 / grow);
        MapPainter(data, QRectF(QPointF(0, 0), target.size() * grow)).paint(painter);
        painter.restore();
    };
}

} // namespace

QString MapExporter::fileName(const MapData& data, FigureExporter::Format format)
{
    return QStringLiteral("%1-%2.%3")
        .arg(data.id, language::code(data.language), FigureExporter::formatKey(format));
}

QImage MapExporter::image(const MapData& data, const QSize& pixels, double dpi)
{
    return FigureExporter::paintedImage(painterOf(data), pixels, dpi);
}

void MapExporter::save(const MapData& data, const QString& path, FigureExporter::Format format,
                       const QSize& pixels, double dpi)
{
    FigureExporter::savePainted(painterOf(data), path, format, pixels, dpi, data.title(),
                                ChartBuilder::sourceLine(data.figure));
}

QStringList MapExporter::saveAll(Database& database, const PairingFilter& filter, Language language,
                                 const QString& folder, FigureExporter::Format format,
                                 const QSize& pixels, double dpi)
{
    if (!QDir().mkpath(folder))
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("sc::FigureExporter", "cannot write \"%1\": %2")
                        .arg(folder, QCoreApplication::translate(
                                         "sc::FigureExporter", "the folder could not be created")));
    const MapQuery query(database);
    QStringList written;
    for (const MapSpec& spec : MapCatalog::all()) {
        const MapData data = query.run(spec, filter, language);
        const QString path = QDir(folder).filePath(fileName(data, format));
        save(data, path, format, pixels, dpi);
        written << path;
    }
    return written;
}

} // namespace sc
