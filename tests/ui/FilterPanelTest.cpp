#include "ui/BrowseFixture.h"

#include "FilterPanel.h"
#include "FilterSettings.h"
#include "PairingQuery.h"
#include "figures/FigureQuery.h"
#include "tables/PairingTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace sc;

namespace {

template <class T> T* child(QWidget& parent, int index = 0)
{
    return parent.findChildren<T*>().value(index);
}

QSet<qint64> modelIds(PairingTableModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(Qt::UserRole).toLongLong());
    return ids;
}

QSet<qint64> queryIds(Database& db, const PairingFilter& filter)
{
    const QVector<qint64> ids = PairingQuery(db).ids(filter);
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

// The panel drives a model exactly as the main window wires them.
struct Wired {
    FilterPanel panel;
    PairingTableModel model;
    Wired(Database& db) : panel(db), model(db)
    {
        QObject::connect(&panel, &FilterPanel::filterChanged, &model,
                         &PairingTableModel::setFilter);
    }
};

} // namespace

TEST_F(BrowseTest, EachFilterGivesExactlyTheCoreQueryRows)
{
    auto db = open();
    Wired w(*db);
    QSignalSpy changed(&w.panel, &FilterPanel::filterChanged);
    auto check = [&](const char* what) {
        SCOPED_TRACE(what);
        const PairingFilter filter = w.panel.filter();
        EXPECT_EQ(modelIds(w.model), queryIds(*db, filter));
        EXPECT_EQ(w.model.matchingCount(), PairingQuery(*db).count(filter));
    };
    QComboBox* country = child<QComboBox>(w.panel, 0);
    QComboBox* partner = child<QComboBox>(w.panel, 1);

    country->setCurrentIndex(country->findData("JP"));
    check("country");
    // Independently of SQL: pairs with a Japanese city, from the generated rows.
    int japanese = 0;
    for (const auto& p : data().pairs)
        if (data().cities.at(p.a).country == "JP" || data().cities.at(p.b).country == "JP")
            ++japanese;
    EXPECT_EQ(w.model.matchingCount(), japanese);

    partner->setCurrentIndex(partner->findData("CN"));
    check("country pair");
    EXPECT_EQ(w.panel.filter().countries, (QStringList{"JP", "CN"}));
    w.panel.clear();
    EXPECT_TRUE(w.panel.filter().isEmpty());
    EXPECT_EQ(w.model.matchingCount(), data().pairs.size());

    auto* tree = w.panel.findChild<QTreeWidget*>();
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == "CN-JS")
            tree->setCurrentItem(*it);
    EXPECT_EQ(w.panel.filter().division, "CN-JS");
    check("division");
    w.panel.clear();

    QComboBox* region = child<QComboBox>(w.panel, 2);
    region->setCurrentIndex(region->findData("west"));
    EXPECT_EQ(w.panel.filter().region, "west");
    check("region");
    int west = 0;
    for (const auto& p : data().pairs) {
        const auto& a = data().cities.at(p.a);
        const auto& b = data().cities.at(p.b);
        if ((a.country == "CN" && a.region == "west") || (b.country == "CN" && b.region == "west"))
            ++west;
    }
    EXPECT_EQ(w.model.matchingCount(), west);
    w.panel.clear();

    QSpinBox* from = child<QSpinBox>(w.panel, 0);
    QSpinBox* to = child<QSpinBox>(w.panel, 1);
    from->setValue(1980);
    to->setValue(1989);
    check("years");
    int eighties = 0;
    for (const auto& p : data().pairs)
        if (p.year && *p.year >= 1980 && *p.year <= 1989)
            ++eighties;
    EXPECT_EQ(w.model.matchingCount(), eighties);
    w.panel.clear();

    w.panel.findChild<QCheckBox*>()->setChecked(true);
    check("undated");
    int undated = 0;
    for (const auto& p : data().pairs)
        undated += p.established.isEmpty();
    EXPECT_EQ(w.model.matchingCount(), undated);
    EXPECT_FALSE(from->isEnabled());
    w.panel.clear();

    QComboBox* status = child<QComboBox>(w.panel, 3);
    status->setCurrentIndex(status->findData("dormant"));
    check("status");
    QComboBox* kind = child<QComboBox>(w.panel, 4);
    kind->setCurrentIndex(kind->findData("sister"));
    check("status and kind");
    w.panel.clear();

    // The search follows typing in any language: the Korean name of one generated city.
    // Typed key by key, as a keyboard with an input method delivers text.
    for (const QChar c : QString("JP마을7")) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w.panel.findChild<QLineEdit*>("filterSearch"), &press);
    }
    QTRY_COMPARE(w.panel.filter().search, QString("JP마을7"));
    check("search");
    int named = 0;
    for (const auto& p : data().pairs)
        if (data().cities.at(p.a).nameKo.contains("JP마을7") ||
            data().cities.at(p.b).nameKo.contains("JP마을7"))
            ++named;
    EXPECT_EQ(w.model.matchingCount(), named);
    EXPECT_GT(named, 0);
    EXPECT_TRUE(w.panel.summary().contains("JP마을7"));
    EXPECT_GT(changed.count(), 10);
}

TEST_F(BrowseTest, ActiveFiltersAreSummarisedAndClearedInOneAction)
{
    auto db = open();
    FilterPanel panel(*db);
    PairingFilter filter;
    filter.countries = {"CN", "JP"};
    filter.fromYear = 1990;
    filter.status = "active";
    panel.setFilter(filter);
    EXPECT_EQ(panel.filter(), filter);
    const QString summary = panel.summary();
    EXPECT_TRUE(summary.contains("China with Japan")) << summary.toStdString();
    EXPECT_TRUE(summary.contains("1990 or later"));
    EXPECT_TRUE(summary.contains("active"));
    QSignalSpy spy(&panel, &FilterPanel::filterChanged);
    panel.clear();
    EXPECT_EQ(spy.count(), 1);
    EXPECT_TRUE(panel.filter().isEmpty());
    EXPECT_TRUE(panel.summary().contains("none"));
}

TEST_F(BrowseTest, FiltersRoundTripThroughSettings)
{
    PairingFilter filter;
    filter.countries = {"KR"};
    filter.division = "KR-26";
    filter.toYear = 2000;
    filter.kind = "friendship";
    filter.search = "大";
    QSettings settings;
    FilterSettings::save(filter, settings);
    EXPECT_EQ(FilterSettings::load(settings), filter);
    // A broken value (an empty range) falls back to no filter rather than failing.
    settings.setValue("filter/fromYear", 2010);
    EXPECT_TRUE(FilterSettings::load(settings).isEmpty());
}

// One text for a filter: the panel's summary and a figure's caption say the same narrowings in
// the same words (the caption leaves out the countries, which the figure's title names).
TEST_F(BrowseTest, ThePanelAndTheFiguresDescribeAFilterInTheSameWords)
{
    auto db = open();
    FilterPanel panel(*db);
    PairingFilter filter;
    filter.region = "west";
    filter.fromYear = 1990;
    filter.status = "active";
    filter.kind = "sister";
    filter.search = "a";
    panel.setFilter(filter);
    const QStringList lines = panel.summary().split('\n');
    EXPECT_EQ(lines, (QStringList{"China's west", "established in 1990 or later", "status: active",
                                  "kind: sister city", "name contains “a”"}));
    const FigureData figure = FigureQuery(*db).run("fig5", filter, Language::En);
    EXPECT_EQ(figure.filterDescription, lines.join(", "));
}
