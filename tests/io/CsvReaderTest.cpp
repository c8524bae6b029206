// The CSV reader against files as spreadsheets and partner lists write them: encodings,
// delimiters, quoting, line ends, and problems named by line and field.
#include "io/CsvReader.h"
#include "Error.h"
#include "io/DecodedText.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace sc;

namespace {

QByteArray encode(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    EXPECT_TRUE(encoder.isValid()) << encoding;
    return encoder.encode(text);
}

// Names as staff of each country type them, with the suffixes and kana that tell the scripts.
const QString kChinese = QStringLiteral("a_country,a_city,b_country,b_city,note\n"
                                        "CN,北京市朝阳区,JP,东京都,友好城市\n"
                                        "CN,江苏省南京市,JP,名古屋市,两市于一九七八年结好\n"
                                        "CN,天津市,JP,神户市,中国第一对友好城市\n");
const QString kJapanese = QStringLiteral("a_country,a_city,b_country,b_city,note\n"
                                         "JP,横浜市,CN,上海市,ひらがなとカタカナのメモ\n"
                                         "JP,大阪府,CN,上海市,友好都市提携\n"
                                         "JP,北九州市,CN,大連市,姉妹都市です\n");
const QString kKorean = QStringLiteral("a_country,a_city,b_country,b_city,note\n"
                                       "KR,서울특별시,CN,베이징시,자매도시 결연\n"
                                       "KR,부산광역시,JP,후쿠오카시,우호 협력 도시\n"
                                       "KR,인천광역시,CN,톈진시,교류 협정\n");

QStringList column(const CsvReader& csv, int index)
{
    QStringList out;
    for (const auto& record : csv.records())
        out << record.fields.at(index);
    return out;
}

} // namespace

TEST(CsvReader, Utf8WithAndWithoutBomReadTheSame)
{
    const QByteArray plain = kChinese.toUtf8();
    const CsvReader withBom(QByteArray("\xEF\xBB\xBF") + plain);
    const CsvReader without(plain);
    EXPECT_EQ(withBom.encoding(), "UTF-8");
    EXPECT_EQ(withBom.header().first(), "a_country"); // the BOM is not part of the first name
    EXPECT_EQ(withBom.header(), without.header());
    EXPECT_EQ(column(withBom, 1), column(without, 1));
    EXPECT_EQ(column(without, 1), (QStringList{"北京市朝阳区", "江苏省南京市", "天津市"}));
    EXPECT_TRUE(without.problems().isEmpty());
}

TEST(CsvReader, DetectsEachLegacyEncoding)
{
    const struct {
        const QString& text;
        const char* encoding;
        const char* expected;
    } cases[] = {{kChinese, "GB18030", "GB18030"},
                 {kJapanese, "Shift_JIS", "Shift_JIS"},
                 {kKorean, "EUC-KR", "EUC-KR"}};
    for (const auto& c : cases) {
        const CsvReader csv(encode(c.text, c.encoding));
        EXPECT_EQ(csv.encoding(), c.expected);
        EXPECT_TRUE(csv.encodingDetected());
        EXPECT_TRUE(csv.problems().isEmpty()) << c.expected;
        ASSERT_EQ(csv.records().size(), 3) << c.expected;
        const QStringList lines = c.text.split('\n');
        for (int i = 0; i < 3; ++i)
            EXPECT_EQ(csv.records()[i].fields.join(','), lines[i + 1]) << c.expected;
    }
}

TEST(CsvReader, AGivenEncodingWinsOverDetection)
{
    const QByteArray bytes = encode(kKorean, "EUC-KR");
    const CsvReader csv(bytes, QStringLiteral("cp949"));
    EXPECT_EQ(csv.encoding(), "EUC-KR");
    EXPECT_FALSE(csv.encodingDetected());
    EXPECT_EQ(csv.records()[0].fields[1], "서울특별시");
    EXPECT_THROW(CsvReader(bytes, QStringLiteral("no-such-encoding")), Error);
}

TEST(CsvReader, BadBytesAreNamedByLineAndField)
{
    QByteArray bytes = "a,b,c\nx,y,z\n1,2\xff\xfe,3\n4,5,6\n";
    const CsvReader csv(bytes, QStringLiteral("UTF-8"));
    ASSERT_EQ(csv.problems().size(), 1);
    EXPECT_EQ(csv.problems()[0].line, 3);
    EXPECT_EQ(csv.problems()[0].field, 2);
    EXPECT_TRUE(csv.problems()[0].reason.contains("UTF-8"));
    // The spoiled row is left out; the others are read.
    ASSERT_EQ(csv.records().size(), 2);
    EXPECT_EQ(csv.records()[1].line, 4);

    // Shift_JIS read as such, with a lead byte that has no trail byte (a comma follows it).
    QByteArray sjis = encode(kJapanese, "Shift_JIS");
    sjis.insert(sjis.indexOf(",CN", sjis.indexOf("\n", sjis.indexOf("\n") + 1)), "\x81");
    const CsvReader broken(sjis, QStringLiteral("Shift_JIS"));
    ASSERT_FALSE(broken.problems().isEmpty());
    EXPECT_EQ(broken.problems()[0].line, 3);
    EXPECT_EQ(broken.problems()[0].field, 2);
    EXPECT_EQ(broken.records().size(), 2);
}

