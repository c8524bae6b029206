// The import and export dialogs driven offscreen: preview, mapping, problems before anything is
// written, cancel, export of what the filters show; screenshots in English and Chinese.
#include "PairingQuery.h"
#include "SqlSupport.h"
#include "i18n/Translations.h"
#include "io/CsvReader.h"
#include "io/DatabaseDump.h"
#include "io/ExportDialog.h"
#include "io/ImportDialog.h"
#include "io/ImportPreviewModel.h"
#include "io/PairingImporter.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"
#include "ui/WindowParts.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>

using namespace sc;

namespace {

const QString kData = QStringLiteral(SISTERCITIES_TEST_DATA);

int pairings(Database& db)
{
    return sql::scalar(db.connection(), "SELECT count(*) FROM pairings").toInt();
}

// Saved only when SISTERCITIES_SCREENSHOTS is set (docs/screenshots/ holds the chosen ones).
void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SISTERCITIES_SCREENSHOTS");
    widget.show();
    QApplication::processEvents();
    const QPixmap pixmap = widget.grab();
    EXPECT_FALSE(pixmap.isNull());
    if (!dir.isEmpty()) {
        EXPECT_TRUE(pixmap.save(dir + "/" + name + ".png"));
    }
}

void setLanguage(Language language)
{
    Translations::instance().install(language);
    QLocale::setDefault(Translations::locale(language));
    QApplication::processEvents();
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

class Dialogs : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db = testdata::generate(m_dir.file("d.sqlite"), 0).database;
        const ImportReport base =
            PairingImporter(*m_db).run(CsvReader("a_country,a_city,b_country,b_city,source\n"
                                                 "CN,CN Town 1,JP,JP Town 1,Base list\n"));
        ASSERT_TRUE(base.written);
    }
    TempDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(Dialogs, PreviewModelPassesTheModelTester)
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const CsvReader csv(QByteArray("a,b\n1,\"two\nlines\"\n3,4\n"));
    model.setFile(csv.header(), csv.records());
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), 2);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), "b");
    EXPECT_EQ(model.headerData(1, Qt::Vertical).toString(), "4"); // the line the row starts on
    EXPECT_EQ(model.index(0, 1).data(Qt::ToolTipRole).toString(), "two\nlines");
    model.setProblemLines({4});
    EXPECT_TRUE(model.index(1, 0).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model.index(0, 0).data(Qt::BackgroundRole).isValid());
    model.setFile({}, {});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(Dialogs, AGoodLegacyFileIsPreviewedMappedCheckedAndImported)
{
    ImportDialog dialog(*m_db);
    dialog.setFile(kData + "/import-good/gb18030.csv");
    EXPECT_EQ(dialog.report().encoding, "GB18030");
    const QAbstractItemModel* preview = parts::child<QTableView>(dialog, "importPreview")->model();
    EXPECT_EQ(preview->rowCount(), 3);
    EXPECT_EQ(preview->index(0, 2).data().toString(), "CN镇10号");
    // Every column matched by its header name.
    QTableWidget* mapping = parts::child<QTableWidget>(dialog, "importColumns");
    ASSERT_EQ(mapping->rowCount(), 11);
    for (int row = 0; row < 11; ++row)
        EXPECT_EQ(qobject_cast<QComboBox*>(mapping->cellWidget(row, 2))->currentData().toString(),
                  mapping->item(row, 0)->text());
    EXPECT_EQ(parts::child<QListWidget>(dialog, "importIssues")->count(),
              3); // three new sources, listed as notes
    EXPECT_TRUE(parts::child<QPushButton>(dialog, "importButton")->isEnabled());
    screenshot(dialog, "import-dialog-gb18030-en");
    EXPECT_EQ(pairings(*m_db), 1); // the check wrote nothing

    EXPECT_TRUE(dialog.importNow());
    EXPECT_EQ(pairings(*m_db), 4);
}

TEST_F(Dialogs, ProblemsAreListedAndImportStaysDisabled)
{
    ImportDialog dialog(*m_db);
    dialog.setFile(kData + "/import-bad/many-problems.csv");
    EXPECT_EQ(dialog.report().problems.size(), 4);
    QStringList shown;
    const QListWidget* issues = parts::child<QListWidget>(dialog, "importIssues");
    for (int i = 0; i < issues->count(); ++i)
        shown << issues->item(i)->text();
    EXPECT_TRUE(shown.contains("many-problems.csv:3:a_country: unknown country code \"XX\" "
                               "(an ISO 3166-1 code such as CN, JP, KR, or a country's name in "
                               "Chinese, Japanese, Korean or English)"))
        << shown.join('\n').toStdString();
    EXPECT_FALSE(parts::child<QPushButton>(dialog, "importButton")->isEnabled());
    EXPECT_FALSE(dialog.importNow());
    screenshot(dialog, "import-dialog-problems-en");
    setLanguage(Language::Zh);
    screenshot(dialog, "import-dialog-problems-zh");
    setLanguage(Language::En);
    EXPECT_EQ(pairings(*m_db), 1);
}

