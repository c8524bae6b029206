#pragma once

#include <QString>
#include <QStringList>

namespace sc {

// Names are compared through a key that folds width (ＡＢＣ = ABC, ｶ = カ), case and
// surrounding space, so that a lookup in any of the four languages finds the record whatever
// the keyboard produced.
namespace namekey {

QString normalize(const QString& name);

// The name and, where it ends in an administrative suffix (市, 省, 県, 광역시, " Province", ...),
// the name without it: 天津市 is also found as 天津, Jiangsu Province as Jiangsu.
QStringList variants(const QString& name);

// The text stored in a row's search_text column: every non-empty normalised name between
// separators, so that "contains" and "equals one of the names" are both a LIKE on one column.
QString searchText(const QStringList& names); // includes variants()

// A LIKE pattern (ESCAPE '\') matching rows whose search_text contains `text` in any name.
QString containsPattern(const QString& text);
// A LIKE pattern matching rows one of whose names equals `name` exactly (after normalising).
QString equalsPattern(const QString& name);

} // namespace namekey
} // namespace sc
