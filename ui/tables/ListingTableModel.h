#pragma once

#include "Language.h"
#include "ListingQuery.h"

#include "PagedTableModel.h"

namespace sc {

class Database;

// One of the tables besides pairings (cities, divisions, countries, sources, surveys), fetched
// a page at a time and sorted by SQL, like the pairings table.
class ListingTableModel final : public PagedTableModel<ListingRow> {
    Q_OBJECT

public:
    // Qt::UserRole gives the row's id, IdRole + 1 its code.
    static constexpr int CodeRole = Qt::UserRole + 1;

    ListingTableModel(Database& database, Listing listing, QObject* parent = nullptr);

    Listing listing() const { return m_listing; }
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearch(const QString& search);
    void setLanguage(Language language);
    void reload();
    // The header of a column key, in the current UI language.
    static QString headerText(const QString& key);

private:
    QVector<ListingRow> readPage(int offset, int limit, int matching,
                                 const ListingRow* before) const override;
    int readCount() const override;
    QString displayText(int column, const QVariant& value) const;

    Database& m_database;
    Listing m_listing;
    QStringList m_columns;
    QString m_search;
    Language m_language = Language::En;
    int m_sortColumn = -1;
    bool m_descending = false;
};

} // namespace sc
