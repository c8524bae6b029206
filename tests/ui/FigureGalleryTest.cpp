// The figure gallery: its list, chart, table and caption follow the figure, the filter and the
// language; its table model passes QAbstractItemModelTester.
#include "gallery/FigureGallery.h"
#include "FigureTableModel.h"
#include "PairingQuery.h"
#include "PairingRepository.h"
#include "dataset/BundledDataset.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "i18n/Translations.h"
#include "support/BundledDatabaseTest.h"
#include "support/FindChild.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"
#include "ui/GalleryWait.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

#include <gtest/gtest.h>

using namespace sc;
namespace parts = sc::testsupport;

namespace {

class Gallery : public BundledDatabaseTest {
protected:
    void TearDown() override { Translations::instance().install(Language::En); }

    // Saves a screenshot when SISTERCITIES_SCREENSHOTS names a folder (docs/screenshots).
    static void screenshot(QWidget& widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("SISTERCITIES_SCREENSHOTS");
        if (!folder.isEmpty())
            widget.grab().save(folder + QLatin1Char('/') + name);
    }
};

// The caption under the figure, as it is shown.
QString captionOf(const FigureGallery& gallery)
{
    return parts::child<QLabel>(gallery, "figureCaption")->text();
}

} // namespace

TEST_F(Gallery, TheTableModelPassesTheModelTester)
{
    FigureTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const FigureQuery query(*db);
    for (const FigureSpec& spec : FigureCatalog::all()) {
        const FigureData data = query.run(spec, {}, Language::Ja);
        model.setFigure(data);
        EXPECT_EQ(model.rowCount(), data.categories.size());
        EXPECT_GT(model.columnCount(), 1);
    }
    const FigureData fig12 = query.run("fig12", {}, Language::En);
    model.setFigure(fig12);
    // Japanese side, "interrupted": not stated, not 0.
    const int row = int(fig12.categories.indexOf("interrupted"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, 4).data().toString(), "not stated");
}

TEST_F(Gallery, ShowsTheChosenFigureWithItsTableAndCaption)
{
    FigureGallery gallery(*db);
    gallery.resize(1300, 720);
    gallery.show();
    parts::waitForFigures(gallery);
    // The report's figures, then the five chart kinds over the user's own selection.
    EXPECT_EQ(parts::child<QListWidget>(gallery, "figureList")->count(),
              FigureCatalog::all().size() + 5);
    EXPECT_FALSE(parts::child<QListWidget>(gallery, "figureList")->item(0)->icon().isNull());
    gallery.setCurrentId("fig9");
    EXPECT_EQ(gallery.currentData().id, "fig9");
    EXPECT_EQ(parts::child<QTableView>(gallery, "figureTable")->model()->rowCount(), 4);
    ASSERT_NE(parts::child<QChartView>(gallery, "figureChart")->chart(), nullptr);
    EXPECT_EQ(parts::child<QChartView>(gallery, "figureChart")->chart()->series().size(), 1);
    EXPECT_TRUE(captionOf(gallery).contains("Figure 9"));
    EXPECT_TRUE(parts::child<QLabel>(gallery, "figureSources")
                    ->text()
                    .contains(QString::fromUtf8("中日韩友好城市发展报告")));
    const QImage image = gallery.grab().toImage();
    EXPECT_FALSE(image.isNull());
    gallery.setCurrentId("fig3");
    screenshot(gallery, "gallery-en.png");
}

TEST_F(Gallery, FollowsTheFilterAndTheLanguage)
{
    FigureGallery gallery(*db);
    gallery.resize(1300, 720);
    gallery.show();
    gallery.setCurrentId("fig3");
    parts::waitForChosenFigure(gallery);
    const QString report = captionOf(gallery);
    PairingFilter korea;
    korea.countries = {"KR"};
    gallery.setFilter(korea);
    parts::waitForChosenFigure(gallery);
    EXPECT_NE(captionOf(gallery), report);
    EXPECT_EQ(gallery.currentData().series.first().values.size(), 2017 - 1973 + 1);
    gallery.setFilter({});
    parts::waitForChosenFigure(gallery);
    EXPECT_EQ(captionOf(gallery), report);

    gallery.setLanguage(Language::Zh);
    parts::waitForChosenFigure(gallery);
    EXPECT_EQ(gallery.currentData().language, Language::Zh);
    EXPECT_TRUE(captionOf(gallery).contains(QString::fromUtf8("中日新增友好城市数量演变")))
        << captionOf(gallery).toStdString();
    screenshot(gallery, "gallery-zh.png");
}

