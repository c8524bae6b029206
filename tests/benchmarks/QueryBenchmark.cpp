// How long the queries behind the pairings table take on a large register. Run with
// scripts/bench.sh; the numbers for this machine are kept in docs/PERFORMANCE.md.
#include "BundledDataset.h"
#include "Database.h"
#include "LargeDatabase.h"
#include "PairingQuery.h"
#include "maps/MapQuery.h"

#include <QDir>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

using namespace sc;

namespace {

constexpr int kCities = 20000;
constexpr int kPairings = 500000;

Database& largeDatabase()
{
    static std::unique_ptr<Database> db = [] {
        const QString path = QDir::temp().filePath(
            QStringLiteral("sistercities-bench-%1-%2.sqlite").arg(kCities).arg(kPairings));
        bench::ensureLargeDatabase(path, kCities, kPairings);
        return Database::open(path, Database::Mode::ReadOnly);
    }();
    return *db;
}

void countAll(benchmark::State& state)
{
    PairingQuery query(largeDatabase());
    for (auto _ : state)
        benchmark::DoNotOptimize(query.count({}));
}
BENCHMARK(countAll)->Unit(benchmark::kMillisecond);

void countCountryPairAndYears(benchmark::State& state)
{
    PairingQuery query(largeDatabase());
    PairingFilter filter;
    filter.countries = {QStringLiteral("CN"), QStringLiteral("JP")};
    filter.fromYear = 1979;
    filter.toYear = 2000;
    for (auto _ : state)
        benchmark::DoNotOptimize(query.count(filter));
}
BENCHMARK(countCountryPairAndYears)->Unit(benchmark::kMillisecond);

void countRegion(benchmark::State& state)
{
    PairingQuery query(largeDatabase());
    PairingFilter filter;
    filter.region = QStringLiteral("east");
    for (auto _ : state)
        benchmark::DoNotOptimize(query.count(filter));
}
BENCHMARK(countRegion)->Unit(benchmark::kMillisecond);

// The Map tab: figure 5's counts on China's map, and every pair of divisions of the link map.
void mapChinaProvinces(benchmark::State& state)
{
    MapQuery query(largeDatabase());
    for (auto _ : state)
        benchmark::DoNotOptimize(query.run(QStringLiteral("map-cn-provinces"), {}, Language::En));
}
BENCHMARK(mapChinaProvinces)->Unit(benchmark::kMillisecond);

void mapLinks(benchmark::State& state)
{
    MapQuery query(largeDatabase());
    for (auto _ : state)
        benchmark::DoNotOptimize(query.run(QStringLiteral("map-links"), {}, Language::En));
}
BENCHMARK(mapLinks)->Unit(benchmark::kMillisecond);

void searchAnyName(benchmark::State& state)
{
    PairingQuery query(largeDatabase());
    PairingFilter filter;
    filter.search = QStringLiteral("测试市123");
    for (auto _ : state)
        benchmark::DoNotOptimize(query.count(filter));
}
BENCHMARK(searchAnyName)->Unit(benchmark::kMillisecond);

// The first page the table shows, sorted by city name.
void firstPageSortedByName(benchmark::State& state)
{
    PairingQuery query(largeDatabase());
    for (auto _ : state)
        benchmark::DoNotOptimize(
            query.rows({}, Language::Zh, 0, 256, PairingQuery::Sort::CityA).size());
}
BENCHMARK(firstPageSortedByName)->Unit(benchmark::kMillisecond);

// The first page the table shows on opening: by id.
void firstPageById(benchmark::State& state)
{
    PairingQuery query(largeDatabase());
    for (auto _ : state)
        benchmark::DoNotOptimize(query.rows({}, Language::En, 0, 256).size());
}
BENCHMARK(firstPageById)->Unit(benchmark::kMillisecond);

// A page deep in the table, as when scrolling to the end.
void deepPageById(benchmark::State& state)
{
    PairingQuery query(largeDatabase());
    for (auto _ : state)
        benchmark::DoNotOptimize(query.rows({}, Language::En, 400000, 256).size());
}
BENCHMARK(deepPageById)->Unit(benchmark::kMillisecond);

void createBundledDatabase(benchmark::State& state)
{
    int n = 0;
    for (auto _ : state) {
        const QString path =
            QDir::temp().filePath(QStringLiteral("sistercities-bench-bundled-%1.sqlite").arg(n++));
        QFile::remove(path);
        benchmark::DoNotOptimize(bundled::createDatabase(path).get());
        QFile::remove(path);
    }
}
BENCHMARK(createBundledDatabase)->Unit(benchmark::kMillisecond);

} // namespace
