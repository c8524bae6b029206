#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QScopedValueRollback>
#include <QVector>

#include <exception>

namespace sc {

// A table read from SQL a page at a time: the count of matching rows and the first page on
// every reset, any other page when a view first asks for one of its rows. The model has all
// its rows from the start (the scroll bar can be dragged anywhere; the last row is one page
// away), and keeps only the pages read last (kPagesKept): scrolling through a million rows
// costs the memory of a few thousand. Sorting and filtering are the subclass's query. Row is
// the query's row type.
template <typename Row> class PagedTableModel : public QAbstractTableModel {
public:
    static constexpr int kPageSize = 256;
    static constexpr int kPagesKept = 32;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_total;
    }

    // How many rows match.
    int matchingCount() const { return m_total; }
    // The row, read with its page if that is not kept; null when the database no longer has
    // it. The pointer is good until another page is read.
    const Row* rowAt(int row) const
    {
        if (row < 0 || row >= m_total)
            return nullptr;
        const int page = row / kPageSize;
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            if (m_reading) // a view asking for data while a page is read
                return nullptr;
            const QScopedValueRollback<bool> guard(m_reading, true);
            QVector<Row> rows;
            // The page before, when kept, says where this one starts.
            const auto previous = m_pages.constFind(page - 1);
            const Row* before = previous != m_pages.constEnd() && !previous->isEmpty()
                                    ? &previous->constLast()
                                    : nullptr;
            try {
                rows = readPage(page * kPageSize, kPageSize, m_total, before);
            } catch (const std::exception&) {
                // Painting must not throw: the row shows empty, and the next reset reports.
                return nullptr;
            }
            if (m_pages.size() >= kPagesKept)
                m_pages.remove(m_recent.takeFirst());
            it = m_pages.insert(page, rows);
        } else {
            m_recent.removeOne(page);
        }
        m_recent.append(page);
        const int index = row % kPageSize;
        return index < it->size() ? &it->at(index) : nullptr;
    }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    // The matching rows from `offset` on, at most `limit`, in the model's order; `matching` is
    // the count of the last reset (a query may read a page near the end from the end);
    // `before`, when known, is the row just before `offset` (where a keyset page starts).
    virtual QVector<Row> readPage(int offset, int limit, int matching, const Row* before) const = 0;
    virtual int readCount() const = 0;

    // Reads the count and the first page again, in one reset.
    void resetRows()
    {
        // Both queries run before the reset begins: one that fails leaves the model as it was.
        const int total = readCount();
        QVector<Row> first = readPage(0, kPageSize, total, nullptr);
        this->beginResetModel();
        m_total = total;
        m_pages.clear();
        m_recent.clear();
        m_pages.insert(0, std::move(first));
        m_recent.append(0);
        this->endResetModel();
    }

private:
    // Pages by number, and their numbers from the least recently used.
    mutable QHash<int, QVector<Row>> m_pages;
    mutable QList<int> m_recent;
    mutable bool m_reading = false;
    int m_total = 0;
};

} // namespace sc
