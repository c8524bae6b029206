// A figure's sources, with their title, URL and publisher. On SQLite the texts come from the
// connection's SourceCatalog, read once and read again whenever anything may have changed
// (PRAGMA data_version, schema_version, this connection's total_changes; never kept inside a
// transaction); on PostgreSQL the figure joins the sources on every call. Checked on both
// engines (ctest -L postgresql runs FigureSources.*): every figure and map lists the texts the
// sources table holds, the same as the join gives; an edit of a source by this connection, by
// another connection, by the sqlite3 shell (another process), a new source and a rolled-back
// edit all show in the very next figure.
#include "Database.h"
#include "SourceRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "figures/SourceCatalog.h"
#include "maps/MapQuery.h"
#include "support/TempDir.h"
#include "support/TestBackend.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace sc;

namespace {

struct Texts {
    QString title;
    QString url;
    QString publisher;
    bool operator==(const Texts& other) const
    {
        return title == other.title && url == other.url && publisher == other.publisher;
    }
};

std::ostream& operator<<(std::ostream& out, const Texts& texts)
{
    return out << '"' << texts.title.toStdString() << "\", \"" << texts.url.toStdString()
               << "\", \"" << texts.publisher.toStdString() << '"';
}

// One source as the sources table holds it, by a statement of this test's own.
Texts storedTexts(Database& db, qint64 id)
{
    QSqlQuery query =
        sql::run(db.connection(), "SELECT title, url, publisher FROM sources WHERE id = ?", {id});
    EXPECT_TRUE(query.next()) << id;
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

// The source `id` as `data` lists it (empty title: not listed).
Texts listed(const FigureData& data, qint64 id)
{
    for (const FigureSource& source : data.sources)
        if (source.id == id)
            return {source.title, source.url, source.publisher};
    return {};
}

FigureData figure1(Database& db)
{
    return FigureQuery(db).run(QStringLiteral("fig1"), {}, Language::En);
}

std::unique_ptr<Database> bundled(TempDir& dir)
{
    return testbackend::createBundled(dir.file("sources.sqlite"));
}

// Every figure over the pairings and every map: its data, sources only (id, texts, count).
QVector<QPair<QString, QVector<FigureSource>>> everySourceList(Database& db)
{
    QVector<QPair<QString, QVector<FigureSource>>> out;
    for (const FigureSpec& spec : FigureCatalog::all())
        if (spec.source == FigureSpec::Source::Pairings)
            out << qMakePair(spec.id, FigureQuery(db).run(spec, {}, Language::Zh).sources);
    for (const char* id : {"map-cn-provinces", "map-jp-prefectures", "map-links"})
        out << qMakePair(
            QString::fromLatin1(id),
            MapQuery(db).run(QString::fromLatin1(id), {}, Language::Zh).figure.sources);
    return out;
}

void expectSameSources(const QVector<FigureSource>& got, const QVector<FigureSource>& want,
                       const QString& where)
{
    ASSERT_EQ(got.size(), want.size()) << where.toStdString();
    for (int i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].id, want[i].id) << where.toStdString() << " #" << i;
        EXPECT_EQ(got[i].count, want[i].count) << where.toStdString() << " #" << i;
        EXPECT_EQ((Texts{got[i].title, got[i].url, got[i].publisher}),
                  (Texts{want[i].title, want[i].url, want[i].publisher}))
            << where.toStdString() << " #" << i;
    }
}

} // namespace

// The catalogue's answer is the join's: each figure and map lists the same sources, in the
// same order, with the same counts and the texts the table holds (an unfinished transaction
// makes the figure join the sources, as on a server).
TEST(FigureSources, EveryFigureListsTheTextsTheSourcesTableHoldsAsTheJoinDoes)
{
    TempDir dir;
    auto db = bundled(dir);
    const auto fromCatalog = everySourceList(*db);
    if (testbackend::isPostgres())
        EXPECT_EQ(SourceCatalog::current(*db), nullptr); // the server keeps the join
    else
        EXPECT_NE(SourceCatalog::current(*db), nullptr);

    QVector<QPair<QString, QVector<FigureSource>>> joined;
    {
        Transaction transaction(*db);
        EXPECT_EQ(SourceCatalog::current(*db), nullptr);
        joined = everySourceList(*db);
    }
    ASSERT_EQ(fromCatalog.size(), joined.size());
    int sources = 0;
    for (int i = 0; i < fromCatalog.size(); ++i) {
        const QString& id = fromCatalog[i].first;
        ASSERT_NO_FATAL_FAILURE(expectSameSources(fromCatalog[i].second, joined[i].second, id));
        for (const FigureSource& source : fromCatalog[i].second) {
            EXPECT_EQ((Texts{source.title, source.url, source.publisher}),
                      storedTexts(*db, source.id))
                << id.toStdString() << " source " << source.id;
            ++sources;
        }
    }
    // The bundled register's figures name about a thousand sources each, some with a
    // publisher, some without a URL.
    EXPECT_GT(sources, 5000);
}

