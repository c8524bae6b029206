#include "ImportDialog.h"

#include "ImportColumnTable.h"
#include "ImportIssueList.h"
#include "ImportPreviewModel.h"

#include "Database.h"
#include "Error.h"
#include "io/CityImporter.h"
#include "io/DecodedText.h"
#include "io/PairingImporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sc {

ImportDialog::ImportDialog(Database& database, QWidget* parent)
    : QDialog(parent), m_database(database)
{
    m_fileLabel = new QLabel(this);
    m_file = new QLabel(this);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_browse = new QPushButton(this);
    m_tableLabel = new QLabel(this);
    m_table = new QComboBox(this);
    m_table->addItem(QString(), QStringLiteral("pairings"));
    m_table->addItem(QString(), QStringLiteral("cities"));
    m_encodingLabel = new QLabel(this);
    m_encoding = new QComboBox(this);
    m_encoding->addItem(QString(), QString());
    for (const QString& name : DecodedText::encodings())
        m_encoding->addItem(name, name);
    m_delimiterLabel = new QLabel(this);
    m_delimiter = new QComboBox(this);
    for (const QChar c : {QChar(), QChar(u','), QChar(u';'), QChar(u'\t')})
        m_delimiter->addItem(QString(), c.isNull() ? QString() : QString(c));
    m_strict = new QCheckBox(this);

    m_previewLabel = new QLabel(this);
    m_model = new ImportPreviewModel(this);
    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setModel(m_model);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_mappingLabel = new QLabel(this);
    m_mapping = new ImportColumnTable(this);
    m_mapping->setObjectName(QStringLiteral("importColumns"));
    m_problemsLabel = new QLabel(this);
    m_problems = new ImportIssueList(this);
    m_problems->setObjectName(QStringLiteral("importIssues"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);

    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    form->addRow(m_fileLabel, fileRow);
    auto* options = new QHBoxLayout;
    options->addWidget(m_table);
    options->addSpacing(12);
    options->addWidget(m_encodingLabel);
    options->addWidget(m_encoding);
    options->addSpacing(12);
    options->addWidget(m_delimiterLabel);
    options->addWidget(m_delimiter);
    options->addSpacing(12);
    options->addWidget(m_strict);
    options->addStretch(1);
    form->addRow(m_tableLabel, options);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_previewLabel);
    topLayout->addWidget(m_preview);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* mappingBox = new QVBoxLayout;
    mappingBox->addWidget(m_mappingLabel);
    mappingBox->addWidget(m_mapping);
    auto* problemBox = new QVBoxLayout;
    problemBox->addWidget(m_problemsLabel);
    problemBox->addWidget(m_problems);
    bottomLayout->addLayout(mappingBox, 2);
    bottomLayout->addLayout(problemBox, 3);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(1100, 760);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, windowTitle(), QFileInfo(m_path).absolutePath(),
                                         tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_table, &QComboBox::currentIndexChanged, this, [this] {
        fillMapping();
        check();
    });
    for (QComboBox* box : {m_encoding, m_delimiter})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::reload);
    connect(m_strict, &QCheckBox::toggled, this, &ImportDialog::check);
    connect(m_mapping, &ImportColumnTable::mappingChanged, this, &ImportDialog::check);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    retranslateUi();
}

bool ImportDialog::run(QWidget* parent, Database& database)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Import"), QString(), tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return false;
    ImportDialog dialog(database, parent);
    dialog.setFile(path);
    return dialog.exec() == QDialog::Accepted;
}

void ImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    reload();
}

void ImportDialog::setTable(const QString& table)
{
    m_table->setCurrentIndex(m_table->findData(table));
}

QStringList ImportDialog::fields() const
{
    return m_table->currentData().toString() == QLatin1String("cities") ? CityImporter::fields()
                                                                        : PairingImporter::fields();
}

void ImportDialog::reload()
{
    m_csv.reset();
    m_previewRows.clear();
    m_checked = false;
    if (m_path.isEmpty())
        return;
    try {
        m_csv = reader();
    } catch (const Error& error) {
        m_model->setFile({}, {});
        m_mapping->setRowCount(0);
        m_problems->clear();
        m_summary->setText(error.message());
        m_import->setEnabled(false);
        return;
    }
    if (m_csv->streaming()) {
        // Only the rows the preview shows are read now; the check reads the file through.
        CsvReader::Record record;
        while (m_previewRows.size() < ImportPreviewModel::kMaxRows && m_csv->next(record))
            m_previewRows.push_back(std::move(record));
    } else {
        m_previewRows = m_csv->records().mid(0, ImportPreviewModel::kMaxRows);
    }
    m_model->setFile(m_csv->header(), m_previewRows);
    m_preview->resizeColumnsToContents();
    fillMapping();
    check();
}

CsvReader ImportDialog::reader() const
{
    if (m_csv && !m_csv->streaming())
        return *m_csv;
    const QString delimiter = m_delimiter->currentData().toString();
    // Every UTF-8 file is streamed, however small: the dialog holds no file whole that the
    // command line would not.
    return CsvReader::streamFile(m_path, m_encoding->currentData().toString(),
                                 delimiter.isEmpty() ? QChar() : delimiter.at(0), 0);
}

