#pragma once

#include <QAbstractTableModel>
#include <QScopedValueRollback>
#include <QVector>

namespace sc {

// A table read from SQL a page at a time as the view scrolls: the count of matching rows and
// the first page on every reset, the next page on fetchMore. Sorting and filtering are the
// subclass's query, so a large table costs no more than one page. Row is the query's row type.
template <typename Row> class PagedTableModel : public QAbstractTableModel {
public:
    static constexpr int kPageSize = 256;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_rows.size() < m_total;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        // A view or a model tester may ask for more while rows are being inserted.
        if (m_fetching || !canFetchMore(parent))
            return;
        const QScopedValueRollback<bool> guard(m_fetching, true);
        const QVector<Row> page = readPage(int(m_rows.size()), kPageSize);
        if (page.isEmpty()) {
            // The database shrank under us: what we have is all there is.
            m_total = int(m_rows.size());
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows += page;
        endInsertRows();
    }

    // How many rows match (not only those fetched so far).
    int matchingCount() const { return m_total; }
    const Row* rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    // The matching rows from `offset` on, at most `limit`, in the model's order.
    virtual QVector<Row> readPage(int offset, int limit) const = 0;
    virtual int readCount() const = 0;

    // Reads the count and the first page again, in one reset.
    void resetRows()
    {
        // The first page is read inside the reset: views (and the model tester) react to the
        // reset by asking for data, and must not see a second change begin before this one has
        // ended.
        const QScopedValueRollback<bool> guard(m_fetching, true);
        // Both queries run before the reset begins: one that fails leaves the model as it was.
        const int total = readCount();
        QVector<Row> rows = readPage(0, kPageSize);
        this->beginResetModel();
        m_total = total;
        m_rows = std::move(rows);
        this->endResetModel();
    }

private:
    QVector<Row> m_rows;
    int m_total = 0;
    bool m_fetching = false;
};

} // namespace sc