TEST(CsvReader, SniffsCommaSemicolonAndTab)
{
    for (const char* delimiter : {",", ";", "\t"}) {
        const QString d = QString::fromLatin1(delimiter);
        const QString text = QStringList{"a", "b", "c"}.join(d) + "\r\n" +
                             QStringList{"1", "x,y;z", "3"}.join(d).replace("x,y;z", "\"x,y;z\"") +
                             "\r\n";
        const CsvReader csv(text.toUtf8());
        EXPECT_EQ(csv.delimiter(), d.at(0));
        ASSERT_EQ(csv.records().size(), 1) << delimiter;
        EXPECT_EQ(csv.records()[0].fields, (QStringList{"1", "x,y;z", "3"}));
    }
}

TEST(CsvReader, QuotedFieldsKeepNewlinesQuotesAndLineNumbers)
{
    const QByteArray bytes = "name,note\r\n"
                             "\"Kobe\",\"first line\r\nsecond \"\"quoted\"\" line\"\r\n"
                             "Tianjin,plain\r\n"
                             "\r\n"
                             "\"a,b\",\"\"\r\n";
    const CsvReader csv(bytes);
    ASSERT_TRUE(csv.problems().isEmpty());
    ASSERT_EQ(csv.records().size(), 3);
    EXPECT_EQ(csv.records()[0].fields[1], "first line\nsecond \"quoted\" line");
    EXPECT_EQ(csv.records()[0].line, 2);
    EXPECT_EQ(csv.records()[1].line, 4); // the record after a two-line field
    EXPECT_EQ(csv.records()[2].line, 6); // the blank line 5 is skipped, not miscounted
    EXPECT_EQ(csv.records()[2].fields, (QStringList{"a,b", ""}));
}

TEST(CsvReader, LoneCarriageReturnsEndLinesToo)
{
    const CsvReader csv(QByteArray("a,b\r1,2\r3,4\r"));
    ASSERT_EQ(csv.records().size(), 2);
    EXPECT_EQ(csv.records()[1].line, 3);
    EXPECT_EQ(csv.records()[1].fields, (QStringList{"3", "4"}));
}

TEST(CsvReader, ProblemsNameLineAndField)
{
    const QByteArray bytes = "a,b,c\n"
                             "1,2\n"                // 2: too few fields
                             "1,\"2\"x,3\n"         // 3: text after a closing quote
                             "1,2,3,,\n"            // 4: trailing empty cells are fine
                             "1,2,3,4\n"            // 5: too many
                             "7,\"never closed,9\n" // 6: an open quote to the end
                             "8,9,10\n";
    const CsvReader csv(bytes);
    ASSERT_EQ(csv.problems().size(), 4);
    EXPECT_EQ(csv.problems()[0].line, 2);
    EXPECT_TRUE(csv.problems()[0].reason.contains("2 fields where the header has 3"));
    EXPECT_EQ(csv.problems()[1].line, 3);
    EXPECT_EQ(csv.problems()[1].field, 2);
    EXPECT_EQ(csv.problems()[2].line, 5);
    EXPECT_EQ(csv.problems()[3].line, 6);
    EXPECT_EQ(csv.problems()[3].field, 2);
    EXPECT_TRUE(csv.problems()[3].reason.contains("never closed"));
    ASSERT_EQ(csv.records().size(), 1);
    EXPECT_EQ(csv.records()[0].line, 4);
}

TEST(CsvReader, Utf16WithBomIsRead)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const CsvReader csv(encoder.encode(QStringLiteral("a\tb\r\n東京\t서울\r\n")));
    EXPECT_EQ(csv.encoding(), "UTF-16LE");
    EXPECT_EQ(csv.delimiter(), '\t');
    ASSERT_EQ(csv.records().size(), 1);
    EXPECT_EQ(csv.records()[0].fields, (QStringList{"東京", "서울"}));
}

// Inputs of the fuzzer (tests/fuzz/), read as it reads them: the first byte picks the encoding
// and the delimiter. A crash the fuzzer finds is fixed and its input kept here.
TEST(CsvReader, FuzzRegressionsReadWithoutCrashing)
{
    const QDir dir(QStringLiteral(SISTERCITIES_TEST_DATA "/fuzz-regressions"));
    const QStringList files = dir.entryList(QDir::Files);
    EXPECT_GE(files.size(), 20);
    const char* encodings[] = {"", "UTF-8", "GB18030", "Shift_JIS", "EUC-KR", "UTF-16"};
    const QChar delimiters[] = {QChar(), QChar(u','), QChar(u';'), QChar(u'\t')};
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (bytes.isEmpty())
            continue;
        const uchar mode = uchar(bytes[0]);
        const CsvReader csv(bytes.mid(1), QString::fromLatin1(encodings[mode % 6]),
                            delimiters[(mode / 6) % 4]);
        int previous = 0;
        for (const auto& record : csv.records()) {
            EXPECT_EQ(record.fields.size(), csv.header().size()) << name.toStdString();
            EXPECT_GT(record.line, previous) << name.toStdString();
            previous = record.line;
        }
    }
}
