#include "MapExporter.h"

#include "Error.h"
#include "MapPainter.h"
#include "charts/ChartBuilder.h"
#include "maps/MapQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>

namespace sc {

namespace {

FigureExporter::Painter painterOf(const MapData& data)
{
    return [&data](QPainter& painter, const QRectF& target) {
        MapPainter(data, target).paint(painter);
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
