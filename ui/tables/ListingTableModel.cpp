#include "ListingTableModel.h"

#include "Database.h"
#include "ValueText.h"

#include <QLocale>

namespace sc {

ListingTableModel::ListingTableModel(Database& database, Listing listing, QObject* parent)
    : PagedTableModel(parent), m_database(database), m_listing(listing),
      m_columns(ListingQuery(database, listing).columns())
{
    reload();
}

int ListingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ListingTableModel::displayText(int column, const QVariant& value) const
{
    const QString& key = m_columns.at(column);
    if (value.isNull())
        return key == QLatin1String("division") || key == QLatin1String("region")
                   ? ValueText::unknown()
                   : QString();
    if (ListingQuery(m_database, m_listing).isCount(column))
        return QLocale().toString(value.toLongLong());
    if (key == QLatin1String("level"))
        return ValueText::level(value.toString());
    if (key == QLatin1String("region"))
        return ValueText::region(value.toString());
    if (key == QLatin1String("dateRead"))
        return ValueText::date(value.toString());
    return value.toString();
}

QVariant ListingTableModel::data(const QModelIndex& index, int role) const
{
    const ListingRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() >= m_columns.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(index.column(), row->cells.value(index.column()));
    case Qt::TextAlignmentRole:
        if (ListingQuery(m_database, m_listing).isCount(index.column()))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::UserRole:
        return row->id;
    case CodeRole:
        return row->code;
    default:
        return {};
    }
}

QString ListingTableModel::headerText(const QString& key)
{
    static const QHash<QString, const char*> headers = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("native"), QT_TR_NOOP("Native name")},
        {QStringLiteral("english"), QT_TR_NOOP("English name")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("division"), QT_TR_NOOP("Division")},
        {QStringLiteral("level"), QT_TR_NOOP("Level")},
        {QStringLiteral("pairings"), QT_TR_NOOP("Pairings")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("cities"), QT_TR_NOOP("Cities")},
        {QStringLiteral("divisions"), QT_TR_NOOP("Divisions")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("publisher"), QT_TR_NOOP("Publisher")},
        {QStringLiteral("url"), QT_TR_NOOP("Address")},
        {QStringLiteral("dateRead"), QT_TR_NOOP("Read on")},
        {QStringLiteral("licence"), QT_TR_NOOP("Licence")},
        {QStringLiteral("year"), QT_TR_NOOP("Year")},
        {QStringLiteral("questions"), QT_TR_NOOP("Questions")},
        {QStringLiteral("groups"), QT_TR_NOOP("Respondent groups")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
    };
    const char* text = headers.value(key);
    return text ? tr(text) : key;
}

QVariant ListingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return headerText(m_columns.at(section));
}

void ListingTableModel::sort(int column, Qt::SortOrder order)
{
    const int sortColumn = column >= 0 && column < m_columns.size() ? column : -1;
    const bool descending = order == Qt::DescendingOrder;
    // The same order again (a view set up at the window's start) reads nothing again.
    if (sortColumn == m_sortColumn && descending == m_descending)
        return;
    m_sortColumn = sortColumn;
    m_descending = descending;
    reload();
}

void ListingTableModel::setSearch(const QString& search)
{
    if (search == m_search)
        return;
    m_search = search;
    reload();
}

void ListingTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    reload();
}

QVector<ListingRow> ListingTableModel::readPage(int offset, int limit, int matching,
                                                const ListingRow* before) const
{
    // The other tables page by OFFSET.
    Q_UNUSED(matching);
    Q_UNUSED(before);
    return ListingQuery(m_database, m_listing)
        .rows(m_language, m_search, offset, limit, m_sortColumn, m_descending);
}

int ListingTableModel::readCount() const
{
    return ListingQuery(m_database, m_listing).count(m_search);
}

void ListingTableModel::reload()
{
    resetRows();
}

} // namespace sc
