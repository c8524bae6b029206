#include "TableViewState.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace sc {

TableViewState TableViewState::of(const QTableView* view)
{
    TableViewState state;
    const QAbstractItemModel* model = view->model();
    if (!model)
        return state;
    const QModelIndex current = view->selectionModel() ? view->currentIndex() : QModelIndex();
    if (current.isValid()) {
        state.m_currentId = current.siblingAtColumn(0).data(Qt::UserRole).toLongLong();
        state.m_currentColumn = current.column();
        state.m_currentRow = current.row();
    }
    state.m_vertical = view->verticalScrollBar()->value();
    state.m_horizontal = view->horizontalScrollBar()->value();
    return state;
}

void TableViewState::restore(QTableView* view) const
{
    QAbstractItemModel* model = view->model();
    if (!model)
        return;
    if (m_currentId != 0) {
        const QModelIndex now = view->currentIndex();
        // An edit moves the current row by a few places at most; the model reads its pages on
        // demand, so only the rows around the old place are looked at, not a million.
        const int first = std::max(0, m_currentRow - kSearchedRows);
        const int last = std::min(model->rowCount(), m_currentRow + kSearchedRows + 1);
        if (!now.isValid() || now.siblingAtColumn(0).data(Qt::UserRole).toLongLong() != m_currentId)
            for (int row = first; row < last; ++row) {
                const QModelIndex index = model->index(row, m_currentColumn);
                if (index.siblingAtColumn(0).data(Qt::UserRole).toLongLong() == m_currentId) {
                    view->setCurrentIndex(index);
                    break;
                }
            }
    }
    // The view lays itself out after a reset only later: the scroll bars get their range now.
    view->doItemsLayout();
    view->verticalScrollBar()->setValue(m_vertical);
    view->horizontalScrollBar()->setValue(m_horizontal);
}

} // namespace sc
