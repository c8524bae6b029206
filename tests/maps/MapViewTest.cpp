// The maps on screen and in files: a click filters the register to exactly one division, the
// colours are the classes of independently counted pairs, exports read back in four languages.
#include "maps/MapView.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "MapExporter.h"
#include "MapPainter.h"
#include "i18n/Translations.h"
#include "maps/MapCanvas.h"
#include "maps/MapCatalog.h"
#include "maps/MapQuery.h"
#include "support/BundledDatabaseTest.h"
#include "tables/PairingTableModel.h"
#include "ui/WindowParts.h"

#include <QCheckBox>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QSlider>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace sc;

namespace {

int pairsOfDivision(Database& database, const QString& code)
{
    QSqlQuery query(database.connection());
    query.prepare("SELECT count(*) FROM pairings p JOIN cities a ON a.id = p.city_a"
                  " JOIN cities b ON b.id = p.city_b WHERE a.division = ? OR b.division = ?");
    query.addBindValue(code);
    query.addBindValue(code);
    EXPECT_TRUE(query.exec() && query.next());
    return query.value(0).toInt();
}

// A point well inside a division's outline and away from its label, where the fill shows.
QPointF interiorPoint(const MapPainter& painter, const QString& code)
{
    const QPainterPath path = painter.pathOf(code);
    const QPointF label = painter.labelPoint(code);
    const QRectF box = path.boundingRect();
    for (double y = box.top(); y < box.bottom(); y += 2)
        for (double x = box.left(); x < box.right(); x += 2) {
            const QPointF p(x, y);
            if (QLineF(p, label).length() < 40)
                continue;
            bool inside = true;
            for (const QPointF d :
                 {QPointF(-4, 0), QPointF(4, 0), QPointF(0, -4), QPointF(0, 4), QPointF(0, 0)})
                inside = inside && path.contains(p + d);
            if (inside)
                return p;
        }
    return {};
}

// The text of an SVG's <text> elements, in order: the SVG writer splits a line where the script
// changes (kanji, kana), so a label is found across consecutive elements.
QString svgText(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return text;
}

} // namespace

class MapView_ : public BundledDatabaseTest {
protected:
    void TearDown() override { Translations::instance().install(Language::En); }
};

TEST_F(MapView_, AClickFiltersTheRegisterToExactlyThatDivision)
{
    MainWindow window(bundled::createDatabase(dir->file("click.sqlite")));
    window.resize(1400, 900);
    window.show();
    parts::child<QTabWidget>(window, "tabs")->setCurrentIndex(MainTabs::MapTab);
    MapView* view = parts::child<MapView>(window, "mapView");
    ASSERT_NE(view, nullptr);
    view->setCurrentId("map-cn-provinces");
    QCoreApplication::processEvents();
    MapCanvas* canvas = parts::child<MapCanvas>(view, "mapCanvas");
    ASSERT_GT(canvas->width(), 300);
    for (const QString& code : {QStringLiteral("CN-LN"), QStringLiteral("CN-SD")}) {
        const QPointF at = canvas->labelPoint(code);
        ASSERT_EQ(canvas->divisionAt(at), code);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, at.toPoint());
        EXPECT_EQ(parts::child<FilterPanel>(window, "filterPanel")->filter().division, code);
        EXPECT_EQ(parts::pairingModel(window)->matchingCount(),
                  pairsOfDivision(parts::database(window), code))
            << code.toStdString();
        // The map follows: only the chosen division still has pairs.
        EXPECT_EQ(view->currentData().count(code),
                  MapQuery(parts::database(window))
                      .run("map-cn-provinces",
                           parts::child<FilterPanel>(window, "filterPanel")->filter(), Language::En)
                      .count(code));
        EXPECT_EQ(view->currentData().count("CN-BJ"), 0);
    }
    // The chosen division again: the filter is cleared.
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->labelPoint("CN-SD").toPoint());
    EXPECT_TRUE(parts::child<FilterPanel>(window, "filterPanel")->filter().division.isEmpty());
    EXPECT_TRUE(canvas->hoverText("CN-SD").startsWith("Shandong: "));
}

