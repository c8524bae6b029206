// libFuzzer target for the CSV reader: any bytes, detected or given encoding, any delimiter.
// Build and run (tests/fuzz/README.md):
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DSISTERCITIES_FUZZ=ON
//   ninja -C build-fuzz csv_reader_fuzz
//   build-fuzz/tests/csv_reader_fuzz -max_total_time=120 tests/data/fuzz-regressions
#include "io/CsvReader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// What every read must keep, whatever the input: no record of another width than the header,
// problems that name a real line, records in order.
void check(const sc::CsvReader& csv)
{
    int previous = 0;
    for (const auto& record : csv.records()) {
        if (record.fields.size() != csv.header().size() || record.line <= previous)
            std::abort();
        previous = record.line;
    }
    for (const auto& problem : csv.problems())
        if (problem.line < 0 || problem.field < 0)
            std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks how the rest is read, so that every path is reached.
    const char* encodings[] = {"", "UTF-8", "GB18030", "Shift_JIS", "EUC-KR", "UTF-16"};
    const QChar delimiters[] = {QChar(), QChar(u','), QChar(u';'), QChar(u'\t')};
    const std::uint8_t mode = data[0];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const sc::CsvReader csv(bytes, QString::fromLatin1(encodings[mode % 6]),
                            delimiters[(mode / 6) % 4]);
    check(csv);
    return 0;
}
