// Figures fit for print: the size asked for at every resolution, long lists shortened to stay
// legible, source lines in the figure's language and never cut, the full list beside the file.
#include "ChartBuilder.h"
#include "FigureExporter.h"
#include "FigureFit.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "support/BundledDatabaseTest.h"
#include "support/TempDir.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace sc;

namespace {

class FigurePrint : public BundledDatabaseTest {
protected:
    static FigureData run(const QString& id, Language language = Language::En)
    {
        return FigureQuery(*db).run(id, {}, language);
    }
    // Every text element of an SVG file, joined.
    static QString svgText(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString text;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                (xml.name() == QLatin1String("text") || xml.name() == QLatin1String("desc")))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + '\n';
        EXPECT_FALSE(xml.hasError());
        return text;
    }
};

} // namespace

TEST_F(FigurePrint, APngKeepsTheSizeAskedForAtEveryDpi)
{
    // Figures 5 and 6 (31 provinces) used to grow to 277 mm high at 160 mm wide.
    for (const char* id : {"fig5", "fig6", "fig1"}) {
        const FigureData data = run(id, Language::Zh);
        for (double dpi : {96.0, 200.0, 300.0, 600.0}) {
            const QSize pixels = FigureExporter::pixelsFor(QSizeF(160, 100), dpi);
            const QString path = dir->file(QStringLiteral("%1-%2.png").arg(id).arg(dpi));
            FigureExporter::save(data, path, FigureExporter::Format::Png, pixels, dpi);
            const QImage image(path);
            ASSERT_FALSE(image.isNull());
            EXPECT_EQ(image.size(), pixels) << id << " at " << dpi;
            // 160 × 100 mm on paper, whatever the resolution.
            EXPECT_NEAR(image.width() / (image.dotsPerMeterX() / 1000.0), 160, 0.5);
            EXPECT_NEAR(image.height() / (image.dotsPerMeterY() / 1000.0), 100, 0.5);
        }
    }
}

TEST_F(FigurePrint, ALongBarListIsShortenedToLegibleTypeAndSumsTheRest)
{
    const FigureData data = run("fig5");
    ASSERT_GT(data.categories.size(), 25);
    const QSizeF page = QSizeF(FigureExporter::pixelsFor(QSizeF(160, 100), 96));
    const FigureData fitted = FigureFit::fitted(data, page);
    ASSERT_LT(fitted.categories.size(), data.categories.size());
    EXPECT_EQ(fitted.categories.last(), QStringLiteral("others"));
    const QSizeF minimum = ChartBuilder::minimumSize(fitted);
    EXPECT_LE(minimum.height() / page.height(), FigureFit::kMaxShrink);
    // Nothing is lost: the bars still add up to the figure's total.
    double before = 0;
    double after = 0;
    for (const auto& value : data.series.first().values)
        before += value.value_or(0);
    for (const auto& value : fitted.series.first().values)
        after += value.value_or(0);
    EXPECT_DOUBLE_EQ(before, after);
    EXPECT_GT(fitted.notes.size(), data.notes.size());
    // At a page tall enough for all, nothing changes.
    EXPECT_EQ(FigureFit::fitted(data, QSizeF(900, 3000)).categories, data.categories);
}

TEST_F(FigurePrint, AChineseFigureCitesItsSourcesInChineseWholeAndListsThemBeside)
{
    for (const char* id : {"fig1", "fig2", "fig5"}) {
        const FigureData data = run(id, Language::Zh);
        const QString path = dir->file(FigureExporter::fileName(data, FigureExporter::Format::Svg));
        FigureExporter::save(data, path, FigureExporter::Format::Svg, QSize(900, 600), 96);
        const QString text = svgText(path);
        SCOPED_TRACE(id);
        // The register's English titles have Chinese citations: none of them is printed.
        for (const char* english : {"List of twin towns", "Page at", "CLAIR sister-city data",
                                    "Wikipedia", "local government", "Source"})
            EXPECT_FALSE(text.contains(QLatin1String(english))) << english;
        EXPECT_TRUE(text.contains(QStringLiteral("来源"))) << text.toStdString();
        // No caption, label or source cut short.
        EXPECT_FALSE(text.contains(QChar(0x2026))) << text.toStdString();
        EXPECT_TRUE(text.contains(data.caption));

        QFile sources(FigureExporter::sourcesPath(path));
        ASSERT_TRUE(sources.open(QIODevice::ReadOnly)) << sources.fileName().toStdString();
        const QString list = QString::fromUtf8(sources.readAll());
        EXPECT_TRUE(sources.fileName().endsWith(QStringLiteral(".sources.txt")));
        for (const FigureSource& source : data.sources)
            EXPECT_TRUE(list.contains(source.title)) << source.title.toStdString();
    }
}

TEST_F(FigurePrint, PercentagesHaveOneFormInEveryLanguage)
{
    for (Language language : {Language::En, Language::Zh, Language::Ja, Language::Ko})
        EXPECT_TRUE(ChartBuilder::percentText(13.5, language).endsWith(QStringLiteral("3.5%")))
            << ChartBuilder::percentText(13.5, language).toStdString();
}

TEST_F(FigurePrint, AZeroBarSaysZeroAndPublishedSquaresKeepOffTheBarsRows)
{
    FigureData data;
    data.kind = FigureKind::BarByDivision;
    data.categoryKind = CategoryKind::Division;
    data.categories = {QStringLiteral("CN-BJ"), QStringLiteral("CN-SH"), QStringLiteral("CN-TJ")};
    data.categoryLabels = {QStringLiteral("Beijing"), QStringLiteral("Shanghai"),
                           QStringLiteral("Tianjin")};
    data.series = {FigureSeries{{}, QStringLiteral("Pairs"), {3.0, 0.0, std::nullopt}, 3}};
    data.published = {PublishedValue{{}, QStringLiteral("CN-SH"), 2, QStringLiteral("pairs")}};
    std::unique_ptr<QChart> chart(ChartBuilder::build(data));
    int zeros = 0;
    int published = 0;
    for (QAbstractSeries* series : chart->series()) {
        auto* scatter = qobject_cast<QScatterSeries*>(series);
        if (!scatter)
            continue;
        if (scatter->pointLabelsVisible() && scatter->pointLabelsFormat() == QStringLiteral("0")) {
            zeros += int(scatter->count()); // the stated 0, not the unstated value
        } else {
            for (const QPointF& point : scatter->points()) {
                ++published;
                // Between two rows of bars, not on a bar's row where its label stands.
                EXPECT_GT(std::abs(point.y() - std::round(point.y())), 0.3);
                EXPECT_GT(point.y(), -0.5); // inside the plot, not on its edge
            }
        }
    }
    EXPECT_EQ(zeros, 1);
    EXPECT_EQ(published, 1);
}
