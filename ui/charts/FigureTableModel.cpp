#include "FigureTableModel.h"

#include "ChartBuilder.h"
#include "i18n/Translations.h"

namespace sc {

namespace {

QString translated(Language language, const char* source)
{
    return Translations::translate(language, "sc::FigureTableModel", source);
}

} // namespace

void FigureTableModel::setFigure(const FigureData& data)
{
    beginResetModel();
    m_data = data;
    endResetModel();
}

bool FigureTableModel::hasPublished() const
{
    return !m_data.published.isEmpty();
}

int FigureTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_data.categories.size());
}

int FigureTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_data.series.isEmpty())
        return 0;
    // Category, then value and percentage per series, then the published value per series.
    const int perSeries = hasPublished() ? 3 : 2;
    return 1 + perSeries * int(m_data.series.size());
}

QString FigureTableModel::published(const QString& series, const QString& category) const
{
    QStringList values;
    const QLocale locale = Translations::locale(m_data.language);
    for (const PublishedValue& value : m_data.published) {
        if (value.category != category ||
            (!series.isEmpty() && value.series != series && !value.series.isEmpty()))
            continue;
        QString text = value.unit == QLatin1String("percent")
                           ? ChartBuilder::percentText(value.value, m_data.language)
                           : locale.toString(value.value, 'g', 12);
        if (!value.asOf.isEmpty())
            text += QStringLiteral(" (%1)").arg(value.asOf);
        values << text;
    }
    return values.join(QStringLiteral("; "));
}

QVariant FigureTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                           : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == 0)
        return m_data.categoryLabels.value(row, m_data.categories.value(row));
    const int perSeries = hasPublished() ? 3 : 2;
    const int series = (column - 1) / perSeries;
    const int part = (column - 1) % perSeries;
    const std::optional<double> value = m_data.series.at(series).values.value(row);
    const QLocale locale = Translations::locale(m_data.language);
    switch (part) {
    case 0:
        if (!value)
            return translated(m_data.language,
                              QT_TRANSLATE_NOOP("sc::FigureTableModel", "not stated"));
        return m_data.unit == ValueUnit::Percent
                   ? ChartBuilder::percentText(*value, m_data.language)
                   : locale.toString(*value, 'g', 12);
    case 1: {
        const std::optional<double> percent = m_data.percent(series, row);
        return percent ? ChartBuilder::percentText(*percent, m_data.language) : QString();
    }
    default:
        return published(m_data.series.at(series).key, m_data.categories.at(row));
    }
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return m_data.categoryAxisTitle;
    const int perSeries = hasPublished() ? 3 : 2;
    const FigureSeries& series = m_data.series.at((section - 1) / perSeries);
    const QString prefix =
        m_data.series.size() > 1 ? series.name + QStringLiteral(": ") : QString();
    switch ((section - 1) % perSeries) {
    case 0:
        return prefix + (m_data.unit == ValueUnit::Pairs
                             ? translated(m_data.language,
                                          QT_TRANSLATE_NOOP("sc::FigureTableModel", "Pairs"))
                         : m_data.unit == ValueUnit::Percent
                             ? translated(m_data.language,
                                          QT_TRANSLATE_NOOP("sc::FigureTableModel", "Published %"))
                             : translated(m_data.language, QT_TRANSLATE_NOOP("sc::FigureTableModel",
                                                                             "Respondents")));
    case 1:
        return prefix +
               translated(m_data.language, QT_TRANSLATE_NOOP("sc::FigureTableModel", "Share"));
    default:
        return prefix +
               translated(m_data.language, QT_TRANSLATE_NOOP("sc::FigureTableModel", "Published"));
    }
}

} // namespace sc
