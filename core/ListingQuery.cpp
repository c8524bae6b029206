#include "ListingQuery.h"

#include "CityDisplayName.h"
#include "Database.h"
#include "NameKey.h"
#include "PairingQuery.h"
#include "SqlSupport.h"

namespace sc {

namespace {

// A reference name in `language`, falling back to English (their four names are all required,
// but a row written by hand may leave one empty).
QString referenceName(const QString& alias, Language language)
{
    return QStringLiteral("COALESCE(NULLIF(%1.%2, ''), %1.name_en)")
        .arg(alias, language::nameColumn(language));
}

QString titleIn(const QString& alias, Language language)
{
    return QStringLiteral("COALESCE(NULLIF(%1.title_%2, ''), %1.title_en)")
        .arg(alias, language::code(language));
}

} // namespace

ListingQuery::Spec ListingQuery::spec(Language language, bool forCount) const
{
    const QString pairingsOfCity = QStringLiteral(
        "(SELECT count(*) FROM pairings p WHERE p.city_a = c.id OR p.city_b = c.id)");
    switch (m_listing) {
    case Listing::Cities:
        // The name a reader of the language sees in the pairings too: unambiguous in its
        // country, with its parent city where it is a district.
        return {forCount ? QStringLiteral(" FROM cities c")
                         : QStringLiteral(" FROM cities c LEFT JOIN divisions d ON d.code = "
                                          "c.division LEFT JOIN countries k ON k.code = c.country"
                                          " LEFT JOIN ") +
                               CityDisplayName::table(m_database, language) +
                               QStringLiteral(" dn ON dn.id = c.id"),
                QStringLiteral("c.id"),
                QString(),
                QStringLiteral("c.search_text LIKE ? ESCAPE '\\'"),
                {{QStringLiteral("name"),
                  QStringLiteral("COALESCE(dn.name, %1)")
                      .arg(PairingQuery::nameExpression(QStringLiteral("c"), language)),
                  true},
                 {QStringLiteral("native"), QStringLiteral("c.name_native"), true},
                 {QStringLiteral("english"), QStringLiteral("c.name_en"), true},
                 // Names, not ISO codes: the reader's language, as the pairings show them.
                 {QStringLiteral("country"), referenceName(QStringLiteral("k"), language), true},
                 {QStringLiteral("division"), referenceName(QStringLiteral("d"), language), true},
                 {QStringLiteral("level"), QStringLiteral("c.level")},
                 {QStringLiteral("pairings"), pairingsOfCity, false, true}}};
    case Listing::Divisions:
        return {QStringLiteral(" FROM divisions d LEFT JOIN countries k ON k.code = d.country"),
                QStringLiteral("0"),
                QStringLiteral("d.code"),
                QStringLiteral("d.search_text LIKE ? ESCAPE '\\'"),
                {{QStringLiteral("code"), QStringLiteral("d.code")},
                 {QStringLiteral("name"), referenceName(QStringLiteral("d"), language), true},
                 {QStringLiteral("country"), referenceName(QStringLiteral("k"), language), true},
                 {QStringLiteral("region"), QStringLiteral("d.region")},
                 {QStringLiteral("cities"),
                  QStringLiteral("(SELECT count(*) FROM cities c WHERE c.division = d.code)"),
                  false, true}}};
    case Listing::Countries:
        return {QStringLiteral(" FROM countries k"),
                QStringLiteral("0"),
                QStringLiteral("k.code"),
                QStringLiteral("k.search_text LIKE ? ESCAPE '\\'"),
                {{QStringLiteral("code"), QStringLiteral("k.code")},
                 {QStringLiteral("name"), referenceName(QStringLiteral("k"), language), true},
                 {QStringLiteral("divisions"),
                  QStringLiteral("(SELECT count(*) FROM divisions d WHERE d.country = k.code)"),
                  false, true},
                 {QStringLiteral("cities"),
                  QStringLiteral("(SELECT count(*) FROM cities c WHERE c.country = k.code)"), false,
                  true}}};
    case Listing::Sources:
        return {QStringLiteral(" FROM sources s"),
                QStringLiteral("s.id"),
                QString(),
                QStringLiteral("(s.title LIKE ? ESCAPE '\\' OR s.url LIKE ? ESCAPE '\\')"),
                {{QStringLiteral("title"), QStringLiteral("s.title"), true},
                 {QStringLiteral("publisher"), QStringLiteral("s.publisher"), true},
                 {QStringLiteral("url"), QStringLiteral("s.url")},
                 {QStringLiteral("dateRead"), QStringLiteral("s.date_read")},
                 {QStringLiteral("licence"), QStringLiteral("s.licence")},
                 {QStringLiteral("pairings"),
                  QStringLiteral("(SELECT count(*) FROM pairings p WHERE p.source_id = s.id)"),
                  false, true}}};
    case Listing::Surveys:
        break;
    }
    return {QStringLiteral(" FROM surveys v LEFT JOIN sources s ON s.id = v.source_id"),
            QStringLiteral("v.id"),
            QString(),
            QStringLiteral("(v.title_zh LIKE ? ESCAPE '\\' OR v.title_ja LIKE ? ESCAPE '\\' OR "
                           "v.title_ko LIKE ? ESCAPE '\\' OR v.title_en LIKE ? ESCAPE '\\')"),
            {{QStringLiteral("title"), titleIn(QStringLiteral("v"), language), true},
             {QStringLiteral("year"), QStringLiteral("v.year")},
             {QStringLiteral("questions"),
              QStringLiteral("(SELECT count(*) FROM survey_questions q WHERE q.survey_id = v.id)"),
              false, true},
             {QStringLiteral("groups"),
              QStringLiteral("(SELECT count(*) FROM survey_groups g WHERE g.survey_id = v.id)"),
              false, true},
             {QStringLiteral("source"), QStringLiteral("s.title"), true}}};
}

QStringList ListingQuery::columns() const
{
    QStringList keys;
    for (const Column& column : spec(Language::En).columns)
        keys << column.key;
    return keys;
}

bool ListingQuery::isCount(int column) const
{
    const QVector<Column> columns = spec(Language::En).columns;
    return column >= 0 && column < columns.size() && columns.at(column).count;
}

namespace {

struct Where {
    QString sql;
    QVariantList values;
};

Where whereFor(const QString& condition, const QString& search)
{
    if (namekey::normalize(search).isEmpty())
        return {};
    const QString pattern = namekey::containsPattern(search);
    QVariantList values;
    for (int i = 0, n = int(condition.count(QLatin1Char('?'))); i < n; ++i)
        values << pattern;
    return {QStringLiteral(" WHERE ") + condition, values};
}

} // namespace

int ListingQuery::count(const QString& search) const
{
    // Every join of a listing is a LEFT JOIN on a unique key, for its columns: it adds no row
    // and removes none, and the search reads the listing's own table. The count reads that
    // table alone: SQLite does not leave such joins out by itself, and at 250,000 cities they
    // made the cities' count 120 ms of the window's start-up instead of one.
    const Spec s = spec(Language::En, true);
    const int joins = int(s.from.indexOf(QLatin1String(" LEFT JOIN ")));
    const QString own = joins < 0 ? s.from : s.from.left(joins);
    const Where where = whereFor(s.searchCondition, search);
    return sql::scalar(m_database.connection(), QStringLiteral("SELECT count(*)") + own + where.sql,
                       where.values)
        .toInt();
}

QVector<ListingRow> ListingQuery::rows(Language language, const QString& search, int offset,
                                       int limit, int sortColumn, bool descending) const
{
    const Spec s = spec(language);
    const Where where = whereFor(s.searchCondition, search);
    QStringList select{s.idExpression,
                       s.codeExpression.isEmpty() ? QStringLiteral("NULL") : s.codeExpression};
    for (const Column& column : s.columns)
        select << column.expression;

    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString tieBreak = s.codeExpression.isEmpty() ? s.idExpression : s.codeExpression;
    QString order = tieBreak + direction;
    if (sortColumn >= 0 && sortColumn < s.columns.size()) {
        const Column& column = s.columns.at(sortColumn);
        // Unknown values sort last in either direction.
        order =
            QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END, %1").arg(column.expression) +
            (column.collated ? m_database.dialect().collate(language) : QString()) + direction +
            QStringLiteral(", ") + order;
    }
    QString text = QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) + s.from +
                   where.sql + QStringLiteral(" ORDER BY ") + order;
    QVariantList values = where.values;
    if (limit >= 0) {
        text += QStringLiteral(" LIMIT ? OFFSET ?");
        values << limit << offset;
    }
    QSqlQuery query = sql::run(m_database.connection(), text, values);
    QVector<ListingRow> out;
    while (query.next()) {
        ListingRow row;
        row.id = query.value(0).toLongLong();
        row.code = query.value(1).toString();
        for (int i = 0; i < s.columns.size(); ++i)
            row.cells << query.value(i + 2);
        out << row;
    }
    return out;
}

} // namespace sc
