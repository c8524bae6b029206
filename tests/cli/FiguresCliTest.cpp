// `sistercities-cli figures`: list, data (CSV and JSON equal to the core query) and a headless
// export with no QT_QPA_PLATFORM set.
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "figures/FigureRecord.h"
#include "maps/MapCatalog.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace sc;

namespace {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult figuresCli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SISTERCITIES_CLI), arguments);
    EXPECT_TRUE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

class FiguresCli : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new TempDir;
        path = dir->file("gen.sqlite");
        testdata::generate(path, 300);
    }
    static void TearDownTestSuite() { delete dir; }
    static FigureData core(const QString& id, const PairingFilter& filter, Language language)
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        return FigureQuery(*db).run(id, filter, language);
    }
    static inline TempDir* dir = nullptr;
    static inline QString path;
};

} // namespace

TEST_F(FiguresCli, ListNamesEveryFigure)
{
    const CliResult run = figuresCli({"--db", path, "figures", "list", "--format", "json"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(list.size(), FigureCatalog::all().size() + MapCatalog::all().size());
    EXPECT_EQ(list.at(2).toObject().value("id").toString(), "fig3");
    EXPECT_EQ(list.at(2).toObject().value("kind").toString(), "bar-by-year");
}

TEST_F(FiguresCli, DataCsvIsTheCoreFigureWithItsFilter)
{
    const CliResult run = figuresCli({"--db", path, "figures", "data", "--id", "fig3", "--country",
                                      "KR", "--from", "1990", "--format", "csv"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QStringList lines = run.out.split("\r\n", Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.takeFirst(), "series,category,value");
    PairingFilter filter;
    filter.countries = {"KR"};
    filter.fromYear = 1990;
    const FigureData expected = core("fig3", filter, Language::En);
    const QVector<QStringList> rows = figurerecord::csvRows(expected);
    ASSERT_EQ(lines.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i)
        EXPECT_EQ(lines.at(i), rows.at(i).join(','));
    EXPECT_EQ(rows.first().at(1), "1990");
}

TEST_F(FiguresCli, DataJsonCarriesTheNCaptionAndSources)
{
    const CliResult run = figuresCli(
        {"--db", path, "--lang", "zh", "figures", "data", "--id", "fig7", "--format", "json"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const FigureData expected = core("fig7", {}, Language::Zh);
    EXPECT_EQ(object.value("n").toInt(), expected.n());
    EXPECT_EQ(object.value("caption").toString(), expected.caption);
    EXPECT_EQ(object.value("rows").toArray().size(), 3);
    EXPECT_FALSE(object.value("sources").toArray().isEmpty());
}

TEST_F(FiguresCli, ExportRunsHeadlessAndNamesFilesByFigureAndLanguage)
{
    TempDir out;
    const CliResult run =
        figuresCli({"--db", path, "--lang", "ko", "figures", "export", "--id", "fig5", "--width",
                    "800", "--height", "500", "--dpi", "100", "--out", out.path()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage image(out.file("fig05-ko.png"));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(800, 500));

    const CliResult svg = figuresCli({"--db", path, "figures", "export", "--id", "fig2", "--format",
                                      "svg", "--out", out.path()});
    ASSERT_EQ(svg.exitCode, 0) << svg.err.toStdString();
    EXPECT_TRUE(QFile::exists(out.file("fig02-en.svg")));
}

TEST_F(FiguresCli, AnExportKeepsItsDefaultSizeEvenForLongLists)
{
    // Without --height the figure is 160 × 100 mm: at 300 dpi 1890 × 1181, never taller.
    TempDir out;
    const CliResult run = figuresCli({"--db", path, "--lang", "zh", "figures", "export", "--id",
                                      "fig6", "--dpi", "300", "--out", out.path()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage image(out.file("fig06-zh.png"));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1890, 1181));
    EXPECT_TRUE(QFile::exists(out.file("fig06-zh.sources.txt")));
}

TEST_F(FiguresCli, MistakesAreUsageErrors)
{
    EXPECT_EQ(figuresCli({"--db", path, "figures", "data", "--id", "fig99"}).exitCode, 2);
    EXPECT_EQ(figuresCli({"--db", path, "figures", "data"}).exitCode, 2);
    EXPECT_EQ(figuresCli({"--db", path, "figures", "export", "--id", "fig1"}).exitCode, 2);
    EXPECT_EQ(figuresCli({"--db", path, "figures", "draw"}).exitCode, 2);
    EXPECT_EQ(
        figuresCli({"--db", path, "figures", "data", "--id", "fig3", "--region", "north"}).exitCode,
        2);
}

TEST(FiguresCliWithoutSurvey, ExportsWhatTheDatabaseCanDrawAndNamesTheRest)
{
    TempDir dir;
    const QString db = dir.file("reference.sqlite");
    ASSERT_EQ(figuresCli({"init", "--db", db, "--empty"}).exitCode, 0);
    const auto run = figuresCli({"--db", db, "figures", "export", "--out", dir.file("out")});
    // The register's figures are drawn (empty), the survey's cannot be: exit 1, each named.
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(QFile::exists(dir.file("out/fig03-en.png")));
    EXPECT_FALSE(QFile::exists(dir.file("out/fig09-en.png")));
    EXPECT_TRUE(run.err.contains("fig9")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("fig17")) << run.err.toStdString();
}

TEST(FiguresCliOptions, TheActionMayComeAfterTheOptionsAndSizesMustBeWhole)
{
    TempDir dir;
    const QString db = dir.file("b.sqlite");
    ASSERT_EQ(figuresCli({"init", "--db", db}).exitCode, 0);
    const auto late =
        figuresCli({"--db", db, "figures", "--id", "fig3", "--out", dir.file("late"), "export"});
    EXPECT_EQ(late.exitCode, 0) << late.err.toStdString();
    EXPECT_TRUE(QFile::exists(dir.file("late/fig03-en.png")));
    // 0.2 pixels or dots round to nothing: a usage error, before anything is drawn.
    EXPECT_EQ(figuresCli({"--db", db, "figures", "export", "--id", "fig3", "--width", "0.2",
                          "--out", dir.file("x")})
                  .exitCode,
              2);
    EXPECT_EQ(figuresCli({"--db", db, "figures", "export", "--id", "fig3", "--dpi", "0.2", "--out",
                          dir.file("x")})
                  .exitCode,
              2);
}
