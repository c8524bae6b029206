#pragma once

#include <QString>
#include <QVariant>

namespace sc {

// The statements one BatchInserter writes its rows with: INSERT ... VALUES (...), (...), ... of
// one table, prepared once for each number of rows. Each engine has its fastest way to bind a
// thousand values (SqlDialect::batchStatements): SQLite's C API on a file, QSqlQuery on a server.
class BatchStatements {
public:
    virtual ~BatchStatements() = default;

    // Writes `rows` rows whose values follow each other in `values`, in the order of the
    // columns. False when a constraint refuses the statement: none of its rows is written, the
    // transaction goes on, and lastError() says why. Anything else (a full disk, a lost
    // connection) throws Error::Kind::Database.
    virtual bool write(const QVariant* values, int rows) = 0;
    virtual QString lastError() const = 0;
};

} // namespace sc
