#include "CustomFigure.h"

namespace sc {

QString CustomFigure::measureKey(Measure measure)
{
    switch (measure) {
    case Measure::PartnerCountry:
        return QStringLiteral("by-country");
    case Measure::NewPerYear:
        return QStringLiteral("per-year");
    case Measure::Cumulative:
        return QStringLiteral("cumulative");
    case Measure::Division:
        return QStringLiteral("by-division");
    case Measure::Region:
        break;
    }
    return QStringLiteral("by-region");
}

std::optional<CustomFigure::Measure> CustomFigure::measureFromKey(const QString& key)
{
    for (Measure measure : {Measure::PartnerCountry, Measure::NewPerYear, Measure::Cumulative,
                            Measure::Division, Measure::Region})
        if (measureKey(measure) == key)
            return measure;
    return std::nullopt;
}

} // namespace sc
