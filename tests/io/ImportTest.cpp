// Importers against a real database: all or nothing, every problem named by line and column,
// names that look like SQL stored as text, and export → import round trips.
#include "CityRepository.h"
#include "Error.h"
#include "PairingQuery.h"
#include "SqlSupport.h"
#include "dataset/BundledDataset.h"
#include "io/CityImporter.h"
#include "io/CsvReader.h"
#include "io/Exporter.h"
#include "io/PairingImporter.h"
#include "support/GeneratedDatabase.h"
#include "support/SqlTrace.h"
#include "support/TempDir.h"
#include "support/TestBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace sc;

namespace {

int count(Database& db, const char* table)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
        .toInt();
}

ImportReport importPairings(Database& db, const QString& text, ImportOptions options = {},
                            const ImportProgress& progress = {})
{
    options.today = QDate(2024, 6, 1);
    return PairingImporter(db).run(CsvReader(text.toUtf8()), options, progress);
}

bool hasProblem(const ImportReport& report, int line, const QString& column, const char* reason)
{
    for (const ImportIssue& issue : report.problems)
        if (issue.line == line && issue.column == column && issue.reason.contains(reason))
            return true;
    return false;
}

std::string dump(const ImportReport& report)
{
    return report.problemLines(QStringLiteral("f")).join('\n').toStdString();
}

const QString kHeader =
    QStringLiteral("a_country,a_division,a_city,b_country,b_division,b_city,established,status,"
                   "kind,source,note\n");

class Import : public ::testing::Test {
protected:
    void SetUp() override { m_db = testdata::generate(m_dir.file("g.sqlite"), 0).database; }
    TempDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(Import, AddsEveryRowAndFindsCitiesByAnyOfTheirNames)
{
    // The generated cities have English, Chinese and Korean names; the file mixes them, with
    // divisions as codes and as names.
    const QString text = kHeader +
                         "CN,CN-JS,CN Town 0,JP,,JP Town 0,1985-04,active,sister,Paper A,\n"
                         "cn,,CN镇1号,jp,,JP Town 1,1990,dormant,,Paper A,\"two\nlines\"\n"
                         "KR,,KR마을2,US,,US Town 3,,,friendship,https://example.org/b,\n";
    const int cities = count(*m_db, "cities");
    const ImportReport report = importPairings(*m_db, text);
    ASSERT_FALSE(report.hasProblems()) << dump(report);
    EXPECT_TRUE(report.written);
    EXPECT_EQ(report.added, 3);
    EXPECT_EQ(report.sourcesCreated, 2);
    EXPECT_EQ(count(*m_db, "pairings"), 3);
    // Row 1 named CN Town 0 in CN-JS: the generator may have put it elsewhere, in which case it
    // is a new city there; the others are found.
    EXPECT_EQ(count(*m_db, "cities"), cities + report.citiesCreated);
    EXPECT_LE(report.citiesCreated, 1);

    const auto rows = PairingQuery(*m_db).rows({}, Language::En);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[1].b.name, "JP Town 1");
    EXPECT_EQ(rows[1].established, "1990");
    EXPECT_EQ(rows[1].status, "dormant");
    EXPECT_EQ(rows[1].note, "two\nlines");
    EXPECT_EQ(rows[2].status, "active"); // empty status: the schema's default
    EXPECT_EQ(rows[2].sourceUrl, "https://example.org/b");
}

