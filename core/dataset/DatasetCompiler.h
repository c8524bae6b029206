#pragma once

#include "io/TsvTable.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace sc {

class Database;

// Builds a database from the fact files of resources/dataset/ (FORMAT.md beside them): the
// reference tables, cities, pairings with all their sources, the 2018 survey and the published
// statistics. All in one transaction: a bad row names its file, line and field, and nothing of
// the dataset is written.
class DatasetCompiler final {
public:
    struct Summary {
        int sources = 0;
        int countries = 0;
        int divisions = 0;
        int cities = 0;
        int pairings = 0;
        int pairingSources = 0;
        int surveys = 0;
        int tallies = 0;
        int publishedStatistics = 0;
    };

    // `factsDir` holds register/ and report/ (a folder on disk or ":/dataset").
    DatasetCompiler(Database& database, const QString& factsDir);

    Summary compile();
    // Countries and divisions only, the tables an import needs: no sources, cities, pairings or
    // surveys. The source keys they name are checked all the same.
    Summary compileReference();

private:
    void loadSources(const QString& folder);
    void loadCountries();
    void loadDivisions();
    void loadCities();
    void loadPairings();
    void loadPairingSources();
    void checkRegister();
    static QStringList cityColumns();
    static QStringList pairingColumns();
    void loadSurveys();
    void loadPublishedStatistics();

    bool exists(const QString& relative) const;
    TsvTable table(const QString& relative, const QStringList& columns) const;
    qint64 sourceId(const TsvTable& table, const TsvTable::Row& row,
                    const QString& column = QStringLiteral("source_key")) const;

    Database& m_database;
    QString m_dir;
    QHash<QString, qint64> m_sources;
    QHash<QString, qint64> m_cities;
    QSet<QString> m_chineseCities; // keys of China's cities: their pairs date from 1973 on
    QHash<QString, qint64> m_pairings;
    Summary m_summary;
};

} // namespace sc
