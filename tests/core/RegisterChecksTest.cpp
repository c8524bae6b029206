// The dataset compiler's register checks: each promise of docs/DATA.md ("What fails the build")
// on a small fact folder that compiles, then with one fault put in.
#include "Database.h"
#include "Error.h"
#include "SqlSupport.h"
#include "dataset/DatasetCompiler.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QMap>

#include <gtest/gtest.h>

using namespace sc;

namespace {

const char* kPairingHeader = "pairing_key\tcity_a\tcity_b\testablished\tprecision\tstatus\tkind\t"
                             "date_basis\tnote\tsource_key\tverification\tended\tend_reason\t"
                             "successor\tend_source_key\n";

// A register of two Chinese cities and one Japanese city, one pairing, every promise kept.
QMap<QString, QByteArray> goodRegister()
{
    QMap<QString, QByteArray> files;
    files["sources.tsv"] = "source_key\ttitle\tpublisher\turl\tdate_read\tlicence\n"
                           "list\tA list\t\t\t\t\n"
                           "page\tA page\tCity\thttps://example.org/p\t\t\n";
    files["countries.tsv"] = "code\tname_zh\tname_ja\tname_ko\tname_en\tsource_key\n"
                             "CN\t中国\t中国\t중국\tChina\tlist\n"
                             "JP\t日本\t日本\t일본\tJapan\tlist\n";
    files["divisions.tsv"] =
        "code\tcountry\tname_zh\tname_ja\tname_ko\tname_en\tregion\tsource_key\n"
        "CN-JS\tCN\t江苏省\t江蘇省\t장쑤성\tJiangsu\teast\tlist\n"
        "JP-17\tJP\t石川县\t石川県\t이시카와현\tIshikawa\t\tlist\n";
    files["cities.tsv"] =
        "city_key\tcountry\tdivision\tparent_key\tlevel\tname_native\tname_zh\t"
        "name_ja\tname_ko\tname_en\tsource_key\n"
        "CN-3205\tCN\tCN-JS\t\tprefecture\t苏州市\t苏州市\t\t\tSuzhou\tlist\n"
        "CN-3206\tCN\tCN-JS\t\tprefecture\t南通市\t南通市\t\t\tNantong\tlist\n"
        "JP-17201\tJP\tJP-17\t\tmunicipality\t金沢市\t\t金沢市\t\tKanazawa\tlist\n";
    files["pairings.tsv"] = QByteArray(kPairingHeader) +
                            "CN-3205:JP-17201\tCN-3205\tJP-17201\t1981-06-13\tday\tactive\t"
                            "friendship\t\t\tpage\tverified\t\t\t\t\n";
    files["pairing_sources.tsv"] = "pairing_key\tsource_key\testablished\trelation\tnote\n"
                                   "CN-3205:JP-17201\tpage\t1981-06-13\t友好都市\t\n";
    return files;
}

// Compiles `files` as register/; returns the error message, or an empty string.
QString compile(const QMap<QString, QByteArray>& files)
{
    TempDir dir;
    QDir().mkpath(dir.file("facts/register"));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(dir.file("facts/register/" + it.key()));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(it.value());
    }
    auto db = Database::create(dir.file("r.sqlite"));
    try {
        DatasetCompiler(*db, dir.file("facts")).compile();
    } catch (const Error& error) {
        // Nothing of the register was written.
        EXPECT_EQ(sql::scalar(db->connection(), "SELECT count(*) FROM pairings").toInt(), 0);
        return error.message();
    }
    EXPECT_EQ(sql::scalar(db->connection(), "SELECT count(*) FROM pairings").toInt(),
              files["pairings.tsv"].count('\n') - 1);
    return {};
}

} // namespace

TEST(RegisterChecks, TheGoodRegisterCompiles)
{
    EXPECT_EQ(compile(goodRegister()), QString());
}

TEST(RegisterChecks, APairWhoseSourcesHaveNoUrlFailsTheBuild)
{
    auto files = goodRegister();
    files["pairing_sources.tsv"] = "pairing_key\tsource_key\testablished\trelation\tnote\n"
                                   "CN-3205:JP-17201\tlist\t\t\t\n";
    const QString message = compile(files);
    EXPECT_TRUE(message.contains("pairings.tsv:2: source_key")) << message.toStdString();
}