TEST_F(Import, AnyBadRowWritesNothingAndEveryProblemIsNamed)
{
    const QString text = kHeader +
                         "CN,,CN Town 1,JP,,JP Town 1,1985,active,sister,Paper,\n" // 2 good
                         "XX,,CN Town 2,JP,,JP Town 2,1985,active,sister,Paper,\n" // 3
                         "CN,,CN Town 3,JP,,JP Town 3,1985-13,active,,Paper,\n"    // 4
                         "CN,,CN Town 4,JP,,JP Town 4,2031,active,,Paper,\n"       // 5
                         "CN,,CN Town 5,CN,,CN Town 5,,active,,Paper,\n"           // 6
                         "CN,,CN Town 6,JP,,JP Town 6,,active,,,\n"                // 7
                         "CN,,CN Town 7,JP,,JP Town 7,,closed,cousin,Paper,\n"     // 8
                         "JP,,JP Town 1,CN,,CN Town 1,,active,,Paper,\n"           // 9
                         "CN,CN-XX,CN Town 8,JP,,,,active,,Paper,\n"               // 10
                         "CN,,CN Town 9,JP,,JP Town 9\n";                          // 11
    const ImportReport report = importPairings(*m_db, text);
    EXPECT_FALSE(report.written);
    EXPECT_EQ(count(*m_db, "pairings"), 0);
    EXPECT_EQ(count(*m_db, "sources"), 1);
    EXPECT_TRUE(hasProblem(report, 3, "a_country", "unknown country code \"XX\"")) << dump(report);
    EXPECT_TRUE(hasProblem(report, 4, "established", "no month 13")) << dump(report);
    EXPECT_TRUE(hasProblem(report, 5, "established", "future")) << dump(report);
    EXPECT_TRUE(hasProblem(report, 6, "b_city", "itself")) << dump(report);
    EXPECT_TRUE(hasProblem(report, 7, "source", "missing source")) << dump(report);
    EXPECT_TRUE(hasProblem(report, 8, "status", "\"closed\" is not a status")) << dump(report);
    EXPECT_TRUE(hasProblem(report, 8, "kind", "\"cousin\" is not a kind")) << dump(report);
    EXPECT_TRUE(hasProblem(report, 9, "b_city", "the same pair as line 2")) << dump(report);
    EXPECT_TRUE(hasProblem(report, 10, "a_division", "unknown division \"CN-XX\"")) << dump(report);
    EXPECT_TRUE(hasProblem(report, 10, "b_city", "missing city name")) << dump(report);
    EXPECT_TRUE(hasProblem(report, 11, "", "6 fields where the header has 11")) << dump(report);
    EXPECT_EQ(report.problems.size(), 11) << dump(report);
}

TEST_F(Import, DuplicateOfAnExistingPairIsRefused)
{
    ASSERT_TRUE(importPairings(*m_db, kHeader + "CN,,CN Town 1,JP,,JP Town 1,,,,P,\n").written);
    const ImportReport again = importPairings(*m_db, kHeader + "JP,,JP Town 1,CN,,CN镇1号,,,,P,\n");
    EXPECT_FALSE(again.written);
    EXPECT_TRUE(hasProblem(again, 2, "b_city", "paired already")) << dump(again);
    EXPECT_EQ(count(*m_db, "pairings"), 1);
}

TEST_F(Import, DryRunChecksEverythingAndWritesNothing)
{
    const QString text = kHeader + "CN,,CN Town 1,JP,,New Place,,,,Paper,\n";
    ImportOptions options;
    options.dryRun = true;
    const ImportReport report = importPairings(*m_db, text, options);
    EXPECT_FALSE(report.hasProblems()) << dump(report);
    EXPECT_EQ(report.added, 1);
    EXPECT_EQ(report.citiesCreated, 1);
    EXPECT_FALSE(report.written);
    EXPECT_EQ(count(*m_db, "pairings"), 0);
    EXPECT_EQ(count(*m_db, "cities"), 150);
}

TEST_F(Import, StrictRefusesCitiesTheRegisterDoesNotHave)
{
    ImportOptions options;
    options.strict = true;
    const ImportReport report =
        importPairings(*m_db, kHeader + "CN,,CN Town 1,JP,,Atlantis,,,,Paper,\n", options);
    EXPECT_TRUE(hasProblem(report, 2, "b_city", "no city is called \"Atlantis\" in JP"))
        << dump(report);
    EXPECT_EQ(count(*m_db, "cities"), 150);
}

TEST_F(Import, CancellingWritesNothing)
{
    QString text = kHeader;
    for (int i = 0; i < 20; ++i)
        for (int j = 0; j < 20; ++j)
            text += QStringLiteral("CN,,CN Town %1,JP,,JP Town %2,,,,Paper,\n").arg(i).arg(j);
    int calls = 0;
    const ImportReport report = importPairings(*m_db, text, {}, [&calls](int done, int total) {
        EXPECT_EQ(total, 400);
        ++calls;
        return done < 200;
    });
    EXPECT_TRUE(report.cancelled);
    EXPECT_FALSE(report.written);
    EXPECT_GT(calls, 1);
    EXPECT_EQ(count(*m_db, "pairings"), 0);
    EXPECT_EQ(count(*m_db, "sources"), 1);
}

