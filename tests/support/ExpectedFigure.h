#pragma once
// A pairing figure's data as a test computes it by its own SQL, and the comparison with what
// the application's query returned: the figure-data tests of each query path share it.
#include "figures/FigureData.h"
#include "figures/FigureText.h"

#include <QPair>
#include <QStringList>
#include <QVector>

#include <gtest/gtest.h>

#include <string>

namespace testdata {

struct ExpectedFigure {
    QStringList categories;
    QVector<double> values;
    int omitted = 0;
    int unverified = 0;
    QVector<QPair<qint64, int>> sources; // id, count, in the figure's order
};

// Categories, values (a missing value as -1), omitted pairs, the unverified note, and the
// generated register's sources with their counts.
inline void expectFigureAs(const sc::FigureData& data, const ExpectedFigure& e,
                           const std::string& where)
{
    EXPECT_EQ(data.categories, e.categories) << where;
    ASSERT_EQ(data.series.size(), 1) << where;
    QVector<double> values;
    for (const auto& value : data.series.first().values)
        values << value.value_or(-1);
    EXPECT_EQ(values, e.values) << where;
    EXPECT_EQ(data.omitted, e.omitted) << where;
    const QString note = sc::figuretext::unverifiedNote(e.unverified, sc::Language::En);
    EXPECT_EQ(data.notes.contains(note), e.unverified > 0) << where;
    QVector<QPair<qint64, int>> sources;
    for (const sc::FigureSource& source : data.sources)
        if (source.count > 0 && source.title.startsWith(QLatin1String("Generated")))
            sources << qMakePair(source.id, source.count);
    EXPECT_EQ(sources, e.sources) << where;
}

} // namespace testdata
