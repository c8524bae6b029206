#pragma once

#include "Language.h"
#include "PairingFilter.h"
#include "PairingQuery.h"

#include "PagedTableModel.h"

namespace sc {

class Database;

// The pairings that match a filter, fetched from SQLite a page at a time as the view scrolls;
// sorting and filtering run as SQL, so a large register costs no more than one page.
class PairingTableModel final : public PagedTableModel<PairingRow> {
    Q_OBJECT

public:
    enum Column {
        CityA,
        CountryA,
        DivisionA,
        CityB,
        CountryB,
        DivisionB,
        Established,
        Status,
        Kind,
        Source,
        ColumnCount
    };

    explicit PairingTableModel(Database& database, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const PairingFilter& filter);
    const PairingFilter& filter() const { return m_filter; }
    void setLanguage(Language language);
    // Re-reads everything, after an edit or when the database changed.
    void reload();

signals:
    void countChanged(int matching);

private:
    QVector<PairingRow> readPage(int offset, int limit, int matching,
                                 const PairingRow* before) const override;
    int readCount() const override;

    Database& m_database;
    PairingFilter m_filter;
    Language m_language = Language::En;
    PairingQuery::Sort m_sort = PairingQuery::Sort::Id;
    bool m_descending = false;
};

} // namespace sc
