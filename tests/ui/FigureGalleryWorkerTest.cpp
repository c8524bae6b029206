// The gallery computes its figures on its worker's thread, over a connection of its own: after a
// filter change the figures are pending, then arrive equal to FigureQuery's data for that filter
// computed directly; a burst of changes draws only the last one's; a hidden gallery computes
// nothing; an export while the figure is pending writes the new filter's figure.
#include "Error.h"
#include "FigureExporter.h"
#include "FigureTableModel.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "gallery/FigureGallery.h"
#include "gallery/FigureThumbnail.h"
#include "gallery/FigureWorker.h"
#include "support/FindChild.h"
#include "support/GeneratedDatabase.h"
#include "support/SqlTrace.h"
#include "support/TempDir.h"
#include "ui/GalleryWait.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QTableView>
#include <QThread>

#include <gtest/gtest.h>

#include <optional>

using namespace sc;
namespace parts = sc::testsupport;

namespace {

// A few thousand generated pairings on a real file: each figure takes milliseconds.
class GalleryWorker : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new TempDir;
        data = new testdata::GeneratedDatabase(testdata::generate(dir->file("w.sqlite"), 3000));
    }
    static void TearDownTestSuite()
    {
        delete data;
        data = nullptr;
        delete dir;
        dir = nullptr;
    }
    static Database& db() { return *data->database; }

    static inline TempDir* dir = nullptr;
    static inline testdata::GeneratedDatabase* data = nullptr;
};

QListWidget* listOf(const FigureGallery& gallery)
{
    return parts::child<QListWidget>(gallery, "figureList");
}

QString idAt(const FigureGallery& gallery, int row)
{
    return listOf(gallery)->item(row)->data(Qt::UserRole).toString();
}

// The figure computed here, on the test's own connection, or why it cannot be.
struct Direct {
    FigureData data;
    QString problem;
};
Direct direct(Database& database, const QString& id, const PairingFilter& filter, Language language)
{
    try {
        return {FigureWorker::figure(database, id, filter, language), QString()};
    } catch (const Error& error) {
        return {FigureData(), error.message()};
    }
}

QImage comparable(const QImage& image)
{
    return image.convertToFormat(QImage::Format_ARGB32);
}

// The first bar set of the chart on show, as numbers.
QVector<double> barValues(const FigureGallery& gallery)
{
    QVector<double> values;
    const QChart* chart = parts::child<QChartView>(gallery, "figureChart")->chart();
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            const QBarSet* set = bars->barSets().value(0);
            for (int i = 0; set && i < set->count(); ++i)
                values << set->at(i);
            break;
        }
    return values;
}

QVector<double> valuesOf(const FigureData& data)
{
    QVector<double> values;
    for (const std::optional<double>& value : data.series.value(0).values)
        values << value.value_or(0);
    return values;
}

// Every cell of a table's model, as shown.
QStringList cells(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            out << model.index(row, column).data().toString();
    return out;
}

// Waits, without running the GUI's event loop, until the worker has started `count` more
// queries: their results are then on their way when the next request makes them stale.
void letTheWorkerStart(const FigureWorker& worker, int count)
{
    const int target = worker.queriesStarted() + count;
    for (int i = 0; i < 60000 && worker.queriesStarted() < target; ++i)
        QThread::msleep(1);
    ASSERT_GE(worker.queriesStarted(), target);
}

// The gallery as the tests look at it: shown at a window's size, on figure 3.
void showOnFigure3(FigureGallery& gallery)
{
    gallery.resize(1300, 720);
    gallery.show();
    gallery.setCurrentId("fig3");
}

PairingFilter koreaOnly()
{
    PairingFilter korea;
    korea.countries = {"KR"};
    return korea;
}

} // namespace

