#pragma once

#include "Database.h"
#include "GenCity.h"
#include "GenPair.h"

#include <QString>
#include <QVector>

#include <memory>

// A database of invented test data with known attributes, and the same data as plain values,
// so that a test can compute what a query should return without asking SQL.
namespace testdata {

struct GeneratedDatabase {
    std::unique_ptr<sc::Database> database;
    QVector<GenCity> cities;
    QVector<GenPair> pairs;
};

// Reference data only: countries CN JP KR US, divisions with the report's regions.
void addReferenceData(sc::Database& database);
// `pairs` pairings between generated cities, reproducible from `seed`.
GeneratedDatabase generate(const QString& path, int pairs, unsigned seed = 20180920);

} // namespace testdata
