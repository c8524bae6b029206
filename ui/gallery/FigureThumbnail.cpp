#include "FigureThumbnail.h"

#include "FigureExporter.h"
#include "figures/SourceCitation.h"

namespace sc {

QString FigureThumbnail::sourceLine(const FigureData& data)
{
    return SourceCitation::shortLine(data.sources, data.language, kSourceCharacters);
}

QImage FigureThumbnail::image(const FigureData& data, const QString& sourceLine)
{
    return FigureExporter::paintedImage(
        [&](QPainter& painter, const QRectF& target) {
            FigureExporter::paint(painter, target, data, sourceLine);
        },
        kSize * 2, 192);
}

} // namespace sc