TEST_F(Dialogs, ColumnsWithOtherNamesCanBeMappedByHand)
{
    const QString path =
        writeFile(m_dir.file("partner.csv"), "Country A;City A;Country B;City B;Year;From\n"
                                             "CN;CN Town 20;KR;KR Town 21;1994;Partner list\n");
    ImportDialog dialog(*m_db);
    dialog.setFile(path);
    EXPECT_FALSE(parts::child<QPushButton>(dialog, "importButton")->isEnabled());
    EXPECT_GE(dialog.report().problems.size(), 6); // six unknown columns, missing fields
    const QStringList fields{"a_country", "a_city", "b_country", "b_city", "established", "source"};
    for (int column = 0; column < fields.size(); ++column)
        dialog.mapColumn(column, fields[column]);
    EXPECT_FALSE(dialog.report().hasProblems())
        << dialog.report().problemLines("f").join('\n').toStdString();
    ASSERT_TRUE(dialog.importNow());
    const auto rows = PairingQuery(*m_db).rows({}, Language::En);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1].b.name, "KR Town 21");
    EXPECT_EQ(rows[1].established, "1994");
}

TEST_F(Dialogs, CancellingTheImportWritesNothing)
{
    QByteArray text = "a_country,a_city,b_country,b_city,source\n";
    for (int a = 0; a < 40; ++a)
        for (int b = 0; b < 30; ++b)
            text += QString("CN,Cancel CN %1,JP,Cancel JP %2,List\n").arg(a).arg(b).toUtf8();
    ImportDialog dialog(*m_db);
    dialog.setFile(writeFile(m_dir.file("large.csv"), text));
    ASSERT_TRUE(parts::child<QPushButton>(dialog, "importButton")->isEnabled());
    QTimer::singleShot(0, &dialog, [&dialog] {
        auto* progress = dialog.findChild<QProgressDialog*>();
        ASSERT_NE(progress, nullptr);
        progress->cancel();
    });
    EXPECT_FALSE(dialog.importNow());
    EXPECT_EQ(pairings(*m_db), 1);
    EXPECT_EQ(sql::scalar(m_db->connection(), "SELECT count(*) FROM cities").toInt(), 150);
}

TEST_F(Dialogs, ExportWritesWhatTheFiltersShow)
{
    auto data = testdata::generate(m_dir.file("e.sqlite"), 400);
    PairingFilter filter;
    filter.countries = {"CN", "KR"};
    const int expected = PairingQuery(*data.database).count(filter);
    ASSERT_GT(expected, 10);
    for (const Language language : {Language::En, Language::Zh}) {
        setLanguage(language);
        ExportDialog dialog(*data.database, filter, language);
        const QString path = m_dir.file(QString("out-%1.csv").arg(language::code(language)));
        dialog.setPath(path);
        EXPECT_TRUE(dialog.summary().contains(QLocale().toString(expected)))
            << dialog.summary().toStdString();
        screenshot(dialog, "export-dialog-" + language::code(language));
        ASSERT_TRUE(dialog.exportNow()) << dialog.summary().toStdString();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const CsvReader csv(file.readAll());
        ASSERT_EQ(csv.records().size(), expected);
        // City names follow the chosen language.
        EXPECT_EQ(csv.records()[0].fields[3].contains("镇"), language == Language::Zh);
    }
    setLanguage(Language::En);
}

// The preview says what a file is read as before anything is written, and a file whose
// encoding cannot be told is refused with the bytes named.
TEST_F(Dialogs, ThePreviewSaysTheEncodingAndRefusesDamagedUtf8)
{
    ImportDialog dialog(*m_db);
    dialog.setFile(kData + "/import-good/gb18030.csv");
    EXPECT_EQ(dialog.report().encoding, "GB18030");
    EXPECT_TRUE(dialog.report().problems.isEmpty());

    dialog.setFile(kData + "/import-bad/utf8-damaged-name.csv");
    QStringList shown;
    const QListWidget* issues = parts::child<QListWidget>(dialog, "importIssues");
    for (int i = 0; i < issues->count(); ++i)
        shown << issues->item(i)->text();
    EXPECT_EQ(shown.size(), 1) << shown.join('\n').toStdString();
    EXPECT_TRUE(shown.value(0).startsWith(
        "utf8-damaged-name.csv:2:b_city: bytes that are not valid UTF-8 (byte 0xC0 at byte 14 of "
        "the line): the rest of the file is UTF-8"))
        << shown.join('\n').toStdString();
    EXPECT_FALSE(parts::child<QPushButton>(dialog, "importButton")->isEnabled());
    screenshot(dialog, "import-dialog-damaged-utf8-en");
    setLanguage(Language::Zh);
    screenshot(dialog, "import-dialog-damaged-utf8-zh");
    setLanguage(Language::En);
    EXPECT_EQ(pairings(*m_db), 1);
}