TEST_F(GalleryWorker, AfterAFilterChangeTheFiguresArePendingThenArriveAsTheDirectQuery)
{
    FigureGallery gallery(db(), nullptr, FigureGallery::Drawing::WhenShown);
    showOnFigure3(gallery);
    const PairingFilter korea = koreaOnly();
    gallery.setFilter(korea);
    // Nothing of the new filter is drawn when setFilter returns: every figure says it waits.
    EXPECT_TRUE(gallery.isDrawing());
    EXPECT_EQ(parts::child<QLabel>(gallery, "figureStatus")->text(), "Computing…");
    EXPECT_FALSE(parts::child<QTableView>(gallery, "figureTable")->isEnabled());
    for (int row = 0; row < listOf(gallery)->count(); ++row)
        EXPECT_TRUE(listOf(gallery)->item(row)->text().endsWith("computing…"))
            << listOf(gallery)->item(row)->text().toStdString();

    parts::waitForFigures(gallery);
    EXPECT_TRUE(parts::child<QLabel>(gallery, "figureStatus")->text().isEmpty());
    EXPECT_TRUE(parts::child<QTableView>(gallery, "figureTable")->isEnabled());
    int drawn = 0;
    for (int row = 0; row < listOf(gallery)->count(); ++row) {
        const QString id = idAt(gallery, row);
        SCOPED_TRACE(id.toStdString());
        const QListWidgetItem* item = listOf(gallery)->item(row);
        const Direct expected = direct(db(), id, korea, Language::En);
        if (!expected.problem.isEmpty()) { // the survey figures: no survey in this register
            EXPECT_EQ(item->toolTip(), expected.problem);
            EXPECT_TRUE(item->icon().isNull());
            continue;
        }
        ++drawn;
        EXPECT_EQ(item->toolTip(), expected.data.title());
        const QImage image =
            FigureThumbnail::image(expected.data, FigureThumbnail::sourceLine(expected.data));
        EXPECT_EQ(comparable(item->icon().pixmap(240, 160).toImage()),
                  comparable(QPixmap::fromImage(image).toImage()));
    }
    EXPECT_GE(drawn, 8); // figures 1–8 and the five custom ones

    // The chosen figure: its chart and its table are the direct query's.
    const FigureData fig3 = direct(db(), "fig3", korea, Language::En).data;
    ASSERT_FALSE(fig3.series.isEmpty());
    EXPECT_EQ(barValues(gallery), valuesOf(fig3));
    FigureTableModel expectedTable;
    expectedTable.setFigure(fig3);
    EXPECT_EQ(cells(*parts::child<QTableView>(gallery, "figureTable")->model()),
              cells(expectedTable));
    // So is a custom figure chosen afterwards (drawn from what arrived).
    gallery.setCurrentId("custom:per-year");
    EXPECT_EQ(barValues(gallery),
              valuesOf(direct(db(), "custom:per-year", korea, Language::En).data));
}

TEST_F(GalleryWorker, ABurstOfFilterChangesDrawsOnlyTheLastFiltersFigures)
{
    FigureGallery gallery(db(), nullptr, FigureGallery::Drawing::WhenShown);
    gallery.resize(1300, 720);
    gallery.show(); // it asks for its figures from the event loop: the burst comes first
    gallery.setCurrentId("fig3");
    const auto* worker = parts::child<FigureWorker>(gallery, "figureWorker");
    ASSERT_TRUE(worker);

    // Every tooltip the list is given from here on: a drawn thumbnail's is its figure's title.
    QSet<QString> shown;
    QObject::connect(listOf(gallery)->model(), &QAbstractItemModel::dataChanged, &gallery,
                     [&](const QModelIndex& from, const QModelIndex& to, const QList<int>& roles) {
                         if (!roles.isEmpty() && !roles.contains(Qt::ToolTipRole))
                             return;
                         for (int row = from.row(); row <= to.row(); ++row)
                             shown << listOf(gallery)->item(row)->toolTip();
                     });

    PairingFilter korea, jiangsu, japan;
    korea.countries = {"KR"};
    jiangsu.division = "CN-JS";
    japan.countries = {"JP"};
    japan.fromYear = 1990;
    const int before = worker->queriesStarted();
    // Each request is left running long enough for some of its results to be on their way
    // (queued to this thread, which runs no event loop meanwhile) when the next one comes.
    gallery.setFilter(korea);
    letTheWorkerStart(*worker, 3);
    gallery.setFilter(jiangsu);
    letTheWorkerStart(*worker, 3);
    gallery.setFilter(japan);
    parts::waitForFigures(gallery);

    const int figures = listOf(gallery)->count();
    // What had not started of the first two requests was dropped.
    EXPECT_LT(worker->queriesStarted() - before, 3 * figures);
    int compared = 0;
    for (int row = 0; row < figures; ++row) {
        const QString id = idAt(gallery, row);
        SCOPED_TRACE(id.toStdString());
        const Direct last = direct(db(), id, japan, Language::En);
        if (!last.problem.isEmpty())
            continue;
        EXPECT_EQ(listOf(gallery)->item(row)->toolTip(), last.data.title());
        for (const PairingFilter& stale : {korea, jiangsu}) {
            const Direct old = direct(db(), id, stale, Language::En);
            if (old.problem.isEmpty() && old.data.title() != last.data.title()) {
                EXPECT_FALSE(shown.contains(old.data.title())) << old.data.title().toStdString();
                ++compared;
            }
        }
    }
    EXPECT_GE(compared, 10);
    EXPECT_EQ(barValues(gallery), valuesOf(direct(db(), "fig3", japan, Language::En).data));
}

