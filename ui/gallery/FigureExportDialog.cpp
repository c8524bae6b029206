#include "FigureExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sc {

FigureExportDialog::FigureExportDialog(QWidget* parent) : QDialog(parent)
{
    m_one = new QRadioButton(this);
    m_all = new QRadioButton(this);
    m_one->setChecked(true);
    m_format = new QComboBox(this);
    m_format->addItem(QStringLiteral("PNG"), QStringLiteral("png"));
    m_format->addItem(QStringLiteral("SVG"), QStringLiteral("svg"));
    m_format->addItem(QStringLiteral("PDF"), QStringLiteral("pdf"));
    // A column of a journal page is 80–90 mm, the page 160–170 mm.
    m_width = new QDoubleSpinBox(this);
    m_width->setRange(20, 1000);
    m_width->setValue(160);
    m_width->setSuffix(QStringLiteral(" mm"));
    m_height = new QDoubleSpinBox(this);
    m_height->setRange(20, 1000);
    m_height->setValue(100);
    m_height->setSuffix(QStringLiteral(" mm"));
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(72, 1200);
    m_dpi->setValue(300);
    m_dpi->setSuffix(QStringLiteral(" dpi"));
    m_folder = new QLineEdit(this);
    m_browse = new QPushButton(this);
    m_summary = new QLabel(this);

    auto* form = new QFormLayout;
    for (QLabel*& label : m_labels)
        label = new QLabel(this);
    auto* scope = new QHBoxLayout;
    scope->addWidget(m_one);
    scope->addWidget(m_all);
    form->addRow(m_labels[0], scope);
    form->addRow(m_labels[1], m_format);
    form->addRow(m_labels[2], m_width);
    form->addRow(m_labels[3], m_height);
    form->addRow(m_labels[4], m_dpi);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    form->addRow(m_labels[5], folderRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, windowTitle(), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    for (QDoubleSpinBox* box : {m_width, m_height})
        connect(box, &QDoubleSpinBox::valueChanged, this, &FigureExportDialog::updateSummary);
    connect(m_dpi, &QSpinBox::valueChanged, this, &FigureExportDialog::updateSummary);
    retranslateUi();
}

bool FigureExportDialog::allFigures() const
{
    return m_all->isChecked();
}

FigureExporter::Format FigureExportDialog::format() const
{
    return FigureExporter::formatFromKey(m_format->currentData().toString())
        .value_or(FigureExporter::Format::Png);
}

QSize FigureExportDialog::pixels() const
{
    return FigureExporter::pixelsFor(QSizeF(m_width->value(), m_height->value()), dpi());
}

double FigureExportDialog::dpi() const
{
    return m_dpi->value();
}

QString FigureExportDialog::folder() const
{
    return m_folder->text();
}

void FigureExportDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

void FigureExportDialog::updateSummary()
{
    const QSize size = pixels();
    m_summary->setText(tr("PNG: %1 × %2 pixels. File names say the figure and the language "
                          "(fig03-zh.png).")
                           .arg(size.width())
                           .arg(size.height()));
}

void FigureExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Figures"));
    m_one->setText(tr("This figure"));
    m_all->setText(tr("All figures"));
    m_labels[0]->setText(tr("Export:"));
    m_labels[1]->setText(tr("Format:"));
    m_labels[2]->setText(tr("Width:"));
    m_labels[3]->setText(tr("Height:"));
    m_labels[4]->setText(tr("Resolution:"));
    m_labels[5]->setText(tr("Folder:"));
    m_browse->setText(tr("Browse…"));
    updateSummary();
}

void FigureExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sc
