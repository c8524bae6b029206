// Encoding detection that never guesses silently: damaged UTF-8 is refused, not read as another
// encoding; a legacy encoding is chosen only when it reads the bytes back exactly and as
// plausible names; every accepted decoding gives the input bytes again when written back.
#include "io/EncodingDetector.h"
#include "io/CsvReader.h"
#include "io/DecodedText.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace sc;

namespace {

const QByteArray kHeader("a_country,a_city,b_country,b_city,source\n");

QByteArray encode(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QStringList reasons(const CsvReader& csv)
{
    QStringList out;
    for (const auto& problem : csv.problems())
        out << QStringLiteral("%1:%2: %3").arg(problem.line).arg(problem.field).arg(problem.reason);
    return out;
}

// The fuzz target's property (tests/fuzz/EncodingFuzz.cpp) on one input.
void expectRefusedOrExact(const QByteArray& bytes, const std::string& name)
{
    const DecodedText decoded = DecodedText::decode(bytes);
    if (decoded.refused() || !decoded.badBytes().isEmpty())
        return;
    EXPECT_EQ(decoded.reencoded(), bytes)
        << name << " read as " << decoded.encoding().toStdString();
}

} // namespace

TEST(EncodingDetector, AUtf8FileWithAFewBadBytesIsRefusedNotReadAsAnotherEncoding)
{
    // 扬州 and 奈良 in UTF-8, and two bytes that are not UTF-8 before 奈良: GB18030 reads all of
    // it without error, as mojibake (鎵窞, 蜡濂堣壇).
    const QByteArray bytes = kHeader + QStringLiteral("CN,扬州,JP,").toUtf8() + "\xC0\xAF" +
                             QStringLiteral("奈良,src\n").toUtf8();
    const CsvReader csv(bytes);
    EXPECT_TRUE(csv.encodingRefused());
    EXPECT_TRUE(csv.records().isEmpty());
    EXPECT_EQ(reasons(csv),
              QStringList{"2:4: bytes that are not valid UTF-8 (byte 0xC0 at byte 14 of the line): "
                          "the rest of the file is UTF-8, so it is not read as another encoding; "
                          "mend the bytes, or give the file's encoding (--encoding, or the "
                          "Encoding box of the import dialog)"});
}

TEST(EncodingDetector, OverlongAndCutOffSequencesAreNotUtf8AndNotGuessed)
{
    const QString tried = " and the file reads as plausible text in none of UTF-8, GB18030, "
                          "Shift_JIS, EUC-KR, Windows-1252: give its encoding (--encoding, or the "
                          "Encoding box of the import dialog)";
    // "/" as the overlong C0 AF: EUC-KR read it as "Yang유zhou", Windows-1252 as "YangÀ¯zhou".
    const CsvReader overlong(kHeader + "CN,Yang\xC0\xAFzhou,JP,Nara,src\n");
    EXPECT_EQ(reasons(overlong),
              QStringList{"2:2: bytes that are not valid UTF-8 (byte 0xC0 at byte 8 of the line)," +
                          tried});
    EXPECT_FALSE(EncodingDetector::validUtf8("\xE0\x80\xAF"));     // overlong, three bytes
    EXPECT_FALSE(EncodingDetector::validUtf8("\xED\xA0\x80"));     // a surrogate
    EXPECT_FALSE(EncodingDetector::validUtf8("\xF4\x90\x80\x80")); // past U+10FFFF
    EXPECT_TRUE(EncodingDetector::validUtf8(QStringLiteral("奈良").toUtf8()));

    // 奈良 with its last byte cut off at the end of the file.
    const CsvReader cut(kHeader + QStringLiteral("CN,Yangzhou,JP,奈").toUtf8() +
                        QStringLiteral("良").toUtf8().left(2));
    EXPECT_EQ(
        reasons(cut),
        QStringList{"2:4: bytes that are not valid UTF-8 (byte 0xE8 at byte 19 of the line)," +
                    tried});
}

TEST(EncodingDetector, Windows1252IsRecognisedAsSuchNotAsGb18030)
{
    const QString text = QStringLiteral("a_country,a_city,b_country,b_city,source\n"
                                        "CN,Yangzhou,FR,Orléans,src\n"
                                        "CN,Beijing,CH,Zürich,src\n");
    const CsvReader csv(encode(text, "windows-1252"));
    EXPECT_EQ(csv.encoding(), "Windows-1252");
    ASSERT_EQ(csv.records().size(), 2);
    EXPECT_EQ(csv.records().at(0).fields.at(3), "Orléans");
    EXPECT_EQ(csv.records().at(1).fields.at(3), "Zürich");
    // What GB18030 would have made of it: a kanji inside a Latin word.
    EXPECT_FALSE(EncodingDetector::plausible(QStringLiteral("Orl閍ns")));
    EXPECT_FALSE(EncodingDetector::plausible(QStringLiteral("Z黵ich")));
}

TEST(EncodingDetector, PlausibleTextIsNamesInTheFourScripts)
{
    for (const QString& good :
         {QStringLiteral("扬州市"), QStringLiteral("なら・奈良市"), QStringLiteral("서울특별시"),
          QStringLiteral("Zürich, Orléans"), QStringLiteral("ＡＢＣ市 １２３"),
          QStringLiteral("東京都（とうきょう）"), QStringLiteral("CN마을10"),
          QStringLiteral("JR東日本")})
        EXPECT_TRUE(EncodingDetector::plausible(good)) << good.toStdString();
    for (const QString& bad :
         {QStringLiteral("Yang유zhou"), QStringLiteral("서울市"), QStringLiteral("ÑïÖÝ"),
          QStringLiteral("YangÀ¯zhou"), QStringLiteral("a\x01b"), QStringLiteral("a\u0085b"),
          QStringLiteral("a\u202Eb"), QStringLiteral("\uE000"), QStringLiteral("Москва"),
          QString(QChar(0x0378))})
        EXPECT_FALSE(EncodingDetector::plausible(bad)) << bad.toStdString();
}

TEST(EncodingDetector, LegacyCjkFilesAreStillDetected)
{
    const QString text = QStringLiteral("a_country,a_city,b_country,b_city,note\n"
                                        "CN,江苏省南京市,JP,名古屋市,两市于一九七八年结好\n"
                                        "JP,横浜市,CN,上海市,ひらがなとカタカナのメモ\n"
                                        "KR,서울특별시,CN,베이징시,자매도시 결연\n");
    EXPECT_EQ(DecodedText::decode(encode(text.section('\n', 0, 1) + '\n', "GB18030")).encoding(),
              "GB18030");
    const QString japanese = text.section('\n', 0, 0) + '\n' + text.section('\n', 2, 2) + '\n';
    EXPECT_EQ(DecodedText::decode(encode(japanese, "Shift_JIS")).encoding(), "Shift_JIS");
    const QString korean = text.section('\n', 0, 0) + '\n' + text.section('\n', 3, 3) + '\n';
    EXPECT_EQ(DecodedText::decode(encode(korean, "EUC-KR")).encoding(), "EUC-KR");
}

TEST(EncodingDetector, AByteOrderMarkAloneIsNamed)
{
    const CsvReader csv(QByteArray("\xEF\xBB\xBF"));
    EXPECT_EQ(reasons(csv),
              QStringList{"0:0: the file holds only a byte order mark: no header and no data"});
}

// The corpus of the fuzz target, run on every test run: every file of the fuzz regressions
// and of both import corpora is refused or read back to exactly its bytes.
TEST(EncodingDetector, EveryCorpusFileIsRefusedOrReadBackExactly)
{
    int files = 0;
    for (const char* folder : {"/fuzz-regressions", "/import-good", "/import-bad"}) {
        const QDir dir(QStringLiteral(SISTERCITIES_TEST_DATA) + QLatin1String(folder));
        for (const QString& name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            expectRefusedOrExact(bytes, name.toStdString());
            if (!bytes.isEmpty()) // the fuzz target's first byte is its mode
                expectRefusedOrExact(bytes.mid(1), name.toStdString() + " (fuzz input)");
            ++files;
        }
    }
    EXPECT_GE(files, 100);
}
