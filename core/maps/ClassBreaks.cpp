#include "ClassBreaks.h"

#include <algorithm>
#include <cmath>

namespace sc {

ClassBreaks ClassBreaks::quantiles(const QVector<int>& counts, int classes)
{
    QVector<int> values;
    for (int count : counts)
        if (count > 0)
            values << count;
    ClassBreaks breaks;
    if (values.isEmpty() || classes < 1)
        return breaks;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    int from = 1;
    for (int k = 1; k <= classes && from <= values.last(); ++k) {
        // The upper bound of class k is the value at the k-th quantile; ties with the previous
        // bound collapse into one class rather than give an empty range.
        const int index = std::max(0, int(std::ceil(double(k) * n / classes)) - 1);
        const int to = k == classes ? values.last() : values.at(index);
        if (to < from)
            continue;
        breaks.m_ranges << Range{from, to};
        from = to + 1;
    }
    return breaks;
}

int ClassBreaks::classOf(int count) const
{
    if (count <= 0)
        return -1;
    for (int i = 0; i < m_ranges.size(); ++i)
        if (count <= m_ranges.at(i).to)
            return i;
    return int(m_ranges.size()) - 1;
}

} // namespace sc
