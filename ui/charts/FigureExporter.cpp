#include "FigureExporter.h"

#include "ChartBuilder.h"
#include "Error.h"
#include "FigureFit.h"
#include "PngWriter.h"
#include "WriteQueue.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "figures/SourceCitation.h"

#include <QChart>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <memory>

namespace sc {

namespace {

constexpr double kScreenDpi = 96;
constexpr double kFooterMargin = 8;

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::FigureExporter", text);
}

Error writeError(const QString& path, const QString& why)
{
    return Error(Error::Kind::Io,
                 QCoreApplication::translate("sc::FigureExporter", "cannot write \"%1\": %2")
                     .arg(path, why));
}

QSizeF logicalSize(const QSize& pixels, double dpi)
{
    return QSizeF(pixels) * (kScreenDpi / dpi);
}

void checkSize(const QSize& pixels, double dpi)
{
    if (pixels.width() < 16 || pixels.height() < 16 || pixels.width() > 20000 ||
        pixels.height() > 20000)
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate(
                        "sc::FigureExporter",
                        "%1 × %2 pixels is not a figure size: use 16 to 20000 pixels a side")
                        .arg(pixels.width())
                        .arg(pixels.height()));
    if (dpi < 36 || dpi > 2400)
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("sc::FigureExporter",
                                                "%1 dpi is not a resolution: use 36 to 2400")
                        .arg(dpi));
}

// Writes `path` whole or not at all; safe on any thread.
void writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw writeError(path, file.errorString());
}

