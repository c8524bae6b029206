#pragma once

#include "io/ColumnMap.h"

#include <QTableWidget>

namespace sc {

// Which field each column of an import file feeds: one row a column, with its header, its first
// value and a choice of field. Matched by header name at first; a field chosen for one column is
// taken from the column that fed it until then, so that no field is fed twice.
class ImportColumnTable final : public QTableWidget {
    Q_OBJECT

public:
    explicit ImportColumnTable(QWidget* parent = nullptr);

    // One row per column of `header`; `firstRecord` gives the sample values.
    void fill(const QStringList& header, const QStringList& firstRecord, const QStringList& fields);
    // Maps file column `column` to `field` (empty: ignore the column); emits mappingChanged.
    void mapColumn(int column, const QString& field);
    const ColumnMap& map() const { return m_map; }

signals:
    void mappingChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void selectField(int column, const QString& field);

    ColumnMap m_map;
};

} // namespace sc
