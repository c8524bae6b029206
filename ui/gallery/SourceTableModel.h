#pragma once

#include "figures/FigureData.h"

#include <QAbstractTableModel>

namespace sc {

// Every source of a figure, one a row: the group its source line cites it under, its title,
// publisher and address, and how many of the figure's values it gave (beside the group: what a
// reader compares with the source line's counts). Rows are made as a view
// asks for them, so that a figure of thousands of sources costs only the rows on screen.
class SourceTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Group, Values, Title, Publisher, Address, ColumnCount };

    explicit SourceTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setFigure(const FigureData& data);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<FigureSource> m_sources;
    Language m_language = Language::En;
};

} // namespace sc
