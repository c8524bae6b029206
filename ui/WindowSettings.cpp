#include "WindowSettings.h"

#include "FilterPanel.h"
#include "FilterSettings.h"
#include "MainTabs.h"
#include "tables/TableLayout.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace sc {

namespace {

// The settings keys of the tables' columns, in tab order.
const char* const kTableKeys[] = {"pairings",  "cities",  "divisions",
                                  "countries", "sources", "surveys"};

QString columnsKey(int tab)
{
    return QStringLiteral("columns/") + QLatin1String(kTableKeys[tab]);
}

} // namespace

bool WindowSettings::restore(QMainWindow& window, QSplitter& splitter, MainTabs& tabs,
                             FilterPanel& filter)
{
    QSettings settings;
    if (!window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        window.resize(1280, 780);
    window.restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    splitter.restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    bool pairingColumns = true;
    for (int tab = MainTabs::PairingsTab; tab <= MainTabs::SurveysTab; ++tab) {
        const QByteArray state = settings.value(columnsKey(tab)).toByteArray();
        if (!TableLayout::restoreColumns(tabs.tableView(MainTabs::Tab(tab)), state) &&
            tab == MainTabs::PairingsTab)
            pairingColumns = false;
    }
    filter.setFilter(FilterSettings::load(settings));
    tabs.setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    return pairingColumns;
}

void WindowSettings::save(const QMainWindow& window, const QSplitter& splitter,
                          const MainTabs& tabs, const FilterPanel& filter,
                          const QString& databasePath)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window.saveState());
    settings.setValue(QStringLiteral("window/splitter"), splitter.saveState());
    settings.setValue(QStringLiteral("window/tab"), tabs.currentIndex());
    for (int tab = MainTabs::PairingsTab; tab <= MainTabs::SurveysTab; ++tab)
        settings.setValue(columnsKey(tab),
                          tabs.tableView(MainTabs::Tab(tab))->horizontalHeader()->saveState());
    FilterSettings::save(filter.filter(), settings);
    settings.setValue(QStringLiteral("lastDatabase"), databasePath);
}

} // namespace sc
