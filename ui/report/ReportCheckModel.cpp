#include "ReportCheckModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace sc {

ReportCheckModel::ReportCheckModel(Database& database, QObject* parent, bool readNow)
    : QAbstractTableModel(parent), m_database(database)
{
    if (readNow)
        reload();
}

int ReportCheckModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportCheckModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportCheckModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReportCheck::Row& r = m_rows.at(index.row());
    // Percentages keep the one decimal the report prints (21.0 %); counts have none.
    const bool percent = r.unit == QLatin1String("percent");
    auto number = [percent](double value) {
        return QLocale().toString(value, 'f', percent || value != qint64(value) ? 1 : 0);
    };
    if (role == Qt::TextAlignmentRole && index.column() >= Published &&
        index.column() <= Difference)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Difference && r.difference &&
        std::abs(*r.difference) >= 0.05)
        return QBrush(QColor(0xB0, 0x30, 0x20));
    if (role == Qt::ToolTipRole && index.column() == Note)
        return r.note;
    if (role == Qt::ToolTipRole)
        return tr("%1 · %2 · as of %3")
            .arg(r.source, r.statKey, r.asOf.isEmpty() ? tr("unknown") : r.asOf);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Statement:
        return r.statement;
    case Figure:
        return r.figure;
    case Published:
        return number(r.published) + (percent ? QStringLiteral("%") : QString());
    case InDatabase:
        return r.database ? number(*r.database) : tr("not in the register");
    case Difference:
        return r.difference
                   ? (*r.difference > 0 ? QStringLiteral("+") : QString()) + number(*r.difference)
                   : QString();
    case Note:
        return r.note;
    default:
        return {};
    }
}

QVariant ReportCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Statement:
        return tr("Statement");
    case Figure:
        return tr("Figure");
    case Published:
        return tr("Published");
    case InDatabase:
        return tr("Database");
    case Difference:
        return tr("Difference");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

void ReportCheckModel::setLanguage(Language language, bool readNow)
{
    m_language = language;
    if (readNow)
        reload();
}

void ReportCheckModel::reload()
{
    beginResetModel();
    m_rows = ReportCheck(m_database).run(m_language);
    endResetModel();
}

} // namespace sc
