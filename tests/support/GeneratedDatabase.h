#pragma once

#include "Database.h"

#include <QString>
#include <QVector>

#include <memory>
#include <optional>

// A database of invented test data with known attributes, and the same data as plain values,
// so that a test can compute what a query should return without asking SQL.
namespace testdata {

struct GenCity {
    qint64 id = 0;
    QString country;
    QString division; // empty: unknown
    QString region;   // of the division, for Chinese cities
    QString nameEn;
    QString nameZh;
    QString nameJa;
    QString nameKo;
};

struct GenPair {
    qint64 id = 0;
    int a = 0; // index into cities
    int b = 0;
    std::optional<int> year;
    QString established;
    QString status;
    QString kind;
};

struct Generated {
    std::unique_ptr<sc::Database> database;
    QVector<GenCity> cities;
    QVector<GenPair> pairs;
};

// Reference data only: countries CN JP KR US, divisions with the report's regions.
void addReferenceData(sc::Database& database);
// `pairs` pairings between generated cities, reproducible from `seed`.
Generated generate(const QString& path, int pairs, unsigned seed = 20180920);

} // namespace testdata