TEST_F(Gallery, RetranslatesItsButtonsOnALanguageChange)
{
    FigureGallery gallery(*db);
    const QList<QPushButton*> before = gallery.findChildren<QPushButton*>();
    QStringList english;
    for (QPushButton* button : before)
        english << button->text();
    ASSERT_TRUE(Translations::instance().install(Language::Zh));
    QCoreApplication::processEvents();
    QStringList chinese;
    for (QPushButton* button : gallery.findChildren<QPushButton*>())
        chinese << button->text();
    EXPECT_NE(english, chinese);
}

TEST_F(Gallery, DrawsTheRegistersChartKindsOverTheUsersSelection)
{
    FigureGallery gallery(*db);
    gallery.resize(1300, 720);
    gallery.show();
    PairingFilter jiangsu;
    jiangsu.division = "CN-JS";
    gallery.setFilter(jiangsu);
    gallery.setCurrentId("custom:per-year");
    parts::waitForChosenFigure(gallery);
    ASSERT_EQ(gallery.currentData().id, "custom");
    // Every dated pair of Jiangsu is counted in its year, and nothing else.
    PairingFilter dated = jiangsu;
    dated.fromYear = 1900;
    double sum = 0;
    for (const std::optional<double>& value : gallery.currentData().series.first().values)
        sum += value.value_or(0);
    EXPECT_EQ(int(sum), PairingQuery(*db).count(dated));
    EXPECT_FALSE(captionOf(gallery).isEmpty());
    gallery.setCurrentId("custom:by-country");
    parts::waitForChosenFigure(gallery);
    EXPECT_EQ(gallery.currentData().kind, FigureKind::Pie);
}

TEST_F(Gallery, AHiddenGalleryDrawsItsThumbnailsWhenShown)
{
    FigureGallery gallery(*db);
    gallery.resize(1300, 720);
    gallery.setCurrentId("fig3");
    parts::waitForFigures(gallery); // made to draw Now: it does, hidden
    // The thumbnail of figure 3, as the list shows it.
    const auto thumbnail = [&gallery] {
        return parts::child<QListWidget>(gallery, "figureList")
            ->item(2)
            ->icon()
            .pixmap(240, 160)
            .toImage();
    };
    const QImage before = thumbnail();
    const QString caption = captionOf(gallery);
    PairingFilter korea;
    korea.countries = {"KR"};
    gallery.setFilter(korea); // hidden: neither the chart nor the thumbnails follow yet
    QCoreApplication::processEvents();
    EXPECT_FALSE(gallery.isDrawing());
    EXPECT_EQ(captionOf(gallery), caption);
    EXPECT_EQ(thumbnail(), before);
    gallery.show();
    parts::waitForFigures(gallery);
    // Figure 3 over China–Korea pairs is another chart than over China–Japan pairs.
    EXPECT_NE(thumbnail(), before);
    EXPECT_NE(captionOf(gallery), caption);
}

TEST(GalleryReload, AnEditShowsAfterAReload)
{
    TempDir dir;
    auto data = testdata::generate(dir.file("g.sqlite"), 200);
    FigureGallery gallery(*data.database);
    gallery.show();
    gallery.setCurrentId("fig3");
    parts::waitForChosenFigure(gallery);
    const int at = int(gallery.currentData().categories.indexOf("1980"));
    ASSERT_GE(at, 0);
    const double before = gallery.currentData().series.first().values.at(at).value_or(0);

    // A new China–Japan pair of 1980, between two cities not paired yet.
    qint64 cn = 0, jp = 0;
    for (const auto& a : data.cities)
        for (const auto& b : data.cities)
            if (!cn && a.country == "CN" && b.country == "JP" &&
                !PairingRepository(*data.database).findPair(a.id, b.id)) {
                cn = a.id;
                jp = b.id;
            }
    Pairing pairing;
    pairing.cityA = cn;
    pairing.cityB = jp;
    pairing.established = "1980-05";
    pairing.sourceId = 1;
    PairingRepository(*data.database).add(pairing);

    gallery.reload();
    parts::waitForChosenFigure(gallery);
    EXPECT_EQ(gallery.currentData().series.first().values.at(at).value_or(0), before + 1);
}
