#pragma once

#include "FigureExporter.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QPushButton;

namespace sc {

// Where and how to export: this figure or all of them, the format, the size in millimetres and
// the resolution, the folder.
class FigureExportDialog final : public QDialog {
    Q_OBJECT

public:
    explicit FigureExportDialog(QWidget* parent = nullptr);

    bool allFigures() const;
    FigureExporter::Format format() const;
    QSize pixels() const;
    double dpi() const;
    QString folder() const;
    void setFolder(const QString& folder);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateSummary();

    QRadioButton* m_one = nullptr;
    QRadioButton* m_all = nullptr;
    QComboBox* m_format = nullptr;
    QDoubleSpinBox* m_width = nullptr;
    QDoubleSpinBox* m_height = nullptr;
    QSpinBox* m_dpi = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_labels[6] = {};
};

} // namespace sc