// A file is not held whole: the preview shows its first rows as read through the stream, the
// check and the import read it through again, the progress bar moves with the rows, and a Cancel
// half-way leaves the database as it was, to the byte of its dump. The run is shown, in English
// and Chinese, while the rows go.
TEST_F(Dialogs, ALargeFileIsStreamedWithProgressAndCancelWritesNothing)
{
    const int rows = 1200;
    QByteArray text = "a_country,a_city,b_country,b_city,established,source\n";
    for (int i = 0; i < rows; ++i)
        text += QString("CN,Stream CN %1,JP,Stream JP %1,%2,Stream list\n")
                    .arg(i)
                    .arg(1950 + i % 70)
                    .toUtf8();
    const QString path = writeFile(m_dir.file("stream.csv"), text);
    const QString before = databaseDump(m_dir.file("d.sqlite"));

    ImportDialog dialog(*m_db);
    dialog.setFile(path);
    const QAbstractItemModel* preview = parts::child<QTableView>(dialog, "importPreview")->model();
    EXPECT_EQ(preview->rowCount(), ImportPreviewModel::kMaxRows);
    EXPECT_EQ(preview->index(0, 1).data().toString(), "Stream CN 0");
    EXPECT_EQ(preview->headerData(ImportPreviewModel::kMaxRows - 1, Qt::Vertical).toString(),
              QString::number(ImportPreviewModel::kMaxRows + 1)); // the file's line
    // The check read every row, past the preview.
    EXPECT_EQ(dialog.report().rows, rows);
    EXPECT_EQ(dialog.report().added, rows);
    EXPECT_EQ(dialog.report().citiesCreated, 2 * rows);
    ASSERT_TRUE(parts::child<QPushButton>(dialog, "importButton")->isEnabled());
    EXPECT_EQ(databaseDump(m_dir.file("d.sqlite")), before); // the check wrote nothing

    // Watches the bar through a run (the import's progress callback lets the timer in), shows
    // the run once it has begun, and cancels it past `cancelAbove`.
    QList<int> values;
    int maximum = 0;
    int cancelAbove = rows;
    QString shot;
    QTimer watcher;
    watcher.setInterval(0);
    QObject::connect(&watcher, &QTimer::timeout, &dialog, [&] {
        auto* progress = dialog.findChild<QProgressDialog*>();
        if (!progress || progress->value() < 0) // none yet, or reset by the Cancel
            return;
        values << progress->value();
        maximum = progress->maximum();
        if (values.size() == 3 && !shot.isEmpty()) {
            screenshot(dialog, "import-dialog-running-" + shot);
            screenshot(*progress, "import-progress-" + shot);
        }
        if (progress->value() > cancelAbove)
            progress->cancel();
    });

    // Cancelled once the bar has passed the middle (in Chinese): nothing is written.
    setLanguage(Language::Zh);
    cancelAbove = rows / 2;
    shot = "zh";
    watcher.start();
    EXPECT_FALSE(dialog.importNow());
    watcher.stop();
    EXPECT_EQ(maximum, rows);
    ASSERT_GE(values.size(), 3);
    EXPECT_GT(values.last(), rows / 2);
    EXPECT_LT(values.last(), rows);
    EXPECT_TRUE(std::is_sorted(values.begin(), values.end()));
    EXPECT_EQ(databaseDump(m_dir.file("d.sqlite")), before);
    EXPECT_EQ(pairings(*m_db), 1);

    // Run to the end (in English), every row is written.
    setLanguage(Language::En);
    values.clear();
    cancelAbove = rows;
    shot = "en";
    watcher.start();
    ASSERT_TRUE(dialog.importNow());
    watcher.stop();
    EXPECT_GE(values.size(), 3);
    EXPECT_EQ(pairings(*m_db), rows + 1);
    EXPECT_EQ(sql::scalar(m_db->connection(), "SELECT count(*) FROM cities WHERE name_native = "
                                              "'Stream JP 1199' AND country = 'JP'")
                  .toInt(),
              1);
}
