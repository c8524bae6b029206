#include "CityDisplayName.h"

#include "Database.h"
#include "Error.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "SqliteDialect.h"
#include "Transaction.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

namespace sc {

namespace {

// The countries whose stored names a write made outdated (schema 7).
constexpr char kOutstanding[] = "city_display_stale";

// Tests on the first character of a name: enough to tell which script a whole name of the
// register is written in.
QString han(const SqlDialect& d, const QString& column)
{
    return QStringLiteral("%1 BETWEEN 13312 AND 40959").arg(d.firstCodePoint(column));
}

QString hangul(const SqlDialect& d, const QString& column)
{
    return QStringLiteral("%1 BETWEEN 44032 AND 55215").arg(d.firstCodePoint(column));
}

QString latin(const SqlDialect& d, const QString& column)
{
    return QStringLiteral("%1 < 592").arg(d.firstCodePoint(column));
}

QString filled(const QString& column)
{
    return QStringLiteral("COALESCE(%1, '') <> ''").arg(column);
}

struct Step {
    QString source;    // zh, ja, ko, en, native, or rr (native hangul romanised by rule)
    QString condition; // beyond being filled; empty for none
};

QString column(const QString& prefix, const QString& source)
{
    return prefix + source;
}

// The order in which a reader of `language` is best served by the names the register holds.
QVector<Step> steps(const SqlDialect& d, Language language, const QString& prefix)
{
    const QString native = column(prefix, QStringLiteral("native"));
    switch (language) {
    case Language::Zh:
        return {{QStringLiteral("zh"), {}},
                {QStringLiteral("ja"), han(d, column(prefix, QStringLiteral("ja")))},
                {QStringLiteral("native"), han(d, native)},
                {QStringLiteral("en"), {}}};
    case Language::Ja:
        return {{QStringLiteral("ja"), {}},
                {QStringLiteral("zh"), han(d, column(prefix, QStringLiteral("zh")))},
                {QStringLiteral("native"), han(d, native)},
                {QStringLiteral("en"), {}}};
    case Language::Ko:
        return {{QStringLiteral("ko"), {}},
                {QStringLiteral("native"), hangul(d, native)},
                {QStringLiteral("en"), {}}};
    case Language::En:
        return {{QStringLiteral("en"), {}},
                {QStringLiteral("native"), latin(d, native)},
                {QStringLiteral("rr"), hangul(d, native)}};
    }
    return {};
}

// CASE choosing the source tag of the best name among the columns starting with `prefix`.
QString sourceCase(const SqlDialect& d, Language language, const QString& prefix)
{
    QString sql = QStringLiteral("CASE");
    for (const Step& step : steps(d, language, prefix)) {
        // A romanised name is made from the native one.
        const QString col = column(
            prefix, step.source == QLatin1String("rr") ? QStringLiteral("native") : step.source);
        sql += QStringLiteral(" WHEN ") + filled(col);
        if (!step.condition.isEmpty())
            sql += QStringLiteral(" AND ") + step.condition;
        sql += QStringLiteral(" THEN '%1'").arg(step.source);
    }
    return sql + QStringLiteral(" ELSE 'native' END");
}

// The column named by a source tag, among those starting with `prefix`.
QString pick(const QString& prefix, const QString& source)
{
    QString sql = QStringLiteral("CASE %1").arg(source);
    for (const char* tag : {"zh", "ja", "ko", "en"})
        sql += QStringLiteral(" WHEN '%1' THEN %2%1").arg(QLatin1String(tag), prefix);
    // sc_romanize: HangulRomanizer, registered on every connection.
    sql += QStringLiteral(" WHEN 'rr' THEN sc_romanize(%1native)").arg(prefix);
    return sql + QStringLiteral(" ELSE %1native END").arg(prefix);
}

struct Punctuation {
    QString open;
    QString close;
    QString prefixSeparator; // between a parent and its district: 北京市东城区, 서울특별시 도봉구
    QString county; // the level that tells a county from the city of the same name
};

Punctuation punctuation(Language language)
{
    switch (language) {
    case Language::Zh:
        return {QStringLiteral("（"), QStringLiteral("）"), QString(), QStringLiteral("县级")};
    case Language::Ja:
        return {QStringLiteral("（"), QStringLiteral("）"), QString(), QStringLiteral("県級")};
    case Language::Ko:
        return {QStringLiteral(" ("), QStringLiteral(")"), QStringLiteral(" "),
                QStringLiteral("현급")};
    case Language::En:
        break;
    }
    return {QStringLiteral(" ("), QStringLiteral(")"), QString(), QStringLiteral("county-level")};
}

// Whether the chosen name is in a script that takes its parent in front (Chinese and Japanese
// write 北京市朝阳区, Korean 서울특별시 도봉구); other names take the parent in brackets.
QString prefixes(const SqlDialect& d, Language language)
{
    switch (language) {
    case Language::Zh:
    case Language::Ja:
        return QStringLiteral("(source IN ('zh', 'ja') OR (source = 'native' AND %1))")
            .arg(han(d, QStringLiteral("base")));
    case Language::Ko:
        return QStringLiteral("(source = 'ko' OR (source = 'native' AND %1))")
            .arg(hangul(d, QStringLiteral("base")));
    case Language::En:
        break;
    }
    return QStringLiteral("1 = 0");
}

QString quoted(const QString& text)
{
    // Only our own literals reach here; doubled quotes keep them SQL all the same.
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) +
           QLatin1Char('\'');
}

QString bracketed(const QString& name, const QString& inner, const Punctuation& p)
{
    return QStringLiteral("%1 || %2 || %3 || %4").arg(name, quoted(p.open), inner, quoted(p.close));
}

} // namespace

