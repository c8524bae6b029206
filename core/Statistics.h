#pragma once

namespace sc {

class Database;

// How much the open database holds, for the status bar and `sistercities-cli stats`.
struct Statistics {
    int countries = 0;
    int divisions = 0;
    int cities = 0;
    int pairings = 0;
    int datedPairings = 0;
    int sources = 0;
    int surveys = 0;
    int publishedStatistics = 0;

    static Statistics of(Database& database);
};

} // namespace sc
