#pragma once

#include <QString>

#include <cstdint>
#include <functional>

namespace sc {

// A synthetic register of any size (up to a million pairings and more), for benchmarks and for
// trying the application at a scale no real register reaches. The same seed always gives the
// same database, row for row, on every machine: the random numbers come from std::mt19937_64,
// whose sequence the C++ standard fixes, turned into choices by our own arithmetic rather than
// by <random>'s distributions, whose results the standard leaves to each library.
//
// What it looks like, after the real register (resources/dataset/register):
// - countries and divisions are the reference tables of the bundled dataset;
// - pairs: China–Japan 30 %, China–Korea 25 %, Japan–Korea 10 %, China–another country 25 %,
//   Japan–another 6 %, Korea–another 4 %; the other country drawn with weight 1/rank over the
//   reference table's other countries;
// - about one city for every four pairings, per country in proportion to its share of pair
//   ends; within a country a few cities hold many pairs (the i-th city of a country is chosen
//   with a power-law skew: the busiest 1 % of a country's cities holds about 16 % of its ends);
// - Chinese, Japanese and Korean cities lie in a division of their country (a skewed choice,
//   5 % unknown) and carry names in their own script and in Latin letters; other cities have a
//   Latin name only;
// - 20 % undated (and unverified, as the undated pairs of the real register are); the rest
//   signed 1973–2025, most often in the 1990s, to the day, the month or the year;
// - status active 90 %, dormant 7 %, ended 3 %; kind friendship 45 %, sister 25 %,
//   friendship-exchange 5 %, unknown 25 %; one source of max(5, N / 200), few of them citing
//   most pairs.
class RegisterGenerator final {
public:
    struct Options {
        QString path;
        int pairings = 10000;
        std::uint64_t seed = 1;
    };
    // Called now and then with the pairings written so far; return false to stop (the file is
    // then not created).
    using Progress = std::function<bool(int done, int total)>;

    static constexpr int kMaxPairings = 5000000;

    struct Summary {
        int pairings = 0;
        int cities = 0;
        int sources = 0;
    };

    // Writes a new database at `options.path` (refused when the path exists, as init does): it
    // is built under a temporary name and renamed into place, so that a failure never leaves a
    // half-built register there. Throws sc::Error.
    static Summary generate(const Options& options, const Progress& progress = {});

    // About one city for every four pairings (each country has at least two, so a little more).
    static int cityCount(int pairings);
    static int sourceCount(int pairings);
};

} // namespace sc