QString CityDisplayName::select(const SqlDialect& d, Language language, Cities cities)
{
    const QString code = language::code(language);
    // Every name depends on the other cities of its country only (the windows below are
    // partitioned by country), so the outstanding countries alone compute exactly.
    QString only;
    if (cities == Cities::Outstanding)
        only = QStringLiteral(" WHERE c.country IN (SELECT country FROM %1 WHERE language = ?)")
                   .arg(QLatin1String(kOutstanding));
    else if (cities == Cities::CountryOfOneCity)
        only = QStringLiteral(" WHERE c.country = (SELECT country FROM cities WHERE id = ?)");
    const Punctuation p = punctuation(language);

    // t0: the names of each city and of its parent, side by side.
    const QString names =
        QStringLiteral(
            "SELECT c.id, c.country, c.division, c.level, c.parent_id AS pid,"
            " c.name_zh AS c_zh, c.name_ja AS c_ja, c.name_ko AS c_ko, c.name_en AS c_en,"
            " c.name_native AS c_native,"
            " p.name_zh AS p_zh, p.name_ja AS p_ja, p.name_ko AS p_ko, p.name_en AS p_en,"
            " p.name_native AS p_native,"
            " COALESCE(NULLIF(d.name_%1, ''), d.name_en) AS divname"
            " FROM cities c LEFT JOIN cities p ON p.id = c.parent_id"
            " LEFT JOIN divisions d ON d.code = c.division%2")
            .arg(code, only);
    // t1: which name serves the reader, for the city and for its parent.
    const QString sources = QStringLiteral("SELECT *, %1 AS source, %2 AS psource FROM (%3) t0")
                                .arg(sourceCase(d, language, QStringLiteral("c_")),
                                     sourceCase(d, language, QStringLiteral("p_")), names);
    // t2: those names; psame is the parent's name in the same field as the city's.
    const QString chosen =
        QStringLiteral("SELECT *, %1 AS base, %2 AS pbase, %3 AS psame FROM (%4) t1")
            .arg(pick(QStringLiteral("c_"), QStringLiteral("source")),
                 pick(QStringLiteral("p_"), QStringLiteral("psource")),
                 pick(QStringLiteral("p_"), QStringLiteral("source")), sources);
    // t3: a district or county with its parent, unless its name already says it
    // ("Dongcheng (Beijing)", "北京市東城区"). Only what the windows below need goes on: each
    // window sorts whole rows, and the names of the city and its parent in every language made
    // them three times as wide (a third of the time of the whole).
    const QString composed =
        QStringLiteral("SELECT id, country, division, level, c_native, divname, source,"
                       " CASE WHEN pid IS NULL OR COALESCE(pbase, '') = '' THEN base"
                       " WHEN (COALESCE(psame, '') <> '' AND %1 > 0)"
                       " OR %2 > 0 THEN base"
                       " WHEN %3 THEN pbase || %4 || base"
                       " ELSE %5 END AS name1 FROM (%6) t2")
            .arg(d.position(QStringLiteral("psame"), QStringLiteral("base")),
                 d.position(QStringLiteral("pbase"), QStringLiteral("base")), prefixes(d, language),
                 quoted(p.prefixSeparator),
                 bracketed(QStringLiteral("base"), QStringLiteral("pbase"), p), chosen);
    // t4, t5: names still shared in a country take their division where that tells them apart.
    const QString counted1 =
        QStringLiteral("SELECT *, count(*) OVER (PARTITION BY country, name1) AS n1,"
                       " count(*) OVER (PARTITION BY country, name1, "
                       "COALESCE(division, '')) AS nd FROM (%1) t3")
            .arg(composed);
    const QString withDivision =
        QStringLiteral("SELECT id, country, level, c_native, source,"
                       " CASE WHEN n1 > 1 AND nd < n1 AND division IS NOT NULL"
                       " AND level <> 'province' AND %1 = 0 THEN %2"
                       " ELSE name1 END AS name2 FROM (%3) t4")
            .arg(d.position(QStringLiteral("divname"), QStringLiteral("name1")),
                 bracketed(QStringLiteral("name1"), QStringLiteral("divname"), p), counted1);
    // t6, t7: then their local name, then their level (中山市 the city and 中山市 the county).
    const QString counted2 =
        QStringLiteral("SELECT *, count(*) OVER (PARTITION BY country, name2) AS n2 FROM (%1) t5")
            .arg(withDivision);
    return QStringLiteral("SELECT id, CASE WHEN n2 > 1 AND %1 = 0 THEN %2"
                          " WHEN n2 > 1 AND level = 'county' THEN %3"
                          " ELSE name2 END AS name, source, country FROM (%4) t6")
        .arg(d.position(QStringLiteral("c_native"), QStringLiteral("name2")),
             bracketed(QStringLiteral("name2"), QStringLiteral("c_native"), p),
             bracketed(QStringLiteral("name2"), quoted(p.county), p), counted2);
}

