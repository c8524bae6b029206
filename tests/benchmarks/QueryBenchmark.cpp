// What the user waits for on a large register: filtered counts, the first screen of the table,
// sorting, jumping to the end, every figure's data. Each case runs on generated registers of
// 10,000, 100,000 and 1,000,000 pairings (SISTERCITIES_BENCH_SIZES picks others). Run with
// scripts/bench.sh, which also times the same SQL in the sqlite3 shell (see --dump-sql) and
// keeps the ratio; the numbers for this machine are in docs/PERFORMANCE.md.
#include "BenchDatabase.h"
#include "Database.h"
#include "PairingQuery.h"
#include "SqlSupport.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "maps/MapQuery.h"
#include "support/SqlTrace.h"
#include "tables/PairingTableModel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

#include <benchmark/benchmark.h>

#include <functional>
#include <map>
#include <memory>
#include <vector>

using namespace sc;

namespace {

struct Case {
    QString name;
    std::function<void(Database&)> run;
    // Run before each timed run, outside the timing (may be empty).
    std::function<void(Database&)> prepare;
    // Why the case cannot run on this register (empty: it can).
    std::function<QString(Database&)> skip = [](Database&) {
        return QString();
    };
};

PairingFilter countries(const QStringList& codes)
{
    PairingFilter f;
    f.countries = codes;
    return f;
}

// One filter of each kind the filter panel offers, and the combination the issue names.
QVector<QPair<QString, PairingFilter>> filters()
{
    QVector<QPair<QString, PairingFilter>> out;
    out << qMakePair(QStringLiteral("all"), PairingFilter{});
    out << qMakePair(QStringLiteral("country"), countries({QStringLiteral("KR")}));
    out << qMakePair(QStringLiteral("countryPair"),
                     countries({QStringLiteral("CN"), QStringLiteral("JP")}));
    PairingFilter f;
    f.division = QStringLiteral("CN-JS");
    out << qMakePair(QStringLiteral("division"), f);
    f = {};
    f.region = QStringLiteral("west");
    out << qMakePair(QStringLiteral("region"), f);
    f = {};
    f.fromYear = 1979;
    f.toYear = 2000;
    out << qMakePair(QStringLiteral("years"), f);
    f = {};
    f.undatedOnly = true;
    out << qMakePair(QStringLiteral("undated"), f);
    f = {};
    f.status = QStringLiteral("dormant");
    out << qMakePair(QStringLiteral("status"), f);
    f = {};
    f.kind = QStringLiteral("sister");
    out << qMakePair(QStringLiteral("kind"), f);
    f = {};
    f.search = QStringLiteral("ningbao"); // Latin letters, 7 characters
    out << qMakePair(QStringLiteral("search"), f);
    f = {};
    f.search = QStringLiteral("宁宝"); // two hanzi: too short for a trigram (city_grams)
    out << qMakePair(QStringLiteral("searchShort"), f);
    f = {};
    f.search = QStringLiteral("宁"); // one hanzi, in 2.5 % of the generated cities
    out << qMakePair(QStringLiteral("searchOne"), f);
    f = {};
    f.search = QStringLiteral("ni"); // two Latin letters: 6 % of the generated cities
    out << qMakePair(QStringLiteral("searchLatinTwo"), f);
    f = {};
    f.search = QStringLiteral("n"); // one Latin letter: 72 % of them
    out << qMakePair(QStringLiteral("searchLatinOne"), f);
    f = {};
    f.search = QStringLiteral("n1"); // a digit: no generated name has one
    out << qMakePair(QStringLiteral("searchDigit"), f);
    f = {};
    f.search = QStringLiteral("n%"); // LIKE's wildcard, as a literal character
    out << qMakePair(QStringLiteral("searchPercent"), f);
    f = countries({QStringLiteral("CN"), QStringLiteral("JP")});
    f.fromYear = 1979;
    f.toYear = 2000;
    f.status = QStringLiteral("active");
    out << qMakePair(QStringLiteral("combination"), f);
    return out;
}

// The table model of the window, one per register, made (with its first reset) outside any
// timing.
std::map<Database*, std::unique_ptr<PairingTableModel>>& tableModels()
{
    static std::map<Database*, std::unique_ptr<PairingTableModel>> models;
    return models;
}

PairingTableModel& tableModel(Database& db)
{
    auto& model = tableModels()[&db];
    if (!model)
        model = std::make_unique<PairingTableModel>(db);
    return *model;
}

std::vector<Case> cases()
{
    std::vector<Case> out;
    for (const auto& [name, filter] : filters()) {
        const PairingFilter f = filter;
        out.push_back({QStringLiteral("count/") + name, [f](Database& db) {
                           benchmark::DoNotOptimize(PairingQuery(db).count(f));
                       }});
    }
    for (const auto& [name, filter] : filters()) {
        const PairingFilter f = filter;
        // What the window does on a filter change: its model, already open on the register
        // with another filter (set outside the timing), is set to this one (one reset: one
        // count, one page) and the rows a window shows are read as text.
        PairingFilter other;
        if (f == other)
            other.kind = QStringLiteral("friendship-exchange");
        out.push_back({QStringLiteral("firstScreen/") + name,
                       [f](Database& db) {
                           PairingTableModel& model = tableModel(db);
                           model.setFilter(f);
                           const int rows = std::min(model.rowCount(), 40);
                           for (int r = 0; r < rows; ++r)
                               for (int c = 0; c < model.columnCount(); ++c)
                                   benchmark::DoNotOptimize(model.index(r, c).data());
                       },
                       [other](Database& db) {
                           tableModel(db).setFilter(other);
                       }});
    }
    // Pages as the table model reads them: it knows the count from its reset.
    const auto page = [](Database& db, int offset, PairingQuery::Sort sort, bool descending,
                         Language language) {
        PairingQuery query(db);
        const int total = query.count({});
        const int start = offset < 0 ? std::max(0, total + offset) : offset;
        benchmark::DoNotOptimize(
            query.rows({}, language, start, 256, sort, descending, total).size());
    };
    out.push_back({QStringLiteral("page/sortByName"), [page](Database& db) {
                       page(db, 0, PairingQuery::Sort::CityA, false, Language::Zh);
                   }});
    out.push_back({QStringLiteral("page/sortByNameLast"), [page](Database& db) {
                       page(db, -256, PairingQuery::Sort::CityA, false, Language::Zh);
                   }});
    out.push_back({QStringLiteral("page/jumpToLast"), [page](Database& db) {
                       page(db, -256, PairingQuery::Sort::Id, false, Language::En);
                   }});
    out.push_back({QStringLiteral("page/middle"), [page](Database& db) {
                       PairingQuery query(db);
                       page(db, query.count({}) / 2, PairingQuery::Sort::Id, false, Language::En);
                   }});
    for (const FigureSpec& spec : FigureCatalog::all()) {
        const QString id = spec.id;
        Case figure{QStringLiteral("figure/") + id, [id](Database& db) {
                        benchmark::DoNotOptimize(FigureQuery(db).run(id, {}, Language::En));
                    }};
        if (spec.source == FigureSpec::Source::Survey) {
            // A generated register has no surveys: such a figure has nothing to read.
            const QString survey = spec.survey;
            figure.skip = [survey](Database& db) {
                return sql::scalar(db.connection(),
                                   QStringLiteral("SELECT count(*) FROM surveys"
                                                  " WHERE survey_key = ?"),
                                   {survey})
                                   .toInt() == 0
                           ? QStringLiteral("the register has no survey \"%1\"").arg(survey)
                           : QString();
            };
        }
        out.push_back(figure);
    }
    // The first figure after a write: the connection's catalogue of the sources
    // (SourceCatalog) is read again. The write is a row of a temporary table of this
    // connection, which counts as any other (sqlite3_total_changes) and leaves the file alone.
    out.push_back(
        {QStringLiteral("figure/fig8-afterWrite"),
         [](Database& db) {
             benchmark::DoNotOptimize(
                 FigureQuery(db).run(QStringLiteral("fig8"), {}, Language::En));
         },
         [](Database& db) {
             sql::run(db.connection(),
                      QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS bench_touch (x INTEGER)"));
             sql::run(db.connection(), QStringLiteral("INSERT INTO temp.bench_touch VALUES (1)"));
         }});
    for (const char* map : {"map-cn-provinces", "map-links"}) {
        const QString id = QLatin1String(map);
        out.push_back({QStringLiteral("map/") + id, [id](Database& db) {
                           benchmark::DoNotOptimize(MapQuery(db).run(id, {}, Language::En));
                       }});
    }
    return out;
}

QList<int> sizes()
{
    QList<int> out;
    const QString env = qEnvironmentVariable("SISTERCITIES_BENCH_SIZES");
    for (const QString& size : env.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << size.toInt();
    return out.isEmpty() ? QList<int>{10000, 100000, 1000000} : out;
}

// Writes each case's SQL, bound values written in, to DIR/<case>@<size>.sql; only the cases
// whose name `only` matches, when given.
int dumpSql(const QString& dir, const QRegularExpression& only)
{
    QDir().mkpath(dir);
    for (int size : sizes()) {
        Database& db = bench::database(size);
        for (const Case& c : cases()) {
            if (!c.skip(db).isEmpty() || !only.match(c.name).hasMatch())
                continue;
            // Once untraced first, as the benchmark runs each case once unmeasured: what a
            // connection keeps between calls (the sources' catalogue) is then kept.
            if (c.prepare)
                c.prepare(db);
            c.run(db);
            if (c.prepare)
                c.prepare(db);
            testsupport::SqlTrace trace(db.connection());
            c.run(db);
            QString stem = c.name;
            stem.replace(QLatin1Char('/'), QLatin1Char('_'));
            QFile file(QDir(dir).filePath(QStringLiteral("%1@%2.sql").arg(stem).arg(size)));
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            QTextStream out(&file);
            for (const QString& statement : trace.statements())
                out << statement << ";\n";
        }
    }
    return 0;
}

// The runs callgrind counts (scripts/bench-floor.py --instructions): a function of its own, so
// that --toggle-collect and --dump-after select exactly `runs` calls of one case.
Q_NEVER_INLINE void measuredRuns(const Case& c, Database& db, int runs)
{
    for (int i = 0; i < runs; ++i)
        c.run(db);
}

// --repeat REGEX N: each matching case (without a prepare step) once unmeasured, then N times
// in measuredRuns(), in the order of cases() and sizes(); prints each case's name.
int repeat(const QRegularExpression& only, int runs)
{
    for (int size : sizes()) {
        Database& db = bench::database(size);
        for (const Case& c : cases()) {
            if (c.prepare || !c.skip(db).isEmpty() || !only.match(c.name).hasMatch())
                continue;
            c.run(db);
            measuredRuns(c, db, runs);
            std::printf("%s/%d\n", qPrintable(c.name), size);
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--dump-sql") == 0) {
            // --dump-sql DIR [REGEX]: the cases whose name matches REGEX only.
            const QRegularExpression only(i + 2 < argc ? QString::fromLocal8Bit(argv[i + 2])
                                                       : QString());
            const int status = dumpSql(QString::fromLocal8Bit(argv[i + 1]), only);
            tableModels().clear();
            bench::closeAll();
            return status;
        }
    for (int i = 1; i + 2 < argc; ++i)
        if (qstrcmp(argv[i], "--repeat") == 0) {
            const int status = repeat(QRegularExpression(QString::fromLocal8Bit(argv[i + 1])),
                                      QByteArray(argv[i + 2]).toInt());
            tableModels().clear();
            bench::closeAll();
            return status;
        }
    for (const Case& c : cases())
        for (int size : sizes()) {
            const QString skip = c.skip(bench::database(size));
            if (!skip.isEmpty()) {
                std::fprintf(stderr, "skipped %s/%d: %s\n", qPrintable(c.name), size,
                             qPrintable(skip));
                continue;
            }
            const auto run = c.run;
            const auto prepare = c.prepare;
            benchmark::RegisterBenchmark(
                QStringLiteral("%1/%2").arg(c.name).arg(size).toStdString().c_str(),
                [run, prepare, size](benchmark::State& state) {
                    Database& db = bench::database(size);
                    // Once unmeasured: a window that is open has its per-connection tables
                    // (CityDisplayName::table) already; their first build is start-up's cost.
                    if (prepare)
                        prepare(db);
                    run(db);
                    for (auto _ : state) {
                        if (prepare) {
                            state.PauseTiming();
                            prepare(db);
                            state.ResumeTiming();
                        }
                        run(db);
                    }
                })
                ->Unit(benchmark::kMillisecond)
                ->MeasureProcessCPUTime()
                ->UseRealTime();
        }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    tableModels().clear();
    bench::closeAll(); // before the application object goes
    return 0;
}
