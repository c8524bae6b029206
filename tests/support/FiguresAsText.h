#pragma once
// Every pairing figure of the catalog as text (categories, omitted pairs, notes, values and
// sources): the migration tests compare a register's figures before and after an upgrade.
#include "Database.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"

#include <QMap>
#include <QStringList>

namespace testdata {

inline QMap<QString, QStringList> figuresAsText(sc::Database& db)
{
    QMap<QString, QStringList> out;
    for (const sc::FigureSpec& spec : sc::FigureCatalog::all()) {
        if (spec.source != sc::FigureSpec::Source::Pairings)
            continue;
        const sc::FigureData data = sc::FigureQuery(db).run(spec, {}, sc::Language::En);
        QStringList& text = out[spec.id];
        text << data.categories.join(',') << QString::number(data.omitted) << data.notes;
        for (const auto& value : data.series.value(0).values)
            text << QString::number(value.value_or(-1));
        for (const sc::FigureSource& source : data.sources)
            text << QStringLiteral("%1:%2").arg(source.id).arg(source.count);
    }
    return out;
}

} // namespace testdata