namespace {

// A temporary table of this connection, made by `fill` (statements that create and fill it)
// on first use and again only after the data changed. Stamps per connection and table; a
// connection closed and opened again under the same name may show the same stamp, so the
// table's presence is checked too.
//
// The stamp is PRAGMA data_version (another connection wrote) and this connection's count of
// changed rows less the rows of these tables it wrote itself: building one table must not make
// another look stale.
struct Stamp {
    qint64 version = -1;
    qint64 changes = -1;
    bool operator==(const Stamp& other) const
    {
        return version == other.version && changes == other.changes;
    }
};

qint64 totalChanges(QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    return qint64(sqlite3_total_changes64(*static_cast<sqlite3* const*>(handle.data())));
}

QHash<QString, qint64>& ownChanges()
{
    static QHash<QString, qint64> own; // per connection name
    return own;
}

Stamp stampOf(QSqlDatabase& db)
{
    return {sql::scalar(db, QStringLiteral("PRAGMA data_version")).toLongLong(),
            totalChanges(db) - ownChanges().value(db.connectionName())};
}

// The temp table `prefix` + the language's code, of `columns`, filled by `insert` (its column
// list and SELECT), built again only when the data changed.
QString kept(Database& database, const QString& prefix, Language language, const QString& columns,
             const QString& insert)
{
    static QHash<QString, Stamp> built;
    const QString name = prefix + language::code(language);
    QSqlDatabase db = database.connection();
    const QString key = db.connectionName() + QLatin1Char('/') + name;
    const auto it = built.constFind(key);
    if (it != built.constEnd() && *it == stampOf(db) &&
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM temp.sqlite_master WHERE name = ?"),
                    {name})
                .toInt() == 1)
        return QStringLiteral("temp.") + name;
    const qint64 before = totalChanges(db);
    sql::run(db, QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(name));
    sql::run(db, QStringLiteral("CREATE TEMP TABLE %1 (%2)").arg(name, columns));
    sql::run(db, QStringLiteral("INSERT INTO temp.%1 %2").arg(name, insert));
    ownChanges()[db.connectionName()] += totalChanges(db) - before;
    built.insert(key, stampOf(db));
    return QStringLiteral("temp.") + name;
}

} // namespace

namespace {

// Per connection and language: the stamp at which the stored names were last found current.
QHash<QString, Stamp>& currentAt()
{
    static QHash<QString, Stamp> at;
    return at;
}

bool anyOutstanding(Database& database, Language language)
{
    return sql::scalar(database.connection(),
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE language = ?)")
                           .arg(QLatin1String(kOutstanding)),
                       {language::code(language)})
        .toBool();
}

