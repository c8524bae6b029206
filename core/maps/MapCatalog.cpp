#include "MapCatalog.h"

#include "i18n/Translations.h"

namespace sc {

const QVector<MapSpec>& MapCatalog::all()
{
    using Kind = MapSpec::Kind;
    static const QVector<MapSpec> specs{
        {QStringLiteral("map-cn-provinces"), Kind::Choropleth, QStringLiteral("CN"),
         QStringLiteral("fig5"),
         QT_TRANSLATE_NOOP("sc::MapCatalog", "Sister cities by Chinese province (map)")},
        {QStringLiteral("map-cn-japan"), Kind::Choropleth, QStringLiteral("CN"),
         QStringLiteral("fig6"),
         QT_TRANSLATE_NOOP("sc::MapCatalog",
                           "China–Japan sister cities by province of the Chinese city (map)")},
        {QStringLiteral("map-cn-korea"), Kind::Choropleth, QStringLiteral("CN"),
         QStringLiteral("fig8"),
         QT_TRANSLATE_NOOP("sc::MapCatalog",
                           "China–Korea sister cities by province of the Chinese city (map)")},
        {QStringLiteral("map-jp-prefectures"),
         Kind::Choropleth,
         QStringLiteral("JP"),
         {},
         QT_TRANSLATE_NOOP("sc::MapCatalog",
                           "China–Japan sister cities by prefecture of the Japanese city (map)")},
        {QStringLiteral("map-kr-provinces"),
         Kind::Choropleth,
         QStringLiteral("KR"),
         {},
         QT_TRANSLATE_NOOP("sc::MapCatalog",
                           "China–Korea sister cities by province of the Korean city (map)")},
        {QStringLiteral("map-links"),
         Kind::Links,
         {},
         {},
         QT_TRANSLATE_NOOP("sc::MapCatalog",
                           "Sister cities between the divisions of China, Japan and Korea")},
    };
    return specs;
}

const MapSpec* MapCatalog::find(const QString& id)
{
    for (const MapSpec& spec : all())
        if (spec.id.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return &spec;
    return nullptr;
}

QString MapCatalog::caption(const MapSpec& spec, Language language)
{
    return Translations::translate(language, "sc::MapCatalog", spec.caption);
}

} // namespace sc