TEST(FigureSources, AnEditOfASourceShowsInTheNextFigureWhoeverWritesIt)
{
    TempDir dir;
    auto owned = bundled(dir);
    Database& db = *owned;
    const FigureData before = figure1(db);
    ASSERT_GE(before.sources.size(), 3);
    const qint64 first = before.sources.at(0).id;
    const qint64 second = before.sources.at(1).id;
    const qint64 third = before.sources.at(2).id;

    // This connection, in the application's own transaction.
    {
        Transaction transaction(db);
        sql::run(db.connection(), "UPDATE sources SET title = ?, publisher = ? WHERE id = ?",
                 {QStringLiteral("新しい題 1"), QStringLiteral("Publisher one"), first});
        transaction.commit();
    }
    EXPECT_EQ(listed(figure1(db), first),
              (Texts{QStringLiteral("新しい題 1"), before.sources.at(0).url,
                     QStringLiteral("Publisher one")}));
    // This connection, plain SQL outside any transaction.
    sql::run(db.connection(), "UPDATE sources SET publisher = NULL WHERE id = ?", {first});
    EXPECT_EQ(listed(figure1(db), first).publisher, QString());

    // Another connection to the same database.
    {
        auto other = Database::open(db.path());
        sql::run(other->connection(), "UPDATE sources SET title = ?, url = ? WHERE id = ?",
                 {QStringLiteral("Second, edited elsewhere"),
                  QStringLiteral("https://example.org/second"), second});
    }
    EXPECT_EQ(listed(figure1(db), second), (Texts{QStringLiteral("Second, edited elsewhere"),
                                                  QStringLiteral("https://example.org/second"),
                                                  storedTexts(db, second).publisher}));

    // A new source, given to one pair of the figure: listed with its texts.
    Source added;
    added.title = QStringLiteral("A source added after the first figure");
    added.publisher = QStringLiteral("Added publisher");
    const qint64 addedId = SourceRepository(db).add(added);
    sql::run(db.connection(),
             "UPDATE pairings SET source_id = ? WHERE id = (SELECT min(p.id) FROM pairings p"
             " JOIN cities c ON c.id = p.city_a WHERE c.country = 'CN')",
             {addedId});
    const FigureData withAdded = figure1(db);
    EXPECT_EQ(listed(withAdded, addedId),
              (Texts{added.title, QString(), QStringLiteral("Added publisher")}));

    // A transaction's edit shows inside it, and is gone from the next figure after its rollback.
    const Texts thirdBefore = listed(withAdded, third);
    {
        Transaction transaction(db);
        sql::run(db.connection(), "UPDATE sources SET title = ? WHERE id = ?",
                 {QStringLiteral("Never committed"), third});
        EXPECT_EQ(listed(figure1(db), third).title, QStringLiteral("Never committed"));
    } // rolled back
    EXPECT_EQ(listed(figure1(db), third), thirdBefore);
    EXPECT_EQ(listed(figure1(db), third), storedTexts(db, third));
}

// Other processes and connections outside the application: a plain SQLite connection of Qt's
// driver, and the sqlite3 shell. SQLite only (a file).
TEST(FigureSources, AnEditByTheSqliteShellOrAPlainConnectionShowsInTheNextFigure)
{
    if (testbackend::isPostgres())
        GTEST_SKIP() << "a file's own tools";
    TempDir dir;
    auto owned = bundled(dir);
    Database& db = *owned;
    const FigureData before = figure1(db);
    const qint64 first = before.sources.at(0).id;
    const qint64 second = before.sources.at(1).id;

    {
        QSqlDatabase plain = QSqlDatabase::addDatabase("QSQLITE", "figure-sources-plain");
        plain.setDatabaseName(db.path());
        ASSERT_TRUE(plain.open());
        QSqlQuery update(plain);
        ASSERT_TRUE(update.exec(
            QStringLiteral("UPDATE sources SET title = 'Plain connection' WHERE id = %1")
                .arg(first)));
        update.finish();
        plain.close();
    }
    QSqlDatabase::removeDatabase("figure-sources-plain");
    EXPECT_EQ(listed(figure1(db), first).title, QStringLiteral("Plain connection"));

    const QString shell = QStandardPaths::findExecutable("sqlite3");
    if (shell.isEmpty())
        GTEST_SKIP() << "no sqlite3 shell on this machine";
    QProcess process;
    process.start(shell, {db.path(), QStringLiteral("UPDATE sources SET publisher = '출판사',"
                                                    " title = 'The shell''s title' WHERE id = %1")
                                         .arg(second)});
    ASSERT_TRUE(process.waitForFinished(30000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    EXPECT_EQ(listed(figure1(db), second),
              (Texts{QStringLiteral("The shell's title"), before.sources.at(1).url,
                     QStringLiteral("출판사")}));
}

// The catalogue is read once while nothing changes, and once after any change. On a server
// there is none: the figure joins the sources each time.
TEST(FigureSources, TheCatalogueIsReadOnceAndAgainOnlyAfterAChange)
{
    TempDir dir;
    auto owned = bundled(dir);
    Database& db = *owned;
    if (testbackend::isPostgres()) {
        figure1(db);
        EXPECT_EQ(SourceCatalog::current(db), nullptr);
        return;
    }
    figure1(db);
    const SourceCatalog* catalog = SourceCatalog::current(db);
    ASSERT_NE(catalog, nullptr);
    const int loads = catalog->loads();
    EXPECT_EQ(catalog->size(),
              sql::scalar(db.connection(), "SELECT count(*) FROM sources").toInt());
    everySourceList(db);
    EXPECT_EQ(SourceCatalog::current(db)->loads(), loads);
    sql::run(db.connection(), "UPDATE pairings SET note = 'touched' WHERE id = (SELECT min(id)"
                              " FROM pairings)");
    figure1(db);
    figure1(db);
    EXPECT_EQ(SourceCatalog::current(db)->loads(), loads + 1);
}
