// The bundled dataset: it compiles, every record carries its source, and a rebuild from the
// same fact files gives the same content.
#include "CityRepository.h"
#include "Database.h"
#include "Error.h"
#include "SqlSupport.h"
#include "dataset/BundledDataset.h"
#include "dataset/DatasetCompiler.h"
#include "support/BundledDatabaseTest.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace sc;

namespace {

// Every table's rows in primary-key order, as text: two databases with the same content give
// the same dump. The name index (city_names and its shadow tables) and the planner's statistics
// (sqlite_stat1) are derived from the rows and left out.
QStringList dump(Database& database)
{
    QStringList out;
    QSqlQuery tables = sql::run(database.connection(),
                                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                "LIKE 'city\\_names%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' "
                                "ESCAPE '\\' ORDER BY name");
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : names) {
        QSqlQuery rows = sql::run(database.connection(),
                                  QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        while (rows.next()) {
            QStringList fields{table};
            for (int i = 0; i < rows.record().count(); ++i)
                fields << rows.value(i).toString();
            out << fields.join(QLatin1Char('|'));
        }
    }
    return out;
}

} // namespace

TEST(Dataset, TheBundledDatasetCompilesAndRebuildsToTheSameContent)
{
    TempDir dir;
    auto first = bundled::createDatabase(dir.file("one.sqlite"));
    auto second = bundled::createDatabase(dir.file("two.sqlite"));
    const QStringList a = dump(*first);
    EXPECT_GT(a.size(), 100);
    EXPECT_EQ(a, dump(*second));
}

TEST(Dataset, EveryChineseDivisionHasARegionAndEveryNameIsThere)
{
    TempDir dir;
    auto db = bundled::createDatabase(dir.file("b.sqlite"));
    EXPECT_EQ(sql::scalar(db->connection(), "SELECT count(*) FROM divisions WHERE country = 'CN'")
                  .toInt(),
              31);
    EXPECT_EQ(sql::scalar(db->connection(),
                          "SELECT count(*) FROM divisions WHERE country = 'CN' AND region IS NULL")
                  .toInt(),
              0);
    EXPECT_EQ(sql::scalar(db->connection(), "SELECT count(*) FROM divisions WHERE country = 'JP'")
                  .toInt(),
              47);
    EXPECT_EQ(sql::scalar(db->connection(), "SELECT count(*) FROM divisions WHERE country = 'KR'")
                  .toInt(),
              17);
    for (const char* table : {"countries", "divisions"})
        for (const char* lang : {"zh", "ja", "ko", "en"})
            EXPECT_EQ(sql::scalar(db->connection(),
                                  QStringLiteral("SELECT count(*) FROM %1 WHERE name_%2 = ''")
                                      .arg(QLatin1String(table), QLatin1String(lang)))
                          .toInt(),
                      0)
                << table << " " << lang;
}

TEST(Dataset, ABadFactFileNamesItsLineAndWritesNothing)
{
    TempDir dir;
    QDir().mkpath(dir.file("facts/register"));
    QFile countries(dir.file("facts/register/countries.tsv"));
    ASSERT_TRUE(countries.open(QIODevice::WriteOnly));
    countries.write("code\tname_zh\tname_ja\tname_ko\tname_en\tsource_key\n"
                    "CN\t中国\t中国\t중국\tChina\tnowhere\n");
    countries.close();
    QFile sources(dir.file("facts/register/sources.tsv"));
    ASSERT_TRUE(sources.open(QIODevice::WriteOnly));
    sources.write("source_key\ttitle\tpublisher\turl\tdate_read\tlicence\n"
                  "somewhere\tA list\t\t\t\t\n");
    sources.close();

    auto db = Database::create(dir.file("bad.sqlite"));
    try {
        DatasetCompiler(*db, dir.file("facts")).compile();
        FAIL() << "compiled";
    } catch (const Error& error) {
        EXPECT_TRUE(error.message().contains("countries.tsv:2: source_key"))
            << error.message().toStdString();
    }
    EXPECT_EQ(sql::scalar(db->connection(), "SELECT count(*) FROM sources").toInt(), 0);
}