TEST_F(Import, NamesThatLookLikeSqlOrPatternsAreStoredAndFoundAsText)
{
    const QString longName = QString(5000, QChar(0x9577)); // 長 × 5000
    const QStringList names{"O'Brien", "'; DROP TABLE pairings; --", "%", "_", "😀🏯", longName,
                            "a\\b"};
    QString text = kHeader;
    for (int i = 0; i < names.size(); ++i) {
        QString quoted = names[i];
        quoted.replace('"', "\"\"");
        text += QStringLiteral("CN,,\"%1\",JP,,JP Town %2,,,,\"%1\",\"%1\"\n").arg(quoted).arg(i);
    }
    const ImportReport report = importPairings(*m_db, text);
    ASSERT_FALSE(report.hasProblems()) << dump(report);
    EXPECT_EQ(count(*m_db, "pairings"), int(names.size()));
    const PairingQuery query(*m_db);
    for (const QString& name : names) {
        PairingFilter filter;
        filter.search = name;
        const auto rows = query.rows(filter, Language::En);
        ASSERT_EQ(rows.size(), 1) << name.left(20).toStdString();
        EXPECT_EQ(rows[0].a.name, name);
        EXPECT_EQ(rows[0].note, name);
        EXPECT_EQ(rows[0].sourceTitle, name);
    }
}

TEST_F(Import, ControlCharactersAreRefusedInImportAndByCore)
{
    // A NUL in a CSV cell is nearly always a UTF-16 file read as 8-bit: import says so.
    const ImportReport report =
        importPairings(*m_db, kHeader + QStringLiteral("CN,,A") + QChar(0) + "B,JP,,X,,,,P,\n");
    EXPECT_TRUE(hasProblem(report, 2, "a_city", "U+0000")) << dump(report);
    // Core refuses such a name too (NameNormaliser): a dialog cannot store what import cannot.
    City city;
    city.country = "CN";
    city.names.native = QStringLiteral("A") + QChar(0) + "B";
    try {
        CityRepository(*m_db).add(city);
        ADD_FAILURE() << "a name with a NUL was stored";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Invalid);
        EXPECT_EQ(error.message(), "the native name \"A<U+0000>B\" holds the control character "
                                   "U+0000 at character 2, which no name may hold");
    }
    EXPECT_EQ(count(*m_db, "cities"), 150);
}

TEST_F(Import, CitiesImportChecksLevelsNamesAndDuplicates)
{
    const QString text = QStringLiteral("name_native,country,division,level,name_en,source\n"
                                        "新城市,CN,CN-JS,prefecture,New Town,Paper\n" // 2 good
                                        "新城市,CN,CN-JS,prefecture,,Paper\n"         // 3 same as 2
                                        ",CN,,other,,\n"                   // 4 no native name
                                        "Somewhere,CN,,hamlet,,\n"         // 5 level
                                        "CN Town 0,CN,%1,municipality,,\n" // 6 exists already
                                        "Elsewhere,ZZ,,,,\n");             // 7 country
    // The generated CN Town 0 lies in some division; the duplicate row names the same one.
    const auto existing = CityRepository(*m_db).get(1);
    ASSERT_TRUE(existing);
    const ImportReport report =
        CityImporter(*m_db).run(CsvReader(text.arg(existing->division).toUtf8()));
    EXPECT_FALSE(report.written);
    EXPECT_TRUE(hasProblem(report, 3, "name_native", "same city as line 2")) << dump(report);
    EXPECT_TRUE(hasProblem(report, 4, "name_native", "missing native name")) << dump(report);
    EXPECT_TRUE(hasProblem(report, 5, "level", "\"hamlet\" is not a level")) << dump(report);
    EXPECT_TRUE(hasProblem(report, 6, "name_native", "exists already")) << dump(report);
    EXPECT_TRUE(hasProblem(report, 7, "country", "unknown country code")) << dump(report);
    EXPECT_EQ(report.problems.size(), 5) << dump(report);
    EXPECT_EQ(count(*m_db, "cities"), 150);
}

