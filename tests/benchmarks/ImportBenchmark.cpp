// How long an import takes, without the process around it: reading the CSV and checking and
// writing its rows, for a file whose every row names two new cities (the costliest case) and
// one whose rows name cities the register has. scripts/bench-import.sh times the whole CLI
// beside sqlite3; the numbers are kept in docs/PERFORMANCE.md.
#include "Database.h"
#include "io/CsvReader.h"
#include "io/PairingImporter.h"
#include "support/GeneratedDatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace sc;

namespace {

QByteArray newCitiesFile(int rows)
{
    QByteArray text = "a_country,a_city,b_country,b_city,established,source\n";
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("CN,Bench City %1,JP,Bench Town %1,%2,Bench source\n")
                    .arg(i)
                    .arg(1950 + i % 70)
                    .toUtf8();
    return text;
}

// Rows between the generated register's 150 cities, by their English names: every row finds
// both of its cities, and every pair is new.
QByteArray knownCitiesFile(const testdata::GeneratedDatabase& data, int rows)
{
    QByteArray text = "a_country,a_city,b_country,b_city,source\n";
    int written = 0;
    for (int a = 0; a < data.cities.size() && written < rows; ++a)
        for (int b = a + 1; b < data.cities.size() && written < rows; ++b, ++written)
            text += QStringLiteral("%1,%2,%3,%4,Bench source\n")
                        .arg(data.cities.at(a).country, data.cities.at(a).nameEn,
                             data.cities.at(b).country, data.cities.at(b).nameEn)
                        .toUtf8();
    return text;
}

void run(benchmark::State& state,
         const std::function<QByteArray(const testdata::GeneratedDatabase&)>& file)
{
    QTemporaryDir dir;
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const testdata::GeneratedDatabase data =
            testdata::generate(dir.filePath(QStringLiteral("%1.sqlite").arg(round++)), 0);
        const QByteArray text = file(data);
        state.ResumeTiming();
        const ImportReport report = PairingImporter(*data.database).run(CsvReader(text));
        if (!report.written)
            state.SkipWithError("the import was refused");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void importNewCities(benchmark::State& state)
{
    const int rows = int(state.range(0));
    run(state, [rows](const testdata::GeneratedDatabase&) { return newCitiesFile(rows); });
}
BENCHMARK(importNewCities)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

void importKnownCities(benchmark::State& state)
{
    const int rows = int(state.range(0));
    run(state,
        [rows](const testdata::GeneratedDatabase& data) { return knownCitiesFile(data, rows); });
}
BENCHMARK(importKnownCities)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace
