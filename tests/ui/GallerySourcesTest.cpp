// The gallery's short source lines: under a thumbnail and under the chosen figure a figure of many
// sources names its first groups whole and counts the rest ("and 12 more"); "All sources…" lists
// every source, and its "Copy all" is the sources file an export writes; an exported figure
// keeps its whole source line.
#include "Database.h"
#include "FigureExporter.h"
#include "SourceRepository.h"
#include "SqlSupport.h"
#include "figures/SourceCitation.h"
#include "gallery/FigureGallery.h"
#include "gallery/FigureThumbnail.h"
#include "gallery/SourceListDialog.h"
#include "gallery/SourceTableModel.h"
#include "support/FindChild.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"
#include "ui/GalleryWait.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTableView>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>
#include <vector>

using namespace sc;
namespace parts = sc::testsupport;

namespace {

// A small register whose 600 pairings cite 30 sources, "Register of city 1" to "30", a few of
// them many pairs. Each has a title of its own and no address, so the source line cites each
// under its title: one group a source, 30 of them, longer than the caption's bound.
class GallerySources : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new TempDir;
        data = new testdata::GeneratedDatabase(testdata::generate(dir->file("many.sqlite"), 600));
        Database& db = *data->database;
        QVector<qint64> ids;
        for (int i = 1; i <= kSources; ++i)
            ids << SourceRepository(db).add(
                {0, {}, QStringLiteral("Register of city %1").arg(i), "sistercities tests"});
        ASSERT_EQ(ids.last() - ids.first(), kSources - 1);
        // Source k (0-based) cites k + 1 of every 465 pairings: all 30 cited, few of them most.
        std::vector<std::pair<qint64, qint64>> cites;
        QSqlQuery pairings = sql::run(db.connection(), QStringLiteral("SELECT id FROM pairings"));
        while (pairings.next()) {
            const qint64 id = pairings.value(0).toLongLong();
            const int k = int((std::sqrt(8.0 * double(id % 465) + 1) - 1) / 2);
            cites.emplace_back(id, ids.at(k));
        }
        pairings = QSqlQuery();
        for (const auto& [pairing, source] : cites)
            sql::run(db.connection(),
                     QStringLiteral("UPDATE pairings SET source_id = ? WHERE id = ?"),
                     {source, pairing});
    }
    static void TearDownTestSuite()
    {
        delete data;
        data = nullptr;
        delete dir;
        dir = nullptr;
    }
    void TearDown() override { QApplication::clipboard()->clear(); }

    static constexpr int kSources = 30;
    static inline TempDir* dir = nullptr;
    static inline testdata::GeneratedDatabase* data = nullptr;
};

// The whole line's items as this test derives them from the sources: each title once, with
// the values of all its sources, most values first and ties in the order of the data.
QStringList wholeItems(const QVector<FigureSource>& sources)
{
    QStringList titles;
    QVector<qint64> values;
    QHash<QString, int> at;
    for (const FigureSource& source : sources) {
        if (!at.contains(source.title)) {
            at.insert(source.title, int(titles.size()));
            titles << source.title;
            values << 0;
        }
        values[at.value(source.title)] += source.count;
    }
    QVector<int> order(titles.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&values](int a, int b) { return values[a] > values[b]; });
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QStringList items;
    for (int i : order)
        items << (values[i] > 0
                      ? QStringLiteral("%1 (%2)").arg(titles[i], english.toString(values[i]))
                      : titles[i]);
    return items;
}

// "Sources: A (3), B (2) and 18 more" read back: the items it names and the count it gives
// for the rest (-1 when it names everything).
struct ReadLine {
    QStringList named;
    int more = -1;
};
ReadLine readLine(const QString& line)
{
    ReadLine out;
    EXPECT_TRUE(line.startsWith(QStringLiteral("Sources: "))) << line.toStdString();
    QString list = line.mid(9);
    static const QRegularExpression tail(QStringLiteral(R"( and ([\d,]+) more$)"));
    const QRegularExpressionMatch match = tail.match(list);
    if (match.hasMatch()) {
        out.more = match.captured(1).remove(QLatin1Char(',')).toInt();
        list.truncate(match.capturedStart());
    }
    if (list != QStringLiteral("none"))
        out.named = list.split(QStringLiteral(", "));
    return out;
}