// Whether the stored names of `language` are those of the register now, computing the
// outstanding countries again where this connection may. On SQLite the answer is kept until
// this connection or another one writes (one PRAGMA a page); a server's other users write at
// any time, so there it is asked each time (one short statement).
bool storedNamesCurrent(Database& database, Language language)
{
    QSqlDatabase db = database.connection();
    const bool server = database.dialect().isServer();
    const QString key = db.connectionName() + QLatin1Char('/') + language::code(language);
    if (!server) {
        const auto it = currentAt().constFind(key);
        if (it != currentAt().constEnd() && *it == stampOf(db))
            return true;
    }
    if (database.schemaVersion() < CityDisplayName::kStoredSince)
        return false;
    if (anyOutstanding(database, language)) {
        if (database.isReadOnly())
            return false;
        try {
            CityDisplayName::refresh(database, language);
        } catch (const Error&) {
            // Another writer holds the file past the busy timeout: this read computes the
            // names itself, as a read-only connection does, and a later one refreshes them.
            return false;
        }
    }
    if (!server)
        currentAt().insert(key, stampOf(db));
    return true;
}

} // namespace

QString CityDisplayName::storedTable(Language language)
{
    return QStringLiteral("city_display_") + language::code(language);
}

int CityDisplayName::refresh(Database& database, Language language)
{
    Transaction transaction(database);
    QSqlDatabase db = database.connection();
    // On a server, one refresh at a time; the trigger of a writer marking a country waits for
    // it, so no country is cleared below that was not computed here.
    if (database.dialect().isServer()) {
        // Not a statement PostgreSQL prepares; it takes no values.
        QSqlQuery lock(db);
        if (!lock.exec(QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE")
                           .arg(QLatin1String(kOutstanding))))
            throw Error(Error::Kind::Database, lock.lastError().text());
    }
    const QVariantList code{language::code(language)};
    const int countries = sql::scalar(db,
                                      QStringLiteral("SELECT count(*) FROM %1 WHERE language = ?")
                                          .arg(QLatin1String(kOutstanding)),
                                      code)
                              .toInt();
    if (countries == 0)
        return 0;
    const QString table = storedTable(language);
    // A city that moved or was deleted is stored under the country it had: outstanding too.
    sql::run(db,
             QStringLiteral("DELETE FROM %1 WHERE country IN (SELECT country FROM %2 WHERE "
                            "language = ?)")
                 .arg(table, QLatin1String(kOutstanding)),
             code);
    sql::run(db,
             QStringLiteral("INSERT INTO %1 (id, name, source, country)"
                            " SELECT id, name, source, country FROM (%2) t")
                 .arg(table, select(database.dialect(), language, Cities::Outstanding)),
             code);
    sql::run(db,
             QStringLiteral("DELETE FROM %1 WHERE language = ?").arg(QLatin1String(kOutstanding)),
             code);
    transaction.commit();
    return countries;
}

void CityDisplayName::refreshAll(Database& database)
{
    for (Language language : {Language::Zh, Language::Ja, Language::Ko, Language::En})
        refresh(database, language);
}

QString CityDisplayName::table(Database& database, Language language)
{
    if (storedNamesCurrent(database, language))
        return storedTable(language);
    if (database.dialect().isServer())
        return QLatin1Char('(') + select(database.dialect(), language) + QLatin1Char(')');
    return kept(database, QStringLiteral("sc_display_names_"), language,
                QStringLiteral("id INTEGER PRIMARY KEY, name TEXT, source TEXT"),
                QStringLiteral("(id, name, source) SELECT id, name, source FROM (%1)")
                    .arg(select(database.dialect(), language)));
}

QString CityDisplayName::rankTable(Database& database, Language language)
{
    const QString names = table(database, language);
    // The rank is the rowid: a walk of this table is a walk of the cities in name order.
    return kept(database, QStringLiteral("sc_display_rank_"), language,
                QStringLiteral("rank INTEGER PRIMARY KEY, id INTEGER NOT NULL UNIQUE"),
                QStringLiteral("(rank, id) SELECT row_number() OVER (ORDER BY name%1, id), id "
                               "FROM %2")
                    .arg(database.dialect().collate(language), names));
}

std::optional<CityDisplayName::Shown> CityDisplayName::of(Database& database, qint64 id,
                                                          Language language)
{
    // One city: from the stored names where they are current, else computed for its country
    // alone (the names of a country depend on its cities only), never for every city.
    const QString names = storedNamesCurrent(database, language)
                              ? storedTable(language)
                              : QLatin1Char('(') +
                                    select(database.dialect(), language, Cities::CountryOfOneCity) +
                                    QLatin1Char(')');
    QVariantList values;
    if (!isTable(names))
        values << id;
    values << id;
    QSqlQuery query = sql::run(
        database.connection(),
        QStringLiteral("SELECT name, source FROM %1 names WHERE id = ?").arg(names), values);
    if (!query.next())
        return std::nullopt;
    return Shown{query.value(0).toString(), query.value(1).toString()};
}

} // namespace sc
