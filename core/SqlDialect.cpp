#include "SqlDialect.h"

#include "NameKey.h"

namespace sc {

SqlDialect::CitySearch SqlDialect::citiesContaining(const QString& text) const
{
    return portableCitiesContaining(text);
}

SqlDialect::CitySearch SqlDialect::portableCitiesContaining(const QString& text)
{
    return {QStringLiteral("SELECT id FROM cities WHERE search_text LIKE ? ESCAPE '\\'"),
            {namekey::containsPattern(text)}};
}

} // namespace sc