// What a line naming the first `named` items of `items` reads, as a user would write it.
QString expectedShort(const QStringList& items, int named)
{
    const QString list = items.mid(0, named).join(QStringLiteral(", "));
    if (named == items.size())
        return QStringLiteral("Sources: ") + list;
    return QStringLiteral("Sources: %1 and %2 more")
        .arg(list, QLocale(QLocale::English, QLocale::UnitedStates).toString(items.size() - named));
}

// The short line of `sources` within `limit` characters names the most items that fit, whole,
// in the whole line's order, and counts exactly the ones it leaves out.
void expectShortForm(const QVector<FigureSource>& sources, int limit)
{
    SCOPED_TRACE(limit);
    const QStringList items = wholeItems(sources);
    const QString line = SourceCitation::shortLine(sources, Language::En, limit);
    const ReadLine read = readLine(line);
    const int named = int(read.named.size());
    EXPECT_EQ(read.named, items.mid(0, named));
    EXPECT_EQ(read.more, named < items.size() ? items.size() - named : -1);
    EXPECT_EQ(line, expectedShort(items, named));
    EXPECT_GE(named, std::min<int>(1, int(items.size()))); // the first always, whole
    if (named > 1)
        EXPECT_LE(line.size(), limit);
    if (named < items.size()) // one more would not have fitted
        EXPECT_GT(expectedShort(items, named + 1).size(), limit);
}

FigureData currentFigure(FigureGallery& gallery)
{
    gallery.resize(1300, 720);
    gallery.show();
    gallery.setCurrentId("fig3");
    parts::waitForChosenFigure(gallery);
    return gallery.currentData();
}

// Every character of the texts of an SVG file, whitespace left out: the footer is set in runs
// and lines wherever the layout breaks it.
QString svgText(const QByteArray& svg)
{
    QString text;
    static const QRegularExpression run(QStringLiteral(R"(<text[^>]*>([^<]*)</text>)"));
    for (const QRegularExpressionMatch& match : run.globalMatch(QString::fromUtf8(svg)))
        text += match.captured(1);
    return text.remove(QRegularExpression(QStringLiteral(R"(\s)")));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

} // namespace

TEST(SourceLine, NoneOneOrAFewSourcesAreTheWholeLine)
{
    EXPECT_EQ(SourceCitation::shortLine({}, Language::En, 100), "Sources: none");
    EXPECT_EQ(SourceCitation::shortLine({}, Language::En, 100),
              SourceCitation::line({}, Language::En));
    const QVector<FigureSource> one{{1, "Generated source 1", {}, 12, "sistercities-cli generate"}};
    EXPECT_EQ(SourceCitation::shortLine(one, Language::En, 10), "Sources: Generated source 1 (12)");
    // Two sources of one title are one group.
    const QVector<FigureSource> few{
        {1, "Survey A", {}, 3, {}}, {2, "Register B", {}, 1200, {}}, {3, "Survey A", {}, 4, {}}};
    EXPECT_EQ(SourceCitation::shortLine(few, Language::En, 320),
              "Sources: Register B (1,200), Survey A (7)");
    EXPECT_EQ(SourceCitation::shortLine(few, Language::En, 320),
              SourceCitation::line(few, Language::En));
    expectShortForm(few, 40);
}

TEST(SourceLine, ThousandsOfSourcesNameTheFirstWholeAndCountTheRest)
{
    QVector<FigureSource> many;
    for (int i = 0; i < 5000; ++i)
        many << FigureSource{i + 1,
                             QStringLiteral("Generated source %1").arg(i + 1),
                             {},
                             (i * 7919) % 301,
                             "sistercities-cli generate"};
    for (int limit : {1, 60, FigureThumbnail::kSourceCharacters, 320, 2000})
        expectShortForm(many, limit);
    // In the figure's language: the count as its locale writes it.
    const QString zh = SourceCitation::shortLine(many, Language::Zh, 100);
    EXPECT_TRUE(zh.contains(QStringLiteral("Generated source"))) << zh.toStdString();
    const int named = int(zh.count(QStringLiteral("Generated source")));
    EXPECT_TRUE(zh.contains(QLocale(QLocale::Chinese, QLocale::China).toString(5000 - named)))
        << zh.toStdString();
    EXPECT_FALSE(zh.contains(QStringLiteral(" more")));
}

