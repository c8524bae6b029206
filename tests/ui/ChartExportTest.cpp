// Charts and their files: every format opens back at the size asked for, in every language,
// and a drawn figure has the slices, bars and points its data has.
#include "ChartBuilder.h"
#include "Error.h"
#include "FigureExporter.h"
#include "dataset/BundledDataset.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "support/BundledDatabaseTest.h"
#include "support/TempDir.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QPieSeries>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <memory>

using namespace sc;

namespace {

class ChartExport : public BundledDatabaseTest {
protected:
    static FigureData run(const QString& id, Language language = Language::En)
    {
        return FigureQuery(*db).run(id, {}, language);
    }
    template <typename T> static T* only(QChart* chart)
    {
        for (QAbstractSeries* series : chart->series())
            if (auto* typed = qobject_cast<T*>(series))
                return typed;
        return nullptr;
    }
    // Distinct colours in a sample of the image: a blank or one-colour image has one or two.
    static int colours(const QImage& image)
    {
        QSet<QRgb> seen;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                seen.insert(image.pixel(x, y));
        return int(seen.size());
    }
};

} // namespace

TEST_F(ChartExport, APieHasASlicePerStatedAnswerAndOneForTheUnstatedRest)
{
    std::unique_ptr<QChart> nine(ChartBuilder::build(run("fig9")));
    auto* pie = only<QPieSeries>(nine.get());
    ASSERT_NE(pie, nullptr);
    EXPECT_EQ(pie->count(), 4);
    EXPECT_DOUBLE_EQ(pie->sum(), 133);
    EXPECT_EQ(nine->animationOptions(), QChart::NoAnimation);

    // Figure 16's five counts sum to 129 of 133: the 4 others are a "not stated" slice.
    std::unique_ptr<QChart> sixteen(ChartBuilder::build(run("fig16")));
    pie = only<QPieSeries>(sixteen.get());
    ASSERT_NE(pie, nullptr);
    EXPECT_EQ(pie->count(), 6);
    EXPECT_DOUBLE_EQ(pie->slices().last()->value(), 4);
    EXPECT_DOUBLE_EQ(pie->sum(), 133);
}

TEST_F(ChartExport, BarsAndLinesHaveAPointPerCategory)
{
    const FigureData fig3 = run("fig3");
    std::unique_ptr<QChart> bars(ChartBuilder::build(fig3));
    auto* series = only<QAbstractBarSeries>(bars.get());
    ASSERT_NE(series, nullptr);
    ASSERT_EQ(series->count(), 1);
    EXPECT_EQ(series->barSets().first()->count(), 2017 - 1973 + 1);
    // The report's stated years are markers beside the bars.
    auto* published = only<QScatterSeries>(bars.get());
    ASSERT_NE(published, nullptr);
    EXPECT_GT(published->count(), 0);

    const FigureData fig2 = run("fig2");
    std::unique_ptr<QChart> line(ChartBuilder::build(fig2));
    auto* points = only<QLineSeries>(line.get());
    ASSERT_NE(points, nullptr);
    EXPECT_EQ(points->count(), fig2.categories.size());

    std::unique_ptr<QChart> grouped(ChartBuilder::build(run("fig12")));
    series = only<QAbstractBarSeries>(grouped.get());
    ASSERT_NE(series, nullptr);
    ASSERT_EQ(series->count(), 2);
    EXPECT_EQ(series->barSets().at(0)->count(), 4);
    // Percentages of each group's respondents: 67 of 133.
    EXPECT_NEAR(series->barSets().at(0)->at(0), 50.4, 0.05);
}

TEST_F(ChartExport, EveryFormatOpensBackInEveryLanguage)
{
    const QSize pixels(900, 600);
    for (Language language : {Language::En, Language::Zh, Language::Ja, Language::Ko}) {
        const FigureData data = run("fig3", language);
        const QString code = language::code(language);
        SCOPED_TRACE(code.toStdString());

        const QString png = dir->file(FigureExporter::fileName(data, FigureExporter::Format::Png));
        EXPECT_TRUE(png.endsWith("fig03-" + code + ".png"));
        FigureExporter::save(data, png, FigureExporter::Format::Png, pixels, 150);
        QImage image(png);
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), pixels);
        EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 150, 0.5);
        EXPECT_GT(colours(image), 8);

        const QString svg = dir->file(FigureExporter::fileName(data, FigureExporter::Format::Svg));
        FigureExporter::save(data, svg, FigureExporter::Format::Svg, pixels, 150);
        QFile svgFile(svg);
        ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svgFile);
        QString text;
        bool isSvg = false;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                isSvg = isSvg || xml.name() == QLatin1String("svg");
                if (xml.name() == QLatin1String("text"))
                    text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        }
        EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
        EXPECT_TRUE(isSvg);
        EXPECT_TRUE(text.contains(data.caption)) << data.caption.toStdString();

        const QString pdf = dir->file(FigureExporter::fileName(data, FigureExporter::Format::Pdf));
        FigureExporter::save(data, pdf, FigureExporter::Format::Pdf, pixels, 150);
        QFile pdfFile(pdf);
        ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        EXPECT_TRUE(bytes.startsWith("%PDF"));
        EXPECT_EQ(QString::fromLatin1(bytes).count(QRegularExpression("/Type\\s*/Page(?!s)")), 1);
    }
}

TEST_F(ChartExport, PngSizeFollowsMillimetresAndDpi)
{
    const QSize pixels = FigureExporter::pixelsFor(QSizeF(160, 100), 300);
    EXPECT_EQ(pixels, QSize(1890, 1181));
    for (const FigureSpec& spec : FigureCatalog::all()) {
        const QImage image = FigureExporter::image(run(spec.id), pixels, 300);
        EXPECT_EQ(image.size(), pixels) << spec.id.toStdString();
        EXPECT_GT(colours(image), 8) << spec.id.toStdString();
    }
    // A thumbnail is laid out at the figure's minimum size and scaled: still drawn.
    EXPECT_GT(colours(FigureExporter::image(run("fig5"), QSize(160, 110), 96)), 4);
}

TEST_F(ChartExport, ExportingAllWritesEveryFigureNamedByIdAndLanguage)
{
    TempDir out;
    const QStringList written = FigureExporter::saveAll(
        *db, {}, Language::Ja, out.path(), FigureExporter::Format::Png, QSize(600, 400));
    EXPECT_EQ(written.size(), FigureCatalog::all().size());
    EXPECT_TRUE(QFile::exists(out.file("fig01-ja.png")));
    EXPECT_TRUE(QFile::exists(out.file("fig17-ja.png")));
    EXPECT_TRUE(QFile::exists(out.file("tension-ja.png")));
}

TEST_F(ChartExport, ABadSizeOrPathIsAnError)
{
    const FigureData data = run("fig9");
    EXPECT_THROW(
        FigureExporter::save(data, dir->file("x.png"), FigureExporter::Format::Png, QSize(0, 10)),
        Error);
    EXPECT_THROW(FigureExporter::save(data, "/nonexistent-dir/x.png", FigureExporter::Format::Png,
                                      QSize(300, 200)),
                 Error);
}
