#include "TableViewState.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>

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
    }
    state.m_rowsFetched = model->rowCount();
    state.m_vertical = view->verticalScrollBar()->value();
    state.m_horizontal = view->horizontalScrollBar()->value();
    return state;
}

void TableViewState::restore(QTableView* view) const
{
    QAbstractItemModel* model = view->model();
    if (!model)
        return;
    while (model->rowCount() < m_rowsFetched && model->canFetchMore({}))
        model->fetchMore({});
    if (m_currentId != 0) {
        const QModelIndex now = view->currentIndex();
        if (!now.isValid() || now.siblingAtColumn(0).data(Qt::UserRole).toLongLong() != m_currentId)
            for (int row = 0; row < model->rowCount(); ++row) {
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
