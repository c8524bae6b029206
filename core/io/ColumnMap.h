#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace sc {

// Which column of a file feeds which field of an import. Built from the header names (as the
// CLI does) or set by hand (the import dialog's mapping); a column that feeds no field must be
// ignored on purpose, so that no column of a file is dropped unnoticed.
class ColumnMap final {
public:
    // Matches header names to `fields`, ignoring case, surrounding space, and spaces or hyphens
    // for underscores. Header names in `ignored` (such as the id export writes) are ignored.
    static ColumnMap byHeader(const QStringList& header, const QStringList& fields,
                              const QStringList& ignored = {});
    // The normalised form of a header name.
    static QString key(const QString& name);

    // The file column (0-based) feeding `field`, or -1.
    int column(const QString& field) const { return m_columns.value(field, -1); }
    // The field `column` feeds, or empty.
    QString field(int column) const { return m_columns.key(column); }
    bool isIgnored(int column) const { return m_ignored.contains(column); }
    // Maps `column` to `field` (-1 unmaps the field).
    void set(const QString& field, int column);
    void ignore(int column) { m_ignored.insert(column); }
    // Columns of a file with `count` columns that neither feed a field nor are ignored.
    QVector<int> unmatched(int count) const;

private:
    QHash<QString, int> m_columns;
    QSet<int> m_ignored;
};

} // namespace sc
