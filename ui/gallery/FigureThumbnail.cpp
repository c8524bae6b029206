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

QString FigureThumbnail::caption(const QString& caption, Language language)
{
    const int width = language == Language::En ? 28 : 13;
    QString text = caption;
    if (text.size() > 2 * width)
        text = text.left(2 * width - 1) + QStringLiteral("…");
    if (text.size() > width) {
        // English and Korean separate their words by spaces: a line ends at one, never inside
        // a word ("자매도시"); Chinese and Japanese text may break between any two characters.
        const bool spaced = language == Language::En || language == Language::Ko;
        int cut = spaced ? int(text.lastIndexOf(QLatin1Char(' '), width)) : width;
        if (cut <= 0)
            cut = width;
        text = text.left(cut) + QLatin1Char('\n') + text.mid(cut).trimmed();
    }
    return text;
}

} // namespace sc