void ImportDialog::fillMapping()
{
    if (!m_csv)
        return;
    m_mapping->fill(m_csv->header(),
                    m_previewRows.isEmpty() ? QStringList() : m_previewRows.first().fields,
                    fields());
}

void ImportDialog::mapColumn(int column, const QString& field)
{
    m_mapping->mapColumn(column, field);
}

ImportReport ImportDialog::runImporter(const ImportOptions& options, const QString& label,
                                       int minimumDuration)
{
    const CsvReader csv = reader();
    // A streamed file's rows are counted as they are read: its lines are the total meanwhile.
    QProgressDialog progress(label, tr("Cancel"), 0, qMax(1, csv.rowsHint()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(minimumDuration);
    // Once every row is written, an import builds its indexes and commits: the bar is full,
    // the label says what is still going on, and Cancel still cancels.
    const QString finishing =
        options.dryRun ? QString() : tr("Every row is written: building the indexes…");
    const ImportProgress step = [&progress, &finishing](int done, int total) {
        if (total != progress.maximum())
            progress.setMaximum(qMax(1, total));
        if (done == total && !finishing.isEmpty() && progress.labelText() != finishing)
            progress.setLabelText(finishing);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    if (m_table->currentData().toString() == QLatin1String("cities"))
        return CityImporter(m_database).run(csv, m_mapping->map(), options, step);
    return PairingImporter(m_database).run(csv, m_mapping->map(), options, step);
}

void ImportDialog::check()
{
    if (!m_csv)
        return;
    ImportOptions options;
    options.dryRun = true;
    options.strict = m_strict->isChecked();
    try {
        m_report = runImporter(options, tr("Checking every row against the database…"), 800);
        m_checked = !m_report.cancelled;
    } catch (const Error& error) {
        m_report = ImportReport();
        m_report.addProblem(0, QString(), error.message());
        m_checked = true;
    }
    showReport();
}

bool ImportDialog::canImport() const
{
    return m_csv && m_checked && !m_report.hasProblems() && m_report.added > 0 &&
           !m_database.isReadOnly();
}

void ImportDialog::showReport()
{
    m_problems->showIssues(m_report, QFileInfo(m_path).fileName());
    QList<int> lines;
    for (const ImportIssue& issue : m_report.problems)
        lines << issue.line;
    m_model->setProblemLines(lines);

    const QLocale locale;
    if (!m_checked) {
        m_summary->setText(tr("The check was cancelled: nothing can be imported until it has "
                              "run."));
    } else if (m_report.hasProblems()) {
        m_summary->setText(tr("%1 problems (in red above): nothing can be imported until they "
                              "are fixed in the file.")
                               .arg(locale.toString(m_report.problems.size())));
    } else if (m_database.isReadOnly()) {
        m_summary->setText(tr("The database is read-only (%1): nothing can be imported.")
                               .arg(m_database.readOnlyReason()));
    } else {
        m_summary->setText(
            tr("%1 rows read as %2: %3 to add, %4 new cities, %5 new sources. Nothing has been "
               "written yet.")
                .arg(locale.toString(m_report.rows), m_report.encoding,
                     locale.toString(m_report.added), locale.toString(m_report.citiesCreated),
                     locale.toString(m_report.sourcesCreated)));
    }
    m_import->setEnabled(canImport());
}

bool ImportDialog::importNow()
{
    if (!canImport())
        return false;
    ImportOptions options;
    options.strict = m_strict->isChecked();
    ImportReport report;
    try {
        report = runImporter(options, tr("Importing %1…").arg(QFileInfo(m_path).fileName()), 500);
    } catch (const Error& error) {
        m_summary->setText(tr("Nothing was written: %1").arg(error.message()));
        return false;
    }
    if (report.cancelled) {
        m_summary->setText(tr("Import cancelled: nothing was written."));
        return false;
    }
    if (!report.written) {
        // The database changed since the check: show what is wrong now.
        m_report = report;
        showReport();
        return false;
    }
    m_report = report;
    return true;
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_csv)
            check(); // the problems are worded in the language of the check
    }
    QDialog::changeEvent(event);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import"));
    m_fileLabel->setText(tr("File:"));
    if (m_path.isEmpty())
        m_file->setText(tr("(no file chosen)"));
    m_browse->setText(tr("Choose…"));
    m_tableLabel->setText(tr("Import:"));
    m_table->setItemText(0, tr("Pairings"));
    m_table->setItemText(1, tr("Cities"));
    m_encodingLabel->setText(tr("Encoding:"));
    m_encoding->setItemText(0, tr("Detect"));
    m_delimiterLabel->setText(tr("Delimiter:"));
    m_delimiter->setItemText(0, tr("Detect"));
    m_delimiter->setItemText(1, tr("Comma"));
    m_delimiter->setItemText(2, tr("Semicolon"));
    m_delimiter->setItemText(3, tr("Tab"));
    m_strict->setText(tr("Refuse cities the register does not have"));
    m_strict->setToolTip(tr("Without this, a city the register does not have is created with "
                            "the name the file gives, and listed below."));
    m_previewLabel->setText(tr("The first rows, as read (rows with a problem are marked):"));
    m_mappingLabel->setText(tr("Columns:"));
    m_problemsLabel->setText(tr("Problems and notes from checking every row:"));
    m_import->setText(tr("Import"));
}

} // namespace sc
