// A file streamed (read a chunk at a time, as the CLI reads a large file) must read as the same
// file read whole: the same records, problems and blank lines, and the same import report. Every
// file of the good and bad corpora is read both ways, with chunks from one byte (every character
// and every CRLF cut somewhere) up, and imported in a dry run against the same database.
#include "Error.h"
#include "io/CsvReader.h"
#include "io/ImportReport.h"
#include "io/PairingImporter.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>

#include <algorithm>

#include <gtest/gtest.h>

using namespace sc;

namespace {

const QString kData = QStringLiteral(SISTERCITIES_TEST_DATA);

struct Args {
    QString encoding;
    QChar delimiter;
    bool strict = false;
};

Args argsOf(const QString& csvPath)
{
    Args out;
    QFile file(QString(csvPath).replace(QLatin1String(".csv"), QLatin1String(".args")));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i) == "--encoding" && i + 1 < lines.size())
            out.encoding = lines.at(++i);
        else if (lines.at(i) == "--delimiter" && i + 1 < lines.size())
            out.delimiter = lines.at(++i) == "tab" ? QChar('\t') : lines.at(i).at(0);
        else if (lines.at(i) == "--strict")
            out.strict = true;
    }
    return out;
}

// Everything a report says, as text to compare.
QString describe(const ImportReport& report)
{
    QStringList out{report.encoding, report.encodingDetected ? "detected" : "given",
                    QString(report.delimiter),
                    QString("rows %1, blank %2, added %3, cities %4, sources %5")
                        .arg(report.rows)
                        .arg(report.blankLines)
                        .arg(report.added)
                        .arg(report.citiesCreated)
                        .arg(report.sourcesCreated)};
    out << report.problemLines("f") << "--" << report.noticeLines("f");
    return out.join('\n');
}

QString writeFile(const TempDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.file(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST(ImportStream, EveryCorpusFileStreamedGivesTheReportOfTheFileReadWhole)
{
    TempDir dir;
    testdata::GeneratedDatabase data = testdata::generate(dir.file("fixture.sqlite"), 0);
    int files = 0;
    int streamed = 0;
    for (const QString folder : {"import-good", "import-bad"}) {
        const QDir corpus(kData + '/' + folder);
        for (const QString& name : corpus.entryList({"*.csv"}, QDir::Files, QDir::Name)) {
            const QString path = corpus.filePath(name);
            const Args args = argsOf(path);
            ImportOptions options;
            options.dryRun = true;
            options.strict = args.strict;
            options.today = QDate(2024, 6, 1);
            std::optional<CsvReader> whole;
            try {
                whole.emplace(CsvReader::fromFile(path, args.encoding, args.delimiter));
            } catch (const Error&) {
                EXPECT_ANY_THROW(CsvReader::streamFile(path, args.encoding, args.delimiter, 0, 64));
                continue;
            }
            ++files;
            const QString expected = describe(PairingImporter(*data.database).run(*whole, options));
            for (const int chunk : {1, 3, 64, 4096}) {
                const CsvReader csv =
                    CsvReader::streamFile(path, args.encoding, args.delimiter, 0, chunk);
                streamed += csv.streaming() && chunk == 1;
                EXPECT_EQ(describe(PairingImporter(*data.database).run(csv, options)).toStdString(),
                          expected.toStdString())
                    << folder.toStdString() << '/' << name.toStdString() << ", chunks of " << chunk
                    << " bytes";
            }
        }
    }
    EXPECT_GT(files, 50);
    // Files in UTF-8 are streamed; legacy encodings and bad bytes are read whole.
    EXPECT_GT(streamed, 40);
}

TEST(ImportStream, RecordsProblemsAndBlankLinesAreThoseOfTheWholeRead)
{
    TempDir dir;
    // Quoted fields over CRLF, LF and CR line breaks, doubled quotes, blank and separator-only
    // lines, a record of the wrong width, text after a closing quote, and a quote never closed.
    const QByteArray text = "name,note,year\r\n"
                            "\"Kyoto\",\"two\r\nlines\",1959\r\n"
                            "\r\n"
                            ",,\n"
                            "Seoul,\"say \"\"hi\"\"\",1990\r"
                            "Busan,short\n"
                            "\"Osaka\"x,bad,2000\n"
                            "济南,\"三\n行\n文字\",1983\n"
                            "Nara,\"never closed,1999\n"
                            "Kobe,after,2001\n";
    const QString path = writeFile(dir, "t.csv", text);
    const CsvReader whole = CsvReader::fromFile(path);
    ASSERT_FALSE(whole.streaming());
    for (const int chunk : {1, 2, 5, 17, 1000}) {
        const CsvReader csv = CsvReader::streamFile(path, {}, {}, 0, chunk);
        ASSERT_TRUE(csv.streaming());
        EXPECT_EQ(csv.header(), whole.header());
        EXPECT_EQ(csv.headerLine(), whole.headerLine());
        EXPECT_EQ(csv.delimiter(), whole.delimiter());
        QVector<CsvReader::Record> records;
        CsvReader::Record record;
        while (csv.next(record))
            records << record;
        ASSERT_EQ(records.size(), whole.records().size()) << "chunks of " << chunk;
        for (qsizetype i = 0; i < records.size(); ++i) {
            EXPECT_EQ(records.at(i).line, whole.records().at(i).line);
            EXPECT_EQ(records.at(i).fields, whole.records().at(i).fields);
        }
        // A stream finds problems as it reads; the import sorts them by line, as a whole read.
        QVector<CsvReader::Problem> problems = csv.problems();
        std::stable_sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) {
            return a.line != b.line ? a.line < b.line : a.field < b.field;
        });
        ASSERT_EQ(problems.size(), whole.problems().size()) << "chunks of " << chunk;
        for (qsizetype i = 0; i < problems.size(); ++i) {
            EXPECT_EQ(problems.at(i).line, whole.problems().at(i).line);
            EXPECT_EQ(problems.at(i).field, whole.problems().at(i).field);
            EXPECT_EQ(problems.at(i).reason, whole.problems().at(i).reason);
        }
        EXPECT_EQ(csv.blankLines(), whole.blankLines());
    }
    // What the whole read found, written out: the comparison above is not of two empty reads.
    EXPECT_EQ(whole.records().size(), 3); // Kyoto, Seoul, 济南
    EXPECT_EQ(whole.records().at(0).fields.at(1), "two\nlines");
    EXPECT_EQ(whole.records().at(2).fields.at(1), QString::fromUtf8("三\n行\n文字"));
    EXPECT_EQ(whole.records().at(2).line, 9);
    EXPECT_EQ(whole.problems().size(), 3); // Busan, Osaka, Nara
    EXPECT_EQ(whole.blankLines(), 2);
}

