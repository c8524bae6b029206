#pragma once

#include "FigureExporter.h"
#include "maps/MapData.h"

namespace sc {

class Database;
struct PairingFilter;

// Maps as files, in the formats and sizes of every other figure (FigureExporter writes them):
// PNG at a size in pixels and a resolution, SVG and PDF with their text kept as text.
class MapExporter final {
public:
    // "map-cn-provinces-zh.png"
    static QString fileName(const MapData& data, FigureExporter::Format format);
    static QImage image(const MapData& data, const QSize& pixels, double dpi = 96);
    // Throws Error::Kind::Io when the file cannot be written, Invalid for a size out of range.
    static void save(const MapData& data, const QString& path, FigureExporter::Format format,
                     const QSize& pixels, double dpi = 96);
    // Every map into `folder`; returns the paths.
    static QStringList saveAll(Database& database, const PairingFilter& filter, Language language,
                               const QString& folder, FigureExporter::Format format,
                               const QSize& pixels, double dpi = 96);
};

} // namespace sc
