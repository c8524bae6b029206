#pragma once

#include "figures/FigureData.h"

#include <QAbstractTableModel>

namespace sc {

// A figure's data as a table beside its chart: one row per category; per series its value and
// its percentage of n; the published value where a publication states one.
class FigureTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit FigureTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setFigure(const FigureData& data);
    const FigureData& figure() const { return m_data; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString published(const QString& series, const QString& category) const;
    bool hasPublished() const;

    FigureData m_data;
};

} // namespace sc
