#pragma once

#include "Language.h"

#include <QString>

#include <optional>

namespace sc {

class SqlDialect;

class Database;

// The name a reader of one language sees for a city: unambiguous within its country and, where
// the register knows one, in the reader's own script.
//
// Built in SQL so that listings join it and sort by it like any column:
// - the name in the reader's language, else the nearest readable form the register holds (a
//   Japanese kanji name for a Chinese reader, the romanised name for an English or Korean
//   reader, the name as written locally as the last resort); `source` says which one was used;
// - a district or county carries its parent city: 北京市东城区, 서울특별시 도봉구,
//   "도봉구（首尔特别市）" where only the hangul name is known;
// - names still shared within a country get their division, then their local name, then their
//   level, so that no two cities of one country read alike.
class CityDisplayName final {
public:
    enum class Cities {
        All,
        Outstanding,      // those of the countries outstanding in city_display_stale (schema 7):
                          // one bound value, the language's code
        CountryOfOneCity, // those of one city's country: one bound value, the city's id
    };
    // A SELECT over every city giving (id, name, source, country), where source is "zh", "ja",
    // "ko", "en" or "native": the register's name the display name was built from, or "rr" for
    // an English name romanised from the hangul by rule (HangulRomanizer). For use as a common
    // table expression.
    static QString select(const SqlDialect& dialect, Language language,
                          Cities cities = Cities::All);
    // Where a query reads select()'s rows (id, name, source), to join as "<table> dn".
    // From schema 7, the names stored in the register (city_display_<language>), computed again
    // first for the countries a write touched since (refresh()). Where they cannot be (a
    // read-only connection while a country is outstanding, or a file of an older schema): on
    // SQLite, a temporary table of this connection, built on first use and again only after the
    // data changed (select() reads every city, with window functions over all of them: seconds
    // at a quarter of a million cities); on PostgreSQL, select() itself as a subquery (a
    // read-only connection may not create a temporary table there).
    static QString table(Database& database, Language language);
    // Whether table() names a table rather than a subquery.
    static bool isTable(const QString& table) { return !table.startsWith(QLatin1Char('(')); }
    // Computes the stored names in `language` of the countries outstanding in it again (schema
    // 7, a connection that may write), in one transaction. Returns the number of countries.
    static int refresh(Database& database, Language language);
    // refresh() in every language: what a new or upgraded register does before its first use.
    static void refreshAll(Database& database);
    // The table holding the stored names of `language` (schema 7).
    static QString storedTable(Language language);
    // The first schema that stores the names.
    static constexpr int kStoredSince = 7;
    // SQLite only: a temporary table (rank, id) numbering every city by its display name in
    // the collation of `language` (ties by id), rank being the rowid, kept like table(). A
    // listing sorted by name walks it and each city's pairings through pairings_city_a /
    // pairings_city_b, so a page costs its own rows instead of a sort of every pairing.
    static QString rankTable(Database& database, Language language);
    struct Shown {
        QString name;
        QString source;
    };
    // The display name of one city; empty when there is no city `id`.
    static std::optional<Shown> of(Database& database, qint64 id, Language language);

    // The source tag that means "the reader's own name" for `language`.
    static QString ownSource(Language language) { return language::code(language); }
};

} // namespace sc
