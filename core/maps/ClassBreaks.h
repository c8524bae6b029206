#pragma once

#include <QVector>

namespace sc {

// Class breaks of a choropleth: quantiles of the non-zero counts, rounded to whole pairs, so
// that each colour holds about as many divisions and every range reads as "a–b pairs".
// 0 is a class of its own ("no pairing"), never merged with the lowest range.
class ClassBreaks final {
public:
    struct Range {
        int from = 0;
        int to = 0;
    };

    ClassBreaks() = default;
    // At most `classes` ranges; fewer when the counts have fewer distinct values.
    static ClassBreaks quantiles(const QVector<int>& counts, int classes = 5);

    const QVector<Range>& ranges() const { return m_ranges; }
    int classCount() const { return int(m_ranges.size()); }
    // The range `count` falls into, or -1 for 0 (no pairing).
    int classOf(int count) const;

private:
    QVector<Range> m_ranges;
};

} // namespace sc