TEST(RegisterChecks, TheSamePlacesUnderTwoSpellingsFailTheBuild)
{
    auto files = goodRegister();
    // 苏州 is 苏州市 written without its level: the same place under another key.
    files["cities.tsv"] += "CN-suzhou\tCN\tCN-JS\t\tother\t苏州\t苏州\t\t\tSuzhou\tlist\n";
    files["pairings.tsv"] += "CN-suzhou:JP-17201\tCN-suzhou\tJP-17201\t\t\tactive\t\t\t\tpage\t"
                             "unverified\t\t\t\t\n";
    files["pairing_sources.tsv"] += "CN-suzhou:JP-17201\tpage\t\t\t\n";
    const QString message = compile(files);
    EXPECT_TRUE(message.contains("pairings.tsv:3: pairing_key")) << message.toStdString();
    EXPECT_TRUE(message.contains("CN-3205:JP-17201")) << message.toStdString();
}

TEST(RegisterChecks, AnUnplacedCityNeedsALineInTheExceptionList)
{
    auto files = goodRegister();
    files["cities.tsv"] += "CN-x\tCN\t\t\tother\tTang\t\t\t\tTang\tlist\n";
    files["pairings.tsv"] +=
        "CN-x:JP-17201\tCN-x\tJP-17201\t\t\tactive\t\t\t\tpage\tunverified\t\t\t\t\n";
    files["pairing_sources.tsv"] += "CN-x:JP-17201\tpage\t\t\t\n";
    QString message = compile(files);
    EXPECT_TRUE(message.contains("cities.tsv:5: division")) << message.toStdString();

    files["unplaced.tsv"] = "city_key\treason\nCN-x\tno match in cn-divisions\n";
    EXPECT_EQ(compile(files), QString());

    // A reason is required, and a listed city must be one that is unplaced.
    files["unplaced.tsv"] = "city_key\treason\nCN-x\t\n";
    EXPECT_TRUE(compile(files).contains("unplaced.tsv:2: reason"));
    files["unplaced.tsv"] = "city_key\treason\nCN-x\twhy\nCN-3206\twhy\n";
    message = compile(files);
    EXPECT_TRUE(message.contains("unplaced.tsv:3: city_key")) << message.toStdString();
}

TEST(RegisterChecks, ADateBefore1973OrAfterTodayFailsTheBuild)
{
    auto files = goodRegister();
    files["pairings.tsv"].replace("1981-06-13\tday", "1972\tyear");
    QString message = compile(files);
    EXPECT_TRUE(message.contains("pairings.tsv:2: established")) << message.toStdString();

    files = goodRegister();
    files["pairings.tsv"].replace("1981-06-13\tday", "2999\tyear");
    message = compile(files);
    EXPECT_TRUE(message.contains("pairings.tsv:2: established")) << message.toStdString();

    files = goodRegister();
    files["pairings.tsv"].replace("verified\t\t\t\t", "verified\t1970\tdissolved\t\tpage");
    message = compile(files);
    EXPECT_TRUE(message.contains("pairings.tsv:2: ended")) << message.toStdString();
}

TEST(RegisterChecks, AStatusChangeIsStoredWithItsSource)
{
    auto files = goodRegister();
    files["pairings.tsv"].replace("verified\t\t\t\t", "verified\t2012-02\tsuspended\t\tpage");
    EXPECT_EQ(compile(files), QString());
    files["pairings.tsv"].replace("suspended\t\tpage", "suspended\t\t");
    const QString message = compile(files);
    EXPECT_TRUE(message.contains("pairings.tsv:2: end_source_key")) << message.toStdString();
}

TEST(RegisterChecks, APairBeforeAndAfterAMergerFailsTheBuild)
{
    auto files = goodRegister();
    // 南通市 was paired with a city since merged into 金沢市, which has its own pair with 南通市.
    files["cities.tsv"] += "JP-old\tJP\tJP-17\t\tmunicipality\t旧町\t\t旧町\t\t\tlist\n";
    files["pairings.tsv"] += "CN-3206:JP-old\tCN-3206\tJP-old\t1990\tyear\tactive\t\t\t\tpage\t"
                             "verified\t2005\trenamed\tJP-17201\tpage\n"
                             "CN-3206:JP-17201\tCN-3206\tJP-17201\t2006\tyear\tactive\t\t\t\tpage\t"
                             "verified\t\t\t\t\n";
    files["pairing_sources.tsv"] += "CN-3206:JP-old\tpage\t1990\t\t\n"
                                    "CN-3206:JP-17201\tpage\t2006\t\t\n";
    const QString message = compile(files);
    EXPECT_TRUE(message.contains("pairings.tsv:3: successor")) << message.toStdString();
    EXPECT_TRUE(message.contains("CN-3206:JP-17201")) << message.toStdString();
}
