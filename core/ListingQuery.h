#pragma once

#include "Language.h"
#include "Listing.h"
#include "ListingRow.h"

#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace sc {

class Database;

// The browsable tables besides pairings, counted, searched, sorted and paged by SQL.
class ListingQuery final {
public:
    ListingQuery(Database& database, Listing listing) : m_database(database), m_listing(listing) {}

    // The columns' keys, in order ("name", "country", "pairings", ...); the UI names them.
    QStringList columns() const;
    // Columns whose values are counts, for alignment and number formatting.
    bool isCount(int column) const;

    // `search` matches any name in any language (titles and URLs for sources).
    int count(const QString& search = {}) const;
    // Rows in the order of `sortColumn` (-1: by id or code); ties broken by id or code. Name
    // columns are compared in the collation of `language`.
    QVector<ListingRow> rows(Language language, const QString& search = {}, int offset = 0,
                             int limit = -1, int sortColumn = -1, bool descending = false) const;

private:
    struct Column {
        QString key;
        QString expression;
        bool collated = false;
        bool count = false;
    };
    struct Spec {
        QString from;
        QString idExpression;
        QString codeExpression;
        QString searchCondition; // with one or two '?' for the pattern
        QVector<Column> columns;
    };
    // `forCount`: the listing's own table alone, which is all a count reads (see count()).
    Spec spec(Language language, bool forCount = false) const;

    Database& m_database;
    Listing m_listing;
};

} // namespace sc