TEST_F(MapView_, ColoursAreTheClassesOfIndependentlyCountedPairs)
{
    const MapData data = MapQuery(*db).run("map-cn-japan", {}, Language::En);
    ASSERT_GE(data.breaks.classCount(), 3);
    const QSize size(1200, 800);
    const QImage image = MapExporter::image(data, size, 96);
    const MapPainter painter(data, QRectF(QPointF(0, 0), QSizeF(size)));
    for (const QString& code : {QStringLiteral("CN-LN"), QStringLiteral("CN-QH"),
                                QStringLiteral("CN-SC"), QStringLiteral("CN-JS")}) {
        QSqlQuery query(db->connection());
        query.prepare("SELECT count(*) FROM pairings p JOIN cities a ON a.id = p.city_a"
                      " JOIN cities b ON b.id = p.city_b WHERE (a.country = 'CN' AND"
                      " b.country = 'JP' AND a.division = ?) OR (b.country = 'CN' AND"
                      " a.country = 'JP' AND b.division = ?)");
        query.addBindValue(code);
        query.addBindValue(code);
        ASSERT_TRUE(query.exec() && query.next());
        const int index = data.breaks.classOf(query.value(0).toInt());
        const QColor expected = index < 0 ? MapPainter::noPairingColor()
                                          : MapPainter::classColor(index, data.breaks.classCount());
        const QPointF at = interiorPoint(painter, code);
        ASSERT_FALSE(at.isNull()) << code.toStdString();
        const QColor seen = image.pixelColor(at.toPoint());
        EXPECT_LE(std::abs(seen.red() - expected.red()) +
                      std::abs(seen.green() - expected.green()) +
                      std::abs(seen.blue() - expected.blue()),
                  6)
            << code.toStdString() << " " << seen.name().toStdString() << " "
            << expected.name().toStdString();
    }
    // The scale keeps its order in greyscale: every class darker than the one before, and
    // "no pairing" lighter than all.
    double previous = qGray(MapPainter::noPairingColor().rgb());
    for (int i = 0; i < 5; ++i) {
        const double grey = qGray(MapPainter::classColor(i, 5).rgb());
        EXPECT_LT(grey, previous - 10);
        previous = grey;
    }
}

TEST_F(MapView_, ExportsReadBackWithTheirLegendInEveryLanguage)
{
    for (const Language language : {Language::En, Language::Zh, Language::Ja, Language::Ko}) {
        for (const MapSpec& spec : MapCatalog::all()) {
            const MapData data = MapQuery(*db).run(spec, {}, language);
            const QString svg = dir->file(MapExporter::fileName(data, FigureExporter::Format::Svg));
            MapExporter::save(data, svg, FigureExporter::Format::Svg, QSize(1200, 800), 96);
            const QString text = svgText(svg);
            for (const QString& label : MapPainter::legendLabels(data))
                EXPECT_TRUE(text.contains(label))
                    << spec.id.toStdString() << " " << label.toStdString();
            EXPECT_TRUE(text.contains(data.figure.caption)) << data.figure.caption.toStdString();
        }
    }
    const MapData data = MapQuery(*db).run("map-links", {}, Language::Ko);
    const QString png = dir->file("links.png");
    MapExporter::save(data, png, FigureExporter::Format::Png,
                      FigureExporter::pixelsFor(QSizeF(160, 100), 300), 300);
    QImageReader reader(png);
    EXPECT_EQ(reader.size(), QSize(1890, 1181));
    const QString pdf = dir->file("links.pdf");
    MapExporter::save(data, pdf, FigureExporter::Format::Pdf, QSize(1200, 800), 96);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
    EXPECT_EQ(MapExporter::fileName(data, FigureExporter::Format::Png), "map-links-ko.png");
}

TEST_F(MapView_, TheYearSliderLimitsTheMapToPairsUpToThatYear)
{
    MapView view(*db);
    view.setCurrentId("map-jp-prefectures");
    const int all = view.currentData().count("JP-13");
    auto* slider = parts::child<QSlider>(view, "yearSlider");
    auto* play = parts::child<QToolButton>(view, "play");
    parts::child<QCheckBox>(view, "yearLimit")->setChecked(true);
    slider->setValue(1980);
    PairingFilter upTo1980;
    upTo1980.toYear = 1980;
    EXPECT_EQ(view.currentData().count("JP-13"),
              MapQuery(*db).run("map-jp-prefectures", upTo1980, Language::En).count("JP-13"));
    EXPECT_LT(view.currentData().count("JP-13"), all);
    EXPECT_TRUE(view.currentData().title().contains("1980"));

    // Play starts again from the first year when the slider stands at the last.
    slider->setValue(MapView::kLastYear);
    play->click();
    EXPECT_TRUE(play->isChecked());
    EXPECT_EQ(slider->value(), MapView::kFirstYear);
    upTo1980.toYear = MapView::kFirstYear;
    EXPECT_EQ(view.currentData().count("JP-28"),
              MapQuery(*db).run("map-jp-prefectures", upTo1980, Language::En).count("JP-28"));
    play->click();
    EXPECT_FALSE(play->isChecked());
}

TEST_F(MapView_, AHiddenMapFollowsTheFilterWhenItIsShown)
{
    MapView view(*db);
    view.setCurrentId("map-cn-korea");
    PairingFilter filter;
    filter.status = "active";
    filter.fromYear = 2000;
    view.setFilter(filter);
    view.show();
    EXPECT_EQ(view.currentData().count("CN-SD"),
              MapQuery(*db).run("map-cn-korea", filter, Language::En).count("CN-SD"));
    EXPECT_TRUE(view.currentData().title().contains("2000"));
}
