#include "PairingTableModel.h"

#include "Database.h"
#include "ValueText.h"
#include "figures/SourceCitation.h"

#include <QColor>
#include <QFont>

namespace sc {

PairingTableModel::PairingTableModel(Database& database, QObject* parent)
    : PagedTableModel(parent), m_database(database)
{
    reload();
}

int PairingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairingTableModel::data(const QModelIndex& index, int role) const
{
    const PairingRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == Qt::UserRole)
        return row->id;
    const int column = index.column();
    const PairingSide* side = column <= DivisionA   ? &row->a
                              : column <= DivisionB ? &row->b
                                                    : nullptr;
    const bool borrowed = side && (column == CityA || column == CityB) &&
                          side->displaySource != language::code(m_language);
    // An unknown value is a quiet dash, its meaning in the tooltip: most pairs have no date or
    // kind on record, and a column of "unknown" would shout it on every row.
    const bool unknown = (column == Established && row->established.isEmpty()) ||
                         (column == Kind && row->kind.isEmpty()) ||
                         ((column == DivisionA || column == DivisionB) && side->division.isEmpty());
    if (role == Qt::FontRole && borrowed) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ForegroundRole && unknown)
        return QColor(Qt::gray);
    if (role == Qt::TextAlignmentRole && unknown)
        return int(Qt::AlignCenter);
    if (role == Qt::DisplayRole && unknown)
        return QStringLiteral("—");
    if (role == Qt::ToolTipRole && unknown)
        return column == Established ? tr("No date of establishment on record")
               : column == Kind      ? tr("The register does not say whether this is a sister or "
                                               "a friendship city")
                                     : tr("Division not on record");
    if (role == Qt::ToolTipRole && borrowed && side->displaySource == QLatin1String("rr"))
        return tr("%1\nRomanised from the Korean by rule (Revised Romanization): no name in this "
                  "language on record.")
            .arg(side->displayName);
    if (role == Qt::ToolTipRole && borrowed)
        return tr("%1\nNo name in this language on record: shown as the register writes it "
                  "elsewhere.")
            .arg(side->displayName);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case CityA:
    case CityB:
        return side->displayName;
    case CountryA:
    case CountryB:
        return side->countryName;
    case DivisionA:
    case DivisionB:
        return side->divisionName;
    case Established:
        return ValueText::date(row->established);
    case Status:
        // A pair known only from an undated list says so beside its status.
        return row->unverified ? tr("%1 · unverified").arg(ValueText::status(row->status))
                               : ValueText::status(row->status);
    case Kind:
        return ValueText::kind(row->kind);
    case Source:
        // As a reader cites it, in the chosen language; the title and address on demand.
        if (role == Qt::ToolTipRole)
            return row->sourceUrl.isEmpty() ? row->sourceTitle
                                            : row->sourceTitle + QLatin1Char('\n') + row->sourceUrl;
        return SourceCitation::name({row->sourceId, row->sourceTitle, row->sourceUrl, 0, {}},
                                    m_language);
    default:
        return {};
    }
}

QVariant PairingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CityA:
        return tr("City");
    case CountryA:
        return tr("Country");
    case DivisionA:
        return tr("Division");
    case CityB:
        return tr("Partner city");
    case CountryB:
        return tr("Partner country");
    case DivisionB:
        return tr("Partner division");
    case Established:
        return tr("Established");
    case Status:
        return tr("Status");
    case Kind:
        return tr("Kind");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

void PairingTableModel::sort(int column, Qt::SortOrder order)
{
    static const PairingQuery::Sort sorts[ColumnCount] = {
        PairingQuery::Sort::CityA,       PairingQuery::Sort::CountryA,
        PairingQuery::Sort::DivisionA,   PairingQuery::Sort::CityB,
        PairingQuery::Sort::CountryB,    PairingQuery::Sort::DivisionB,
        PairingQuery::Sort::Established, PairingQuery::Sort::Status,
        PairingQuery::Sort::Kind,        PairingQuery::Sort::Source};
    const PairingQuery::Sort sort =
        column >= 0 && column < ColumnCount ? sorts[column] : PairingQuery::Sort::Id;
    const bool descending = order == Qt::DescendingOrder;
    // A view set up again with the order it has (the window's start) reads nothing again: each
    // reset is a count and a page, seconds at a million pairings when a language is new.
    if (sort == m_sort && descending == m_descending)
        return;
    m_sort = sort;
    m_descending = descending;
    reload();
}

void PairingTableModel::setFilter(const PairingFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void PairingTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    reload();
}

QVector<PairingRow> PairingTableModel::readPage(int offset, int limit, int matching,
                                                const PairingRow* before) const
{
    // Scrolling on in id order goes on from the last row read: no walk over the rows before.
    // (Near the end a page is read backwards from the end instead.)
    if (before && m_sort == PairingQuery::Sort::Id && qint64(offset) * 2 + limit <= matching)
        return PairingQuery(m_database)
            .rowsAfter(m_filter, m_language, before->id, limit, m_descending, matching);
    return PairingQuery(m_database)
        .rows(m_filter, m_language, offset, limit, m_sort, m_descending, matching);
}

int PairingTableModel::readCount() const
{
    return PairingQuery(m_database).count(m_filter);
}

void PairingTableModel::reload()
{
    resetRows();
    emit countChanged(matchingCount());
}

} // namespace sc
