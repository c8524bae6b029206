#pragma once

#include <QByteArray>

class QTableView;
class QWidget;

namespace sc {

// How the window's tables look and are remembered: one kind of view for every table, column
// widths restored from the settings or fitted on first start, and the selected rows copied as
// tab-separated text.
class TableLayout final {
public:
    // A read-only table of whole rows, sortable, columns movable.
    static QTableView* makeView(QWidget* parent);
    // Restores the columns saved in `state` (and the sort they show); false when there was
    // nothing to restore and the columns were fitted to the first page instead.
    static bool restoreColumns(QTableView* view, const QByteArray& state);
    // Fits every column within the view's width: short ones keep theirs, long ones share the
    // rest, none narrower than its header allows. For the first show of a window.
    static void fitToWidth(QTableView* view);
    // The selected rows as tab-separated lines, to the clipboard.
    static void copySelectedRows(QTableView* view);
};

} // namespace sc