TEST_F(Import, UnknownAndMissingColumnsAreProblemsOfTheHeader)
{
    const ImportReport report = importPairings(
        *m_db, QStringLiteral("id,a_country,a_city,b_country,b_city,establised,source\n"
                              "1,CN,CN Town 1,JP,JP Town 1,1990,Paper\n"));
    EXPECT_TRUE(hasProblem(report, 1, "establised", "unknown column")) << dump(report);
    EXPECT_EQ(report.problems.size(), 1) << dump(report); // id is what export writes: dropped
    const ImportReport missing =
        importPairings(*m_db, QStringLiteral("a_country,a_city,b_country\nCN,X,JP\n"));
    EXPECT_TRUE(hasProblem(missing, 1, "b_city", "no column")) << dump(missing);
    EXPECT_TRUE(hasProblem(missing, 1, "source", "no column")) << dump(missing);
    EXPECT_EQ(count(*m_db, "pairings"), 0);
}

// The bundled register, exported and imported into a database with only the reference tables,
// exports again to the same bytes (ids aside).
TEST(ImportRoundTrip, BundledRegisterThroughCsvComesBackTheSame)
{
    TempDir dir;
    auto bundled = testbackend::createBundled(dir.file("bundled.sqlite"));
    auto empty = testbackend::createBundled(dir.file("empty.sqlite"), true);
    EXPECT_EQ(count(*empty, "countries"), count(*bundled, "countries"));
    EXPECT_EQ(count(*empty, "divisions"), 95);
    EXPECT_EQ(count(*empty, "cities"), 0);

    const Exporter from(*bundled);
    const QByteArray cities = from.cities({}, Exporter::Format::Csv);
    // English: the one language in which the register names no two cities of a division alike
    // (中山市 is a prefecture-level and a county-level city of Guangdong in Chinese and Japanese).
    for (Language language : {Language::En}) {
        const QByteArray pairings = from.pairings({}, language, Exporter::Format::Csv);
        TempDir target;
        auto db = testbackend::createBundled(target.file("t.sqlite"), true);
        const ImportReport cityReport = CityImporter(*db).run(CsvReader(cities));
        ASSERT_TRUE(cityReport.written) << dump(cityReport);
        EXPECT_EQ(cityReport.added, count(*bundled, "cities"));
        const ImportReport pairingReport = PairingImporter(*db).run(CsvReader(pairings));
        ASSERT_TRUE(pairingReport.written) << dump(pairingReport);
        EXPECT_EQ(pairingReport.added, count(*bundled, "pairings"));
        EXPECT_EQ(pairingReport.citiesCreated, 0);

        const Exporter to(*db);
        EXPECT_EQ(to.cities({}, Exporter::Format::Csv), cities);
        // Ids are given anew: compare everything after the first column.
        auto withoutIds = [](const QByteArray& csv) {
            QStringList lines = QString::fromUtf8(csv).split("\r\n");
            for (QString& line : lines)
                line = line.mid(line.indexOf(','));
            return lines;
        };
        EXPECT_EQ(withoutIds(to.pairings({}, language, Exporter::Format::Csv)),
                  withoutIds(pairings));
    }
}

TEST(ImportRoundTrip, FilteredExportHoldsWhatTheFilterShowsInCsvAndJson)
{
    TempDir dir;
    auto generated = testdata::generate(dir.file("g.sqlite"), 300);
    PairingFilter filter;
    filter.countries = {"CN", "JP"};
    filter.fromYear = 1990;
    const int expected = PairingQuery(*generated.database).count(filter);
    ASSERT_GT(expected, 5);
    const Exporter exporter(*generated.database);
    int rows = 0;
    const QByteArray csv = exporter.pairings(filter, Language::Zh, Exporter::Format::Csv, &rows);
    EXPECT_EQ(rows, expected);
    const CsvReader read(csv);
    ASSERT_EQ(read.records().size(), expected);
    const QJsonArray json =
        QJsonDocument::fromJson(exporter.pairings(filter, Language::Zh, Exporter::Format::Json))
            .array();
    ASSERT_EQ(json.size(), expected);
    for (int i = 0; i < expected; ++i) {
        const QStringList fields = read.records()[i].fields;
        EXPECT_EQ(json[i].toObject().value("a_city").toString(), fields[3]);
        EXPECT_EQ(json[i].toObject().value("established").toString(), fields[7]);
        EXPECT_GE(fields[7].left(4).toInt(), 1990);
    }
    // The cities of those pairings, and no others.
    const CsvReader cities(exporter.cities(filter, Exporter::Format::Csv));
    QSet<QString> named;
    for (const auto& record : read.records())
        named << record.fields[1] + record.fields[3] << record.fields[4] + record.fields[6];
    EXPECT_EQ(cities.records().size(), named.size());
}

