#pragma once

#include "io/CsvReader.h"

#include <QAbstractTableModel>

namespace sc {

// The first rows of a file to import, as read: the file's own header names the columns and each
// row is headed by its line number, so that a problem "line 12" can be found at a glance.
class ImportPreviewModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kMaxRows = 200;

    explicit ImportPreviewModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setFile(const QStringList& header, const QVector<CsvReader::Record>& records);
    // Marks the rows a problem names (by line number).
    void setProblemLines(const QList<int>& lines);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QVector<CsvReader::Record> m_records;
    QList<int> m_problemLines;
};

} // namespace sc
