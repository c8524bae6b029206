#pragma once

#include <QtGlobal>

class QTableView;

namespace sc {

// What the user sees of a table: the current row (by the record's id, Qt::UserRole of the first
// column) and the scroll position. Taken before the table is read again (a change made
// elsewhere) and given back after, so that the re-read moves nothing under the user's eyes.
// A table read a page at a time is fetched again as far as it had been.
class TableViewState final {
public:
    static TableViewState of(const QTableView* view);
    void restore(QTableView* view) const;

    qint64 currentId() const { return m_currentId; }

private:
    qint64 m_currentId = 0;
    int m_currentColumn = 0;
    int m_rowsFetched = 0;
    int m_vertical = 0;
    int m_horizontal = 0;
};

} // namespace sc
