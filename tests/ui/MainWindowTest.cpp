#include "MainWindow.h"
#include "FilterPanel.h"
#include "PairingQuery.h"
#include "ReferenceData.h"
#include "gallery/FigureGallery.h"
#include "maps/MapView.h"
#include "report/ReportCheckView.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"
#include "tables/PairingTableModel.h"
#include "ui/WindowParts.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>

#include <gtest/gtest.h>

using namespace sc;

TEST(PairingTableModel, PassesTheModelTesterAndHasEveryRowFromTheStart)
{
    TempDir dir;
    auto data = testdata::generate(dir.file("m.sqlite"), 1000);
    PairingTableModel model(*data.database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Every row is there for the scroll bar; its page is read when a view asks for it.
    EXPECT_EQ(model.matchingCount(), 1000);
    EXPECT_EQ(model.rowCount(), 1000);
    EXPECT_FALSE(model.canFetchMore({}));
    ASSERT_NE(model.rowAt(999), nullptr);
    EXPECT_EQ(model.rowAt(999)->id, data.pairs.last().id);

    PairingFilter filter;
    filter.countries = {"JP"};
    model.setFilter(filter);
    EXPECT_EQ(model.matchingCount(), PairingQuery(*data.database).count(filter));
    model.sort(PairingTableModel::Established, Qt::DescendingOrder);
    model.setLanguage(Language::Ko);
    EXPECT_FALSE(model.index(0, PairingTableModel::CityA).data().toString().isEmpty());
}

TEST(MainWindow, ShowsTheOpenDatabaseAndItsCounts)
{
    TempDir dir;
    const QString path = dir.file("w.sqlite");
    testdata::generate(path, 120);
    MainWindow window(Database::open(path));
    EXPECT_TRUE(window.windowTitle().contains("w.sqlite"));
    EXPECT_TRUE(parts::statusText(window).contains("120 of 120 pairings"))
        << parts::statusText(window).toStdString();
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text().remove('&');
    EXPECT_EQ(menus, (QStringList{"File", "Edit", "View", "Language", "Help"}));
    EXPECT_EQ(parts::child<QTableView>(window, "pairingsTable")->model()->rowCount(), 120);
}

TEST(MainWindow, ReadOnlySaysSoInTheTitle)
{
    TempDir dir;
    const QString path = dir.file("r.sqlite");
    testdata::generate(path, 10);
    MainWindow window(Database::open(path, Database::Mode::ReadOnly));
    EXPECT_TRUE(window.windowTitle().contains("read-only"));
}

TEST(MainWindow, HasTheFigureGalleryAndTheReportCheckAsTabs)
{
    TempDir dir;
    const QString path = dir.file("t.sqlite");
    testdata::generate(path, 60);
    MainWindow window(Database::open(path));
    ASSERT_EQ(parts::child<QTabWidget>(window, "tabs")->count(),
              9); // the eighth and ninth: report check, map
    EXPECT_EQ(parts::child<QTabWidget>(window, "tabs")->widget(MainTabs::FiguresTab),
              static_cast<QWidget*>(parts::child<FigureGallery>(window, "figureGallery")));
    EXPECT_EQ(parts::child<QTabWidget>(window, "tabs")->widget(MainTabs::ReportTab),
              static_cast<QWidget*>(parts::child<ReportCheckView>(window, "reportCheckView")));
    EXPECT_EQ(parts::child<QTabWidget>(window, "tabs")->tabText(MainTabs::ReportTab),
              "Compare with the Report");
    // Opening another file makes both anew on it, in the same places.
    const QString other = dir.file("u.sqlite");
    testdata::generate(other, 30);
    ASSERT_TRUE(window.openDatabase(other, Database::Mode::ReadOnly));
    EXPECT_EQ(parts::child<QTabWidget>(window, "tabs")->count(), 9);
    EXPECT_EQ(parts::child<QTabWidget>(window, "tabs")->widget(MainTabs::FiguresTab),
              static_cast<QWidget*>(parts::child<FigureGallery>(window, "figureGallery")));
    EXPECT_EQ(parts::child<QTabWidget>(window, "tabs")->widget(MainTabs::MapTab),
              static_cast<QWidget*>(parts::child<MapView>(window, "mapView")));
    // Import writes: read-only disables it with every other editing action.
    for (QAction* action : parts::editingActions(window))
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
}

TEST(PairingTableModel, AFailedReloadLeavesTheModelAsItWas)
{
    TempDir dir;
    auto data = testdata::generate(dir.file("f.sqlite"), 300);
    PairingTableModel model(*data.database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rows = model.rowCount();
    PairingFilter impossible;
    impossible.fromYear = 2000;
    impossible.toYear = 1990;
    EXPECT_THROW(model.setFilter(impossible), std::exception);
    // No reset was begun and left open: the model still answers, and can be reset again.
    EXPECT_EQ(model.rowCount(), rows);
    model.setFilter({});
    EXPECT_EQ(model.matchingCount(), 300);
}

TEST(MainWindow, AFilterOnADivisionTheNextFileLacksIsDropped)
{
    TempDir dir;
    const QString path = dir.file("a.sqlite");
    testdata::generate(path, 100);
    // The second file knows the countries but no division at all.
    const QString bare = dir.file("bare.sqlite");
    {
        auto db = Database::create(bare);
        ReferenceData(*db).addCountry({"CN", {QString(), "中国", "中国", "중국", "China"}, 0});
    }
    MainWindow window(Database::open(path));
    PairingFilter filter;
    filter.countries = {"CN"};
    filter.division = "CN-JS";
    parts::child<FilterPanel>(window, "filterPanel")->setFilter(filter);
    ASSERT_EQ(parts::child<FilterPanel>(window, "filterPanel")->filter().division, "CN-JS");
    ASSERT_TRUE(window.openDatabase(bare, Database::Mode::ReadOnly));
    EXPECT_TRUE(parts::child<FilterPanel>(window, "filterPanel")->filter().division.isEmpty());
    EXPECT_EQ(parts::child<FilterPanel>(window, "filterPanel")->filter().countries,
              QStringList{"CN"});
    EXPECT_EQ(parts::pairingModel(window)->filter(),
              parts::child<FilterPanel>(window, "filterPanel")->filter());
}
