// `sistercities-cli figures`: list, data (CSV and JSON equal to the core query) and a headless
// export with no QT_QPA_PLATFORM set.
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "figures/FigureRecord.h"
#include "maps/MapCatalog.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QDir>
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
    EXPECT_EQ(figuresCli({"--db", path, "figures", "export", "--jobs", "0", "--out", "x"}).exitCode,
              2);
    EXPECT_EQ(
        figuresCli({"--db", path, "figures", "export", "--part", "2/2", "--out", "x"}).exitCode, 2);
    EXPECT_EQ(
        figuresCli({"--db", path, "figures", "data", "--id", "fig3", "--region", "north"}).exitCode,
        2);
}

TEST_F(FiguresCli, AnExportInTwoProcessesWritesTheSameFilesAsInOne)
{
    // --jobs 2 draws every other figure in a second process; the files, the list printed and
    // the figures named as not drawable (the generated register has no survey: exit 1) must be
    // those of one process, byte for byte.
    TempDir one;
    TempDir two;
    const QStringList options{"--db",    path,  "--lang",   "ja",  "figures", "export",
                              "--width", "400", "--height", "300", "--dpi",   "100"};
    const CliResult single = figuresCli(options + QStringList{"--jobs", "1", "--out", one.path()});
    const CliResult split = figuresCli(options + QStringList{"--jobs", "2", "--out", two.path()});
    EXPECT_EQ(single.exitCode, 1) << single.err.toStdString();
    EXPECT_EQ(split.exitCode, 1) << split.err.toStdString();
    auto problems = [](const QString& err) {
        QStringList lines = err.split('\n').filter("sistercities-cli: ");
        lines.sort();
        return lines;
    };
    EXPECT_EQ(problems(split.err), problems(single.err));
    // fig9 … fig17 and the tension figure
    EXPECT_EQ(problems(single.err).size(), 10) << single.err.toStdString();

    const QStringList files = QDir(one.path()).entryList(QDir::Files, QDir::Name);
    // fig1 … fig8, each with its sources
    EXPECT_EQ(files.size(), 2 * 8) << files.join(' ').toStdString();
    EXPECT_EQ(QDir(two.path()).entryList(QDir::Files, QDir::Name), files);
    for (const QString& name : files) {
        QFile a(one.file(name));
        QFile b(two.file(name));
        ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly))
            << name.toStdString();
        EXPECT_TRUE(a.readAll() == b.readAll()) << name.toStdString();
    }
    QString listed = split.out;
    listed.replace(two.path(), one.path());
    EXPECT_EQ(listed, single.out);
    EXPECT_TRUE(single.out.startsWith(one.file("fig01-ja.png") + "\n")) << single.out.toStdString();
}

TEST_F(FiguresCli, AFailureInTheSecondProcessIsTheExportsFailure)
{
    // fig2 is the second process's (every other figure from the second): a folder where its
    // PNG should go makes that process fail, and the export with it, naming the file.
    TempDir out;
    ASSERT_TRUE(QDir().mkpath(out.file("fig02-en.png")));
    const CliResult run =
        figuresCli({"--db", path, "figures", "export", "--width", "400", "--height", "300", "--dpi",
                    "100", "--jobs", "2", "--out", out.path()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QString("cannot write \"%1\"").arg(out.file("fig02-en.png"))))
        << run.err.toStdString();
    // The first process's share is written all the same, each file whole.
    EXPECT_FALSE(QImage(out.file("fig01-en.png")).isNull());
    EXPECT_FALSE(QImage(out.file("fig03-en.png")).isNull());
    EXPECT_FALSE(run.out.contains("fig02-en.png")) << run.out.toStdString();
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
