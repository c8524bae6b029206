#pragma once

#include "figures/FigureData.h"

#include <QImage>
#include <QSize>
#include <QSizeF>
#include <QStringList>

#include <functional>
#include <optional>

class QPainter;

namespace sc {

class Database;
struct PairingFilter;

// Figures as files an author can put into a paper: PNG at a chosen size and resolution, SVG
// and PDF as vectors (text kept as text), or an image on the clipboard. What is written is the
// chart as the gallery shows it, without animations or selection, with its source line and
// footnotes under it.
//
// Sizes: `pixels` at `dpi` give the physical size (pixels / dpi inches) of every format. The
// chart is laid out at that size in points, so that its text has the same size on paper at any
// resolution; a size too small for the figure's labels is laid out larger and scaled down as a
// whole, so that nothing is clipped, and a list too long for legible type is shortened
// (FigureFit). The size asked for is the size written, at every resolution.
class FigureExporter final {
public:
    enum class Format { Png, Svg, Pdf };

    static std::optional<Format> formatFromKey(const QString& key);
    static QString formatKey(Format format);
    // "fig03-zh.png", "tension-en.svg"
    static QString fileName(const FigureData& data, Format format);
    static QSize pixelsFor(const QSizeF& millimetres, double dpi);

    // Paints the figure into `target` (in logical pixels at 96 dpi).
    static void paint(QPainter& painter, const QRectF& target, const FigureData& data);
    // The same with `sourceLine` under the chart instead of the whole line: the gallery's
    // thumbnails, whose line of thousands of sources would be unreadable and cost seconds.
    static void paint(QPainter& painter, const QRectF& target, const FigureData& data,
                      const QString& sourceLine);
    static QImage image(const FigureData& data, const QSize& pixels, double dpi = 96);
    // Writes one file; throws Error::Kind::Io when it cannot be written.
    static void save(const FigureData& data, const QString& path, Format format,
                     const QSize& pixels, double dpi = 96);
    static void copyToClipboard(const FigureData& data, const QSize& pixels, double dpi = 96);
    // Where save() puts the figure's full list of sources: "fig03-zh.sources.txt".
    static QString sourcesPath(const QString& figurePath);
    // Every figure of the catalog into `folder`, named by fileName(); returns the paths. Each
    // figure is queried and drawn once; PNG files are encoded and written by `threads` worker
    // threads (-1: WriteQueue's default; 0: none, all on the caller's thread), the same bytes
    // with any number. With `parts` > 1 only the figures of share `part` (0 … parts-1, see
    // inPart()) are drawn, so that several processes can share an export.
    static QStringList saveAll(Database& database, const PairingFilter& filter, Language language,
                               const QString& folder, Format format, const QSize& pixels,
                               double dpi = 96, QStringList* skipped = nullptr, int threads = -1,
                               int part = 0, int parts = 1);
    // Whether the catalog's figure at `index` belongs to share `part` of `parts`: every
    // parts-th figure, so that each share has figures of every kind and about the same work.
    static bool inPart(int index, int part, int parts);
    // The catalog's index of the figure whose file saveAll() names `path` ("…/fig03-zh.png"),
    // -1 for another file.
    static int catalogOrder(const QString& path);

    // Writes whatever `paint` draws (into a rect of logical pixels at 96 dpi) as one file of
    // `format`, as save() writes a figure: the maps share it. Throws Error like save().
    using Painter = std::function<void(QPainter&, const QRectF&)>;
    static void savePainted(const Painter& paint, const QString& path, Format format,
                            const QSize& pixels, double dpi, const QString& title,
                            const QString& description);
    static QImage paintedImage(const Painter& paint, const QSize& pixels, double dpi);

    // The smallest layout, in logical pixels, at which the figure's labels fit.
    static QSizeF minimumLayout(const FigureData& data);
    // What the sources file beside an exported figure holds (UTF-8): its caption, its whole
    // source line and every source.
    static QByteArray sourcesText(const FigureData& data);

private:
    static void saveSources(const FigureData& data, const QString& figurePath);
};

} // namespace sc
