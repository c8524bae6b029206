#pragma once

#include <QtGlobal>

class QTableView;

namespace sc {

// What the user sees of a table: the current row (by the record's id, Qt::UserRole of the first
// column) and the scroll position. Taken before the table is read again (a change made
// elsewhere) and given back after, so that the re-read moves nothing under the user's eyes.
class TableViewState final {
public:
    static TableViewState of(const QTableView* view);
    void restore(QTableView* view) const;

    qint64 currentId() const { return m_currentId; }

private:
    // How far from its old row the current record is looked for after the re-read.
    static constexpr int kSearchedRows = 512;

    qint64 m_currentId = 0;
    int m_currentColumn = 0;
    int m_currentRow = 0;
    int m_vertical = 0;
    int m_horizontal = 0;
};

} // namespace sc
