#include "ExportDialog.h"

#include "Database.h"
#include "Error.h"
#include "PairingQuery.h"
#include "i18n/Translations.h"
#include "io/Exporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sc {

ExportDialog::ExportDialog(Database& database, const PairingFilter& filter, Language language,
                           QWidget* parent)
    : QDialog(parent), m_database(database), m_filter(filter), m_language(language)
{
    m_pairings = PairingQuery(database).count(filter);
    m_tableLabel = new QLabel(this);
    m_table = new QComboBox(this);
    m_table->addItem(QString(), QStringLiteral("pairings"));
    m_table->addItem(QString(), QStringLiteral("cities"));
    m_formatLabel = new QLabel(this);
    m_format = new QComboBox(this);
    m_format->addItem(QStringLiteral("CSV"), QStringLiteral("csv"));
    m_format->addItem(QStringLiteral("JSON"), QStringLiteral("json"));
    m_pathLabel = new QLabel(this);
    m_path = new QLineEdit(this);
    m_path->setMinimumWidth(380);
    m_browse = new QPushButton(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(m_tableLabel, m_table);
    form->addRow(m_formatLabel, m_format);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    form->addRow(m_pathLabel, pathRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setPath(QDir::home().filePath(QStringLiteral("pairings.csv")));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text());
        if (!path.isEmpty())
            m_path->setText(path);
    });
    // The file name follows the choice of table and format until the user types one.
    auto rename = [this] {
        const QFileInfo info(m_path->text());
        m_path->setText(info.dir().filePath(m_table->currentData().toString() + QLatin1Char('.') +
                                            m_format->currentData().toString()));
        updateSummary();
    };
    connect(m_table, &QComboBox::currentIndexChanged, this, rename);
    connect(m_format, &QComboBox::currentIndexChanged, this, rename);
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_export->setEnabled(!m_path->text().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (exportNow())
            accept();
    });
    retranslateUi();
}

bool ExportDialog::run(QWidget* parent, Database& database, const PairingFilter& filter,
                       Language language)
{
    ExportDialog dialog(database, filter, language, parent);
    return dialog.exec() == QDialog::Accepted;
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void ExportDialog::setTable(const QString& table)
{
    m_table->setCurrentIndex(m_table->findData(table));
}

void ExportDialog::setFormat(const QString& format)
{
    m_format->setCurrentIndex(m_format->findData(format));
}

QString ExportDialog::summary() const
{
    return m_summary->text();
}

void ExportDialog::updateSummary()
{
    const QString count = QLocale().toString(m_pairings);
    const bool cities = m_table->currentData().toString() == QLatin1String("cities");
    if (m_filter.isEmpty())
        m_summary->setText(cities ? tr("Every city of the register.")
                                  : tr("All %1 pairings (no filter is set).").arg(count));
    else
        m_summary->setText(cities ? tr("The cities of the %1 pairings the filters show.").arg(count)
                                  : tr("The %1 pairings the filters show.").arg(count));
    if (!cities)
        m_summary->setText(
            m_summary->text() + QLatin1Char(' ') +
            tr("City names in %1.").arg(Translations::locale(m_language).nativeLanguageName()));
}

bool ExportDialog::exportNow()
{
    const QString path = m_path->text().trimmed();
    const Exporter::Format format = m_format->currentData().toString() == QLatin1String("json")
                                        ? Exporter::Format::Json
                                        : Exporter::Format::Csv;
    try {
        const Exporter exporter(m_database);
        int rows = 0;
        const QByteArray bytes = m_table->currentData().toString() == QLatin1String("cities")
                                     ? exporter.cities(m_filter, format, &rows)
                                     : exporter.pairings(m_filter, m_language, format, &rows);
        Exporter::save(path, bytes);
        m_summary->setText(tr("Wrote %1 rows to %2.")
                               .arg(QLocale().toString(rows), QDir::toNativeSeparators(path)));
        return true;
    } catch (const Error& error) {
        m_summary->setText(tr("Nothing was written: %1").arg(error.message()));
        return false;
    }
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    m_tableLabel->setText(tr("Export:"));
    m_table->setItemText(0, tr("Pairings"));
    m_table->setItemText(1, tr("Cities of these pairings"));
    m_formatLabel->setText(tr("Format:"));
    m_pathLabel->setText(tr("File:"));
    m_browse->setText(tr("Choose…"));
    m_export->setText(tr("Export"));
    updateSummary();
}

} // namespace sc
