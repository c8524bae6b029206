#pragma once

class QMainWindow;
class QSettings;
class QSplitter;
class QString;

namespace sc {

class FilterPanel;
class MainTabs;

// What the main window remembers between sessions: its geometry and docks, the splitter between
// its panes, the current tab, each table's columns and the filter.
class WindowSettings final {
public:
    // Returns false when the pairings table had no remembered columns: the first show then fits
    // them to the window.
    static bool restore(QMainWindow& window, QSplitter& splitter, MainTabs& tabs,
                        FilterPanel& filter);
    static void save(const QMainWindow& window, const QSplitter& splitter, const MainTabs& tabs,
                     const FilterPanel& filter, const QString& databasePath);
};

} // namespace sc
