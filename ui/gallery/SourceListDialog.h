#pragma once

#include "figures/FigureData.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace sc {

class SourceTableModel;

// Every source of the figure on show, for the reader the gallery's shortened source line ("…
// and 4,990 more") does not satisfy: a table of the sources ("sourceTable") and "Copy all"
// ("copySources"), which puts on the clipboard the same text as the sources file an export
// writes beside the figure.
class SourceListDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SourceListDialog(const FigureData& data, QWidget* parent = nullptr);

    void copyAll();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    FigureData m_data;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    SourceTableModel* m_model = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace sc