TEST_F(GalleryWorker, AHiddenGalleryComputesNothingOnAFilterChange)
{
    FigureGallery gallery(db(), nullptr, FigureGallery::Drawing::WhenShown);
    showOnFigure3(gallery);
    parts::waitForFigures(gallery);
    const QVector<double> drawn = barValues(gallery);
    const auto* worker = parts::child<FigureWorker>(gallery, "figureWorker");
    gallery.hide();

    const int before = worker->queriesStarted();
    PairingFilter korea;
    korea.countries = {"KR"};
    {
        // Nor does the window's own connection run a query for it (traced on a file).
        std::optional<::testsupport::SqlTrace> trace;
        if (!db().isServer())
            trace.emplace(db().connection());
        gallery.setFilter(korea);
        gallery.setLanguage(Language::Ja);
        gallery.reload();
        QCoreApplication::processEvents();
        if (trace) {
            EXPECT_TRUE(trace->statements().isEmpty())
                << trace->statements().join('\n').toStdString();
        }
    }
    EXPECT_EQ(worker->queriesStarted(), before);
    EXPECT_FALSE(gallery.isDrawing());
    EXPECT_EQ(barValues(gallery), drawn); // the chosen figure was not drawn again either

    // Shown, it computes each figure once, for the filter and language it has now.
    gallery.show();
    parts::waitForFigures(gallery);
    EXPECT_EQ(worker->queriesStarted(), before + listOf(gallery)->count());
    const FigureData fig3 = direct(db(), "fig3", korea, Language::Ja).data;
    EXPECT_EQ(barValues(gallery), valuesOf(fig3));
    EXPECT_EQ(gallery.currentData().language, Language::Ja);
}

TEST_F(GalleryWorker, TheWindowsConnectionRunsNoFigureQueryWhileTheGalleryRefreshes)
{
    FigureGallery gallery(db(), nullptr, FigureGallery::Drawing::WhenShown);
    gallery.resize(1300, 720);
    PairingFilter jiangsu;
    jiangsu.division = "CN-JS";
    // SQLite's trace of the window's connection (the suite's register is a server's under
    // ctest -L postgresql: there the figures' equality below still holds).
    std::optional<::testsupport::SqlTrace> trace;
    if (!db().isServer())
        trace.emplace(db().connection());
    gallery.show();
    gallery.setFilter(jiangsu);
    parts::waitForFigures(gallery);
    if (trace) {
        EXPECT_TRUE(trace->statements().isEmpty()) << trace->statements().join('\n').toStdString();
    }
    EXPECT_EQ(gallery.currentData().title(),
              direct(db(), idAt(gallery, 0), jiangsu, Language::En).data.title());
}

TEST_F(GalleryWorker, ACopyWhileTheFigureIsPendingIsOfTheNewFilter)
{
    FigureGallery gallery(db(), nullptr, FigureGallery::Drawing::WhenShown);
    showOnFigure3(gallery);
    const PairingFilter korea = koreaOnly();
    gallery.setFilter(korea);
    ASSERT_TRUE(gallery.isDrawing());
    gallery.copyFigure(); // before the worker's figure arrived
    const FigureData fig3 = direct(db(), "fig3", korea, Language::En).data;
    EXPECT_EQ(gallery.currentData().title(), fig3.title());
    // The picture on the clipboard is the new filter's figure, drawn at the size it was copied.
    const QImage copied = QApplication::clipboard()->image();
    ASSERT_FALSE(copied.isNull());
    EXPECT_EQ(comparable(copied), comparable(FigureExporter::image(fig3, copied.size(), 192)));
    parts::waitForFigures(gallery);
    EXPECT_EQ(barValues(gallery), valuesOf(fig3));
}