TEST(ImportStream, OnlyALargeValidUtf8FileIsStreamed)
{
    TempDir dir;
    const QByteArray utf8 = "a,b\n" + QByteArray("x,y\n").repeated(100);
    const QString small = writeFile(dir, "small.csv", utf8);
    EXPECT_FALSE(CsvReader::streamFile(small).streaming());
    EXPECT_TRUE(CsvReader::streamFile(small, {}, {}, 100, 64).streaming());
    EXPECT_TRUE(CsvReader::streamFile(small, "utf8", {}, 100, 64).streaming());
    // A byte that is not UTF-8 on the last line: the whole read locates it, as before.
    const QString bad = writeFile(dir, "bad.csv", utf8 + "x,\xff\n");
    const CsvReader csv = CsvReader::streamFile(bad, {}, {}, 0, 64);
    EXPECT_FALSE(csv.streaming());
    ASSERT_FALSE(csv.problems().isEmpty());
    EXPECT_EQ(csv.problems().first().line, 102);
    // An encoding given other than UTF-8 is read whole.
    EXPECT_FALSE(CsvReader::streamFile(small, "Shift_JIS", {}, 0, 64).streaming());
    // A UTF-8 byte order mark is skipped, as a whole read skips it.
    const QString bom = writeFile(dir, "bom.csv", "\xEF\xBB\xBF" + utf8);
    const CsvReader withBom = CsvReader::streamFile(bom, {}, {}, 0, 2);
    ASSERT_TRUE(withBom.streaming());
    EXPECT_EQ(withBom.header(), QStringList({"a", "b"}));
    EXPECT_EQ(withBom.rowsHint(), 100);
}

TEST(ImportStream, NoticesPastThoseKeptAreGivenBackInOrder)
{
    ImportReport report;
    const int total = ImportReport::kNoticesKept + 5;
    for (int i = 0; i < total; ++i)
        report.addNotice(i + 2, "b_city", QString("new city \"T\t%1\" in JP").arg(i));
    EXPECT_EQ(report.notices.size(), ImportReport::kNoticesKept);
    EXPECT_EQ(report.noticeCount(), total);
    const ImportReport copy = report; // a report is passed by value
    int seen = 0;
    copy.forEachNotice([&seen](const ImportIssue& notice) {
        EXPECT_EQ(notice.line, seen + 2);
        EXPECT_EQ(notice.column, "b_city");
        EXPECT_EQ(notice.reason, QString("new city \"T\t%1\" in JP").arg(seen));
        ++seen;
    });
    EXPECT_EQ(seen, total);
    const QStringList lines = report.noticeLines("f");
    ASSERT_EQ(lines.size(), total);
    EXPECT_EQ(lines.last(),
              QString("f:%1:b_city: new city \"T\t%2\" in JP").arg(total + 1).arg(total - 1));
}