// A name search exports what the pairings table lists for it, on either engine, and the city
// export asks the engine's own name index (on SQLite the FTS5 trigram table city_names) as the
// table does, rather than the portable search that reads every city's names.
TEST(ImportRoundTrip, NameSearchExportHoldsTheTablesRowsThroughTheEnginesIndex)
{
    TempDir dir;
    auto generated = testdata::generate(dir.file("g.sqlite"), 400);
    Database& db = *generated.database;
    QHash<qint64, QString> englishName;
    for (const testdata::GenCity& city : generated.cities)
        englishName.insert(city.id, city.nameEn);
    // Three characters or more (the trigram index), two hanzi (no trigram), and combined.
    for (const char* text : {"Town 1", "镇2", "JP Town 3"}) {
        PairingFilter filter;
        filter.search = QString::fromUtf8(text);
        const QVector<PairingRow> table = PairingQuery(db).rows(filter, Language::En);
        const int counted = PairingQuery(db).count(filter);
        ASSERT_GT(counted, 2) << text;
        EXPECT_EQ(table.size(), counted) << text;
        QSet<QString> tableCities;
        QStringList tableIds;
        for (const PairingRow& row : table) {
            tableCities << englishName.value(row.a.cityId) << englishName.value(row.b.cityId);
            tableIds << QString::number(row.id);
        }
        const Exporter exporter(db);
        int rows = 0;
        const CsvReader pairings(
            exporter.pairings(filter, Language::En, Exporter::Format::Csv, &rows));
        EXPECT_EQ(rows, counted) << text;
        ASSERT_EQ(pairings.records().size(), counted) << text;
        QStringList exportedIds;
        for (const auto& record : pairings.records())
            exportedIds << record.fields.first();
        EXPECT_EQ(exportedIds, tableIds) << text;

        QStringList statements;
        QByteArray citiesCsv;
        if (testbackend::isPostgres()) {
            citiesCsv = exporter.cities(filter, Exporter::Format::Csv);
        } else {
            testsupport::SqlTrace trace(db.connection());
            citiesCsv = exporter.cities(filter, Exporter::Format::Csv);
            statements = trace.statements();
        }
        const CsvReader cities(citiesCsv);
        QSet<QString> exportedCities;
        for (const auto& record : cities.records())
            exportedCities << record.fields.at(7); // name_en
        EXPECT_EQ(cities.records().size(), exportedCities.size()) << text;
        EXPECT_EQ(exportedCities, tableCities) << text;
        if (!testbackend::isPostgres() && QString::fromUtf8(text).toUcs4().size() >= 3)
            EXPECT_TRUE(statements.join('\n').contains("city_names"))
                << text << ": " << statements.join('\n').toStdString();
    }
}

// Look-alikes of a name meet the existing city: full-width letters, ideographic spaces, other
// case, an invisible character at the edge (stripped, with a notice) create no twin.
TEST_F(Import, LookAlikesMeetTheExistingCityInsteadOfCreatingATwin)
{
    const QString text =
        kHeader + QStringLiteral("CN,,ＣＮ　Ｔｏｗｎ　３,JP,,jp town 4,,,,P,\n"
                                 "CN,,\uFEFFCN Town 5\u200B,JP,,JP Town 6,,,,P,\n");
    const ImportReport report = importPairings(*m_db, text);
    EXPECT_TRUE(report.written) << dump(report);
    EXPECT_EQ(report.citiesCreated, 0);
    EXPECT_EQ(report.added, 2);
    QStringList notices;
    for (const ImportIssue& issue : report.notices)
        notices << QStringLiteral("%1:%2: %3").arg(issue.line).arg(issue.column, issue.reason);
    EXPECT_TRUE(
        notices.contains("3:a_city: the invisible character U+FEFF at its start was removed"))
        << notices.join('\n').toStdString();
    EXPECT_TRUE(
        notices.contains("3:a_city: the invisible character U+200B at its end was removed"));
    EXPECT_EQ(count(*m_db, "cities"), 150);
}