TEST_F(GallerySources, AGeneratedFiguresShortFormsNameItsFirstSourcesAndCountTheRest)
{
    FigureGallery gallery(*data->database);
    const FigureData figure = currentFigure(gallery);
    // Figure 3 counts China–Japan pairs: most of the 30 sources, as the data says.
    ASSERT_GE(figure.sources.size(), 20);
    for (int limit : {1, 80, FigureThumbnail::kSourceCharacters, 320})
        expectShortForm(figure.sources, limit);
    // The thumbnail's line leaves some out: 20 titles do not fit in 100 characters.
    EXPECT_GT(readLine(FigureThumbnail::sourceLine(figure)).more, 0);
}

TEST_F(GallerySources, TheCaptionIsShortAndAllSourcesListsEveryOneAsTheExportDoes)
{
    FigureGallery gallery(*data->database);
    const FigureData figure = currentFigure(gallery);
    const QStringList items = wholeItems(figure.sources);
    ASSERT_GE(items.size(), 20);

    // Under the chart: the first groups whole and "and N more", the rest in its tooltip's words.
    const QLabel* label = parts::child<QLabel>(gallery, "figureSources");
    const ReadLine shown = readLine(label->text().section(QLatin1Char('\n'), 0, 0));
    ASSERT_GT(shown.more, 0) << label->text().toStdString();
    EXPECT_EQ(shown.named, items.mid(0, shown.named.size()));
    EXPECT_EQ(shown.named.size() + shown.more, items.size());
    EXPECT_TRUE(label->toolTip().contains("All sources")) << label->toolTip().toStdString();

    // "All sources…": every source, one a row, with its title and its values.
    auto* button = parts::child<QPushButton>(gallery, "figureAllSources");
    ASSERT_TRUE(button->isEnabled());
    button->click();
    auto* dialog = parts::child<SourceListDialog>(gallery, "sourceList");
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    QAbstractItemModel* model = parts::child<QTableView>(*dialog, "sourceTable")->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), figure.sources.size());
    QSet<QString> listed;
    QSet<QString> expected;
    for (int row = 0; row < model->rowCount(); ++row)
        listed << model->index(row, SourceTableModel::Title).data().toString() + QLatin1Char('|') +
                      model->index(row, SourceTableModel::Values).data().toString();
    for (const FigureSource& source : figure.sources)
        expected << source.title + QLatin1Char('|') +
                        QLocale(QLocale::English).toString(source.count);
    EXPECT_EQ(listed, expected);

    // "Copy all" is the sources file an export of the figure writes, read back; and the
    // exported figure prints the whole line (its SVG's text and description).
    parts::child<QPushButton>(*dialog, "copySources")->click();
    const QString svgPath = dir->file("fig03-en.svg");
    FigureExporter::save(figure, svgPath, FigureExporter::Format::Svg, QSize(1200, 800), 96);
    const QString copied = QApplication::clipboard()->text();
    EXPECT_EQ(copied, QString::fromUtf8(readAll(FigureExporter::sourcesPath(svgPath))));
    const QString whole = QStringLiteral("Sources: ") + items.join(QStringLiteral(", "));
    EXPECT_TRUE(copied.contains(whole));
    for (const FigureSource& source : figure.sources)
        EXPECT_TRUE(copied.contains(source.title + QLatin1Char('\t')))
            << source.title.toStdString();
    const QByteArray svg = readAll(svgPath);
    EXPECT_TRUE(svg.contains("<desc>" + whole.toUtf8() + "</desc>"));
    EXPECT_TRUE(svgText(svg).contains(QString(whole).remove(QLatin1Char(' '))));
    dialog->close();
}
