#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <functional>
#include <memory>

namespace sc {

class BatchStatements;
class Database;

// Rows of one table written many to a statement (INSERT ... VALUES (...), (...), ...), through
// statements prepared once, the engine's own way (SqlDialect::batchStatements). An import writes a
// million rows: one statement a row cost SQLite a new temporary b-tree for every CHECK (x IN (...))
// of every row, and Qt's binding layer more than the insert itself (docs/PERFORMANCE.md). The rows
// are written when flush() is called, in the order they were added.
class BatchInserter final {
public:
    // Called for a row that the database refuses, with the file line it came from and SQLite's
    // reason.
    using Refused = std::function<void(int line, const QString& reason)>;

    BatchInserter(Database& database, const QString& table, const QStringList& columns,
                  Refused refused);
    ~BatchInserter();
    BatchInserter(const BatchInserter&) = delete;
    BatchInserter& operator=(const BatchInserter&) = delete;

    // `values` in the order of the columns; `line` names the row if the database refuses it.
    void add(int line, QVariantList values);
    int pending() const { return int(m_lines.size()); }
    // Writes every pending row. A statement the database refuses is written again row by row,
    // so that each refused row is reported with its line; the others are written.
    void flush();

    static constexpr int kRowsPerStatement = 64;

private:
    int m_columns = 0;
    Refused m_refused;
    std::unique_ptr<BatchStatements> m_statements;
    QVector<QVariant> m_values; // the pending rows' values, row after row
    QVector<int> m_lines;
};

} // namespace sc