// ---------------------------------------------------------------------------------------------
// The bundled dataset's promises: sources everywhere, names in every language, the survey
// exactly as the report prints it.

namespace {

class Bundled : public BundledDatabaseTest {
protected:
    static int count(const QString& text, const QVariantList& values = {})
    {
        return sql::scalar(db->connection(), text, values).toInt();
    }
};

// FIGURES.md, read at test time: the survey numbers are checked against the report's own list,
// not against numbers typed into the test.
QString figuresMarkdown()
{
    QFile file(QStringLiteral(SISTERCITIES_SHARED_DIR "/report/FIGURES.md"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    return QString::fromUtf8(file.readAll());
}

// "67 (50.4 %)" pairs of a line or paragraph, as (count, percent) text.
QStringList countPercentPairs(const QString& text)
{
    static const QRegularExpression pair(QStringLiteral("(\\d+) \\((\\d+\\.\\d) %\\)"));
    QStringList out;
    // Lines wrap anywhere in the markdown: compare with runs of white space folded.
    for (auto it = pair.globalMatch(text.simplified()); it.hasNext();) {
        const auto match = it.next();
        out << match.captured(1) + QLatin1Char('/') + match.captured(2);
    }
    return out;
}

} // namespace

TEST_F(Bundled, EveryPairingAndCityHasASource)
{
    EXPECT_GT(count("SELECT count(*) FROM pairings"), 1000);
    EXPECT_EQ(count("SELECT count(*) FROM pairings p LEFT JOIN sources s ON s.id = p.source_id "
                    "WHERE s.id IS NULL"),
              0);
    EXPECT_EQ(count("SELECT count(*) FROM pairings p WHERE NOT EXISTS (SELECT 1 FROM "
                    "pairing_sources ps WHERE ps.pairing_id = p.id)"),
              0);
    EXPECT_EQ(count("SELECT count(*) FROM cities WHERE source_id IS NULL"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM sources WHERE title IS NULL OR title = ''"), 0);
}

TEST_F(Bundled, EveryCityHasACountryAndANameInEachLanguage)
{
    EXPECT_EQ(count("SELECT count(*) FROM cities c LEFT JOIN countries k ON k.code = c.country "
                    "WHERE k.code IS NULL"),
              0);
    CityRepository cities(*db);
    QSqlQuery ids = sql::run(db->connection(), "SELECT id FROM cities");
    int checked = 0;
    while (ids.next()) {
        const auto city = cities.get(ids.value(0).toLongLong());
        for (Language language : {Language::Zh, Language::Ja, Language::Ko, Language::En})
            EXPECT_FALSE(city->names.display(language).trimmed().isEmpty())
                << city->key.toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, count("SELECT count(*) FROM cities"));
}

TEST_F(Bundled, TheFirstPairOfTheReportIsThere)
{
    // §1.2: Tianjin – Kobe, 1973-06-24.
    EXPECT_EQ(count("SELECT count(*) FROM pairings p JOIN cities a ON a.id = p.city_a "
                    "JOIN cities b ON b.id = p.city_b WHERE a.name_zh = '天津市' AND "
                    "b.name_ja = '神戸市' AND p.established = '1973-06-24'"),
              1);
}

TEST_F(Bundled, SurveyGroupsHoldTheReportsRespondentCounts)
{
    const QString md = figuresMarkdown();
    // "133 from Chinese cities (67 about China–Japan pairs, 66 about China–Korea pairs), 265
    // from Japanese cities (185 about Japan–China pairs, 80 about Japan–Korea pairs)"
    static const QRegularExpression groups(
        QStringLiteral("(\\d+) from Chinese cities \\((\\d+) about China–Japan pairs, (\\d+) "
                       "about China–Korea pairs\\), (\\d+) from Japanese cities \\((\\d+) about "
                       "Japan–China pairs, (\\d+) about Japan–Korea pairs\\)"));
    const auto match = groups.match(md.simplified());
    ASSERT_TRUE(match.hasMatch());
    const QStringList keys{"cn-all", "cn-jp", "cn-kr", "jp-all", "jp-cn", "jp-kr"};
    for (int i = 0; i < keys.size(); ++i)
        EXPECT_EQ(count("SELECT respondents FROM survey_groups WHERE group_key = ?", {keys[i]}),
                  match.captured(i + 1).toInt())
            << keys[i].toStdString();
}

TEST_F(Bundled, SurveyTalliesEqualTheReportNumberForNumber)
{
    const QString md = figuresMarkdown();
    // The tallies of one group and question as "count/percent", in option order; a count the
    // report does not state stays NULL and is written "-".
    auto tallies = [](const QString& group, const QString& question) {
        QSqlQuery query = sql::run(
            db->connection(),
            "SELECT t.count, t.percent FROM survey_tallies t JOIN survey_groups g ON g.id = "
            "t.group_id JOIN survey_options o ON o.id = t.option_id JOIN survey_questions q ON "
            "q.id = o.question_id WHERE g.group_key = ? AND q.question_key = ? ORDER BY o.position",
            {group, question});
        QStringList out;
        while (query.next())
            out << (query.value(0).isNull()
                        ? QStringLiteral("-")
                        : query.value(0).toString() + QLatin1Char('/') +
                              QString::number(query.value(1).toDouble(), 'f', 1));
        return out;
    };
    auto stated = [](QStringList list) {
        list.removeAll(QStringLiteral("-"));
        std::sort(list.begin(), list.end());
        return list;
    };

    // The evaluation table: one line per group, options in the table's column order.
    const QList<QPair<QString, QString>> evaluation = {{"| Chinese side, all |", "cn-all"},
                                                       {"| Chinese side, China–Japan |", "cn-jp"},
                                                       {"| Chinese side, China–Korea |", "cn-kr"},
                                                       {"| Japanese side, all |", "jp-all"}};
    for (const auto& [prefix, group] : evaluation) {
        const int at = md.indexOf(prefix);
        ASSERT_GE(at, 0) << prefix.toStdString();
        const QString line = md.mid(at, md.indexOf('\n', at) - at);
        QStringList expected = countPercentPairs(line);
        if (line.contains("not stated"))
            expected << "-"; // the Japanese side's "interrupted": not stated, not zero
        EXPECT_EQ(tallies(group, "evaluation"), expected) << group.toStdString();
    }
    EXPECT_EQ(count("SELECT count(*) FROM survey_tallies t JOIN survey_groups g ON g.id = "
                    "t.group_id JOIN survey_options o ON o.id = t.option_id WHERE g.group_key = "
                    "'jp-all' AND o.option_key = 'interrupted' AND t.count IS NULL"),
              1);

    // The paragraphs of figures 13 to 17: the same counts and percents, whatever the order.
    const QList<std::tuple<QString, QString, QString>> paragraphs = {
        {"(fig 13)", "cn-all", "activity-trend"},
        {"(fig 14,", "cn-all", "purpose"},
        {"(fig 15,", "jp-all", "purpose"},
        {"(fig 16,", "cn-all", "main-activity"},
        {"(fig 17,", "jp-all", "main-activity"}};
    for (const auto& [marker, group, question] : paragraphs) {
        const int at = md.indexOf(marker);
        ASSERT_GE(at, 0) << marker.toStdString();
        const QString paragraph = md.mid(at, md.indexOf("\n\n", at) - at);
        QStringList expected = countPercentPairs(paragraph);
        std::sort(expected.begin(), expected.end());
        ASSERT_FALSE(expected.isEmpty());
        EXPECT_EQ(stated(tallies(group, question)), expected) << marker.toStdString();
    }
}
