#pragma once

#include "Language.h"
#include "report/ReportCheck.h"

#include <QAbstractTableModel>

namespace sc {

class Database;

// The report check as a table: a few dozen rows, read whole from core whenever asked.
class ReportCheckModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Statement, Figure, Published, InDatabase, Difference, Note, ColumnCount };

    // `readNow` false leaves the model empty until reload(): a view that is not shown yet.
    explicit ReportCheckModel(Database& database, QObject* parent = nullptr, bool readNow = true);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setLanguage(Language language, bool readNow = true);
    void reload();
    const ReportCheck::Row& row(int index) const { return m_rows.at(index); }
    const QVector<ReportCheck::Row>& rows() const { return m_rows; }

private:
    Database& m_database;
    Language m_language = Language::En;
    QVector<ReportCheck::Row> m_rows;
};

} // namespace sc
