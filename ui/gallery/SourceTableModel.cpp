#include "SourceTableModel.h"

#include "figures/SourceCitation.h"
#include "i18n/Translations.h"

namespace sc {

void SourceTableModel::setFigure(const FigureData& data)
{
    beginResetModel();
    m_sources = data.sources;
    m_language = data.language;
    endResetModel();
}

int SourceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size())
        return {};
    const FigureSource& source = m_sources.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Values)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    // A long title or address is elided in its cell: whole in the tooltip.
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && index.column() != Values))
        return {};
    switch (index.column()) {
    case Group:
        return SourceCitation::name(source, m_language);
    case Title:
        return source.title;
    case Publisher:
        return source.publisher;
    case Address:
        return source.url;
    case Values:
        // In the figure's language, as its source line counts them.
        return Translations::locale(m_language).toString(source.count);
    default:
        return {};
    }
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        return tr("Cited as");
    case Title:
        return tr("Title");
    case Publisher:
        return tr("Publisher");
    case Address:
        return tr("Address");
    case Values:
        return tr("Values");
    default:
        return {};
    }
}

} // namespace sc