QString footerText(const FigureData& data, const QString& sourceLine)
{
    QStringList lines{sourceLine};
    lines << ChartBuilder::footnotes(data);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

std::optional<FigureExporter::Format> FigureExporter::formatFromKey(const QString& key)
{
    const QString lower = key.trimmed().toLower();
    if (lower == QLatin1String("png"))
        return Format::Png;
    if (lower == QLatin1String("svg"))
        return Format::Svg;
    if (lower == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString FigureExporter::formatKey(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

QString FigureExporter::fileName(const FigureData& data, Format format)
{
    return QStringLiteral("%1-%2.%3")
        .arg(FigureCatalog::fileStem(data.id), language::code(data.language), formatKey(format));
}

QSize FigureExporter::pixelsFor(const QSizeF& millimetres, double dpi)
{
    return QSize(qRound(millimetres.width() / 25.4 * dpi),
                 qRound(millimetres.height() / 25.4 * dpi));
}

QSizeF FigureExporter::minimumLayout(const FigureData& data)
{
    return ChartBuilder::minimumSize(data);
}

void FigureExporter::paint(QPainter& painter, const QRectF& target, const FigureData& data)
{
    paint(painter, target, data, ChartBuilder::sourceLine(data));
}

void FigureExporter::paint(QPainter& painter, const QRectF& target, const FigureData& asked,
                           const QString& sourceLine)
{
    // A long list shortened to what the size can show legibly; then laid out at least at the
    // minimum size, and the whole figure scaled into the target.
    const FigureData data = FigureFit::fitted(asked, target.size());
    const QSizeF minimum = minimumLayout(data);
    const double grow =
        std::max({1.0, minimum.width() / target.width(), minimum.height() / target.height()});
    const QSizeF layout = target.size() * grow;

    painter.save();
    painter.translate(target.topLeft());
    painter.scale(1.0 / grow, 1.0 / grow);
    painter.fillRect(QRectF(QPointF(0, 0), layout), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // The footer first, set against the bottom: laid out once, by the device that paints it,
    // and its height tells what is left for the chart.
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.setFont(ChartBuilder::font(data.language, 7.5));
    QRectF footerBounds;
    painter.drawText(QRectF(kFooterMargin, 0, layout.width() - 2 * kFooterMargin,
                            layout.height() - kFooterMargin),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom,
                     footerText(data, sourceLine), &footerBounds);
    const double footerHeight = footerBounds.height() + 2 * kFooterMargin;

    QGraphicsScene scene;
    QChart* chart = ChartBuilder::build(data);
    scene.addItem(chart);
    const QRectF chartRect(0, 0, layout.width(), layout.height() - footerHeight);
    chart->setGeometry(chartRect);
    scene.setSceneRect(chartRect);
    // The chart lays itself out on posted events; run them before painting.
    QCoreApplication::sendPostedEvents();
    scene.render(&painter, chartRect, chartRect);
    painter.restore();
}

QImage FigureExporter::image(const FigureData& data, const QSize& pixels, double dpi)
{
    return paintedImage(
        [&data](QPainter& painter, const QRectF& target) { paint(painter, target, data); }, pixels,
        dpi);
}

QImage FigureExporter::paintedImage(const Painter& paint, const QSize& pixels, double dpi)
{
    checkSize(pixels, dpi);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        // Painted at the screen's 96 dpi, so that text is measured as the chart laid it out;
        // the resolution is recorded in the file afterwards.
        QPainter painter(&image);
        const QSizeF logical = logicalSize(pixels, dpi);
        painter.scale(pixels.width() / logical.width(), pixels.height() / logical.height());
        paint(painter, QRectF(QPointF(0, 0), logical));
    }
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

void FigureExporter::save(const FigureData& data, const QString& path, Format format,
                          const QSize& pixels, double dpi)
{
    savePainted([&data](QPainter& painter, const QRectF& target) { paint(painter, target, data); },
                path, format, pixels, dpi, ChartBuilder::captionLine(data),
                ChartBuilder::sourceLine(data));
    saveSources(data, path);
}

void FigureExporter::savePainted(const Painter& paint, const QString& path, Format format,
                                 const QSize& pixels, double dpi, const QString& title,
                                 const QString& description)
{
    checkSize(pixels, dpi);
    if (format == Format::Png) {
        PngWriter::save(paintedImage(paint, pixels, dpi), path);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw writeError(path, file.errorString());
    const QSizeF logical = logicalSize(pixels, dpi);
    switch (format) {
    case Format::Png: // written above
        break;
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setResolution(int(kScreenDpi));
        generator.setSize(logical.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), logical));
        // QSvgGenerator writes its title and description into the XML as they are: a source
        // titled "A & B" would make the whole file unreadable.
        generator.setTitle(title.toHtmlEscaped());
        generator.setDescription(description.toHtmlEscaped());
        QPainter painter(&generator);
        paint(painter, QRectF(QPointF(0, 0), logical));
        break;
    }
    case Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(int(kScreenDpi));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Sister Cities"));
        writer.setPageSize(QPageSize(logical * (25.4 / kScreenDpi), QPageSize::Millimeter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        paint(painter, QRectF(QPointF(0, 0), logical));
        break;
    }
    }
    if (!file.commit())
        throw writeError(path, file.errorString());
}

QString FigureExporter::sourcesPath(const QString& figurePath)
{
    const QFileInfo info(figurePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".sources.txt"));
}

QByteArray FigureExporter::sourcesText(const FigureData& data)
{
    const QStringList lines = QStringList{ChartBuilder::captionLine(data), QString()} +
                              SourceCitation::fullList(data.sources, data.language);
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

void FigureExporter::saveSources(const FigureData& data, const QString& figurePath)
{
    // Beside the figure, the whole list its source line sums up: "fig03-zh.sources.txt".
    writeFile(sourcesPath(figurePath), sourcesText(data));
}

void FigureExporter::copyToClipboard(const FigureData& data, const QSize& pixels, double dpi)
{
    auto* mime = new QMimeData;
    mime->setImageData(image(data, pixels, dpi));
    mime->setText(ChartBuilder::captionLine(data));
    QGuiApplication::clipboard()->setMimeData(mime);
}

bool FigureExporter::inPart(int index, int part, int parts)
{
    return parts <= 1 || index % parts == part;
}

int FigureExporter::catalogOrder(const QString& path)
{
    const QString base = QFileInfo(path).completeBaseName();
    const QString stem = base.left(base.lastIndexOf(QLatin1Char('-')));
    const QVector<FigureSpec>& catalog = FigureCatalog::all();
    for (int index = 0; index < catalog.size(); ++index)
        if (FigureCatalog::fileStem(catalog.at(index).id) == stem)
            return index;
    return -1;
}

QStringList FigureExporter::saveAll(Database& database, const PairingFilter& filter,
                                    Language language, const QString& folder, Format format,
                                    const QSize& pixels, double dpi, QStringList* skipped,
                                    int threads, int part, int parts)
{
    if (!QDir().mkpath(folder))
        throw writeError(folder, tr("the folder could not be created"));
    checkSize(pixels, dpi);
    const FigureQuery query(database);
    // Each figure's query, layout and painting here, one by one (Qt Charts: the GUI thread
    // only); a PNG's encoding and the writing of its files on the queue's threads meanwhile.
    WriteQueue queue(threads < 0 ? WriteQueue::defaultThreads() : threads);
    QStringList written;
    const QVector<FigureSpec>& catalog = FigureCatalog::all();
    for (int index = 0; index < catalog.size(); ++index) {
        if (!inPart(index, part, parts))
            continue;
        const FigureSpec& spec = catalog.at(index);
        FigureData data;
        try {
            data = query.run(spec, filter, language);
        } catch (const Error& error) {
            // A database without the survey still has its register's figures: export those,
            // and say which could not be drawn. A file that cannot be written stops everything.
            if (!skipped)
                throw;
            *skipped << QStringLiteral("%1: %2").arg(spec.id, error.message());
            continue;
        }
        const QString path = QDir(folder).filePath(fileName(data, format));
        if (format == Format::Png) {
            // The sources' list is pure data (each source's group, translated): made on the
            // worker too, it leaves the GUI thread only the chart.
            queue.add([image = image(data, pixels, dpi), path, data] {
                PngWriter::save(image, path);
                writeFile(sourcesPath(path), sourcesText(data));
            });
        } else {
            save(data, path, format, pixels, dpi);
        }
        written << path;
    }
    queue.finish();
    return written;
}

} // namespace sc
