#include "TableLayout.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace sc {

QTableView* TableLayout::makeView(QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(120);
    return view;
}

bool TableLayout::restoreColumns(QTableView* view, const QByteArray& state)
{
    QHeaderView* header = view->horizontalHeader();
    if (!state.isEmpty() && header->restoreState(state)) {
        view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        return true;
    }
    // First start: columns as wide as the first page needs, within reason.
    view->resizeColumnsToContents();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, std::clamp(header->sectionSize(column), 50, 260));
    return false;
}

void TableLayout::fitToWidth(QTableView* view)
{
    QHeaderView* header = view->horizontalHeader();
    const int room = view->viewport()->width() - 4;
    // Every column at least as wide as its header; short ones (dates, status) keep their
    // width, and the long ones share what is left.
    constexpr int kShort = 110;
    int fixed = 0;
    int flexible = 0;
    for (int column = 0; column < header->count(); ++column) {
        const int size = std::max(header->sectionSize(column), header->sectionSizeHint(column));
        header->resizeSection(column, size);
        (size <= kShort ? fixed : flexible) += size;
    }
    if (fixed + flexible > room && room > fixed && flexible > 0)
        for (int column = 0; column < header->count(); ++column)
            if (const int size = header->sectionSize(column); size > kShort)
                header->resizeSection(column, std::max(header->sectionSizeHint(column),
                                                       size * (room - fixed) / flexible));
    // What the headers' own widths still leave over is taken from the widest columns.
    for (int step = 0; step < header->count() && header->length() > room; ++step) {
        int widest = 0;
        for (int column = 1; column < header->count(); ++column)
            if (header->sectionSize(column) > header->sectionSize(widest))
                widest = column;
        const int excess = header->length() - room;
        header->resizeSection(widest, std::max(kShort / 2, header->sectionSize(widest) - excess));
    }
}

void TableLayout::copySelectedRows(QTableView* view)
{
    if (!view || !view->selectionModel())
        return;
    QStringList lines;
    for (const QModelIndex& index : view->selectionModel()->selectedRows()) {
        QStringList cells;
        for (int column = 0; column < view->model()->columnCount(); ++column)
            cells << index.siblingAtColumn(column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace sc
