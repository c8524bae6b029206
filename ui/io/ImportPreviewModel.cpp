#include "ImportPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace sc {

namespace {

// Line numbers as the problems name them: in the user's digits, without group separators.
QString lineNumber(int line)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(line);
}

} // namespace

void ImportPreviewModel::setFile(const QStringList& header,
                                 const QVector<CsvReader::Record>& records)
{
    beginResetModel();
    m_header = header;
    m_records = records.mid(0, kMaxRows);
    m_problemLines.clear();
    endResetModel();
}

void ImportPreviewModel::setProblemLines(const QList<int>& lines)
{
    m_problemLines = lines;
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::BackgroundRole});
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CsvReader::Record& record = m_records.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QString text = record.fields.value(index.column());
        // A line break inside a field would make the row as tall as the note.
        return role == Qt::DisplayRole ? QString(text).replace(QLatin1Char('\n'), QChar(0x21B5))
                                       : text;
    }
    if (role == Qt::BackgroundRole && m_problemLines.contains(record.line))
        return QBrush(QColor(255, 228, 225));
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_header.size() ? QVariant(m_header.at(section))
                                                         : QVariant();
    return section >= 0 && section < m_records.size()
               ? QVariant(lineNumber(m_records.at(section).line))
               : QVariant();
}

} // namespace sc
