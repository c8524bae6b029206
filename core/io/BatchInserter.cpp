#include "BatchInserter.h"

#include "BatchStatements.h"

#include "../Database.h"
#include "../SqlDialect.h"

namespace sc {

BatchInserter::BatchInserter(Database& database, const QString& table, const QStringList& columns,
                             Refused refused)
    : m_columns(int(columns.size())), m_refused(std::move(refused)),
      m_statements(database.dialect().batchStatements(database.connection(), table, columns))
{
    m_values.reserve(kRowsPerStatement * m_columns);
    m_lines.reserve(kRowsPerStatement);
}

BatchInserter::~BatchInserter() = default;

void BatchInserter::add(int line, QVariantList values)
{
    Q_ASSERT(values.size() == m_columns);
    m_values.append(std::move(values));
    m_lines.push_back(line);
}

void BatchInserter::flush()
{
    const int total = pending();
    for (int first = 0; first < total; first += kRowsPerStatement) {
        const int rows = qMin(kRowsPerStatement, total - first);
        if (m_statements->write(m_values.constData() + first * m_columns, rows))
            continue;
        // Which rows the database refused, each named by its line: one at a time.
        for (int row = first; row < first + rows; ++row)
            if (!m_statements->write(m_values.constData() + row * m_columns, 1))
                m_refused(m_lines.at(row), m_statements->lastError());
    }
    m_values.clear();
    m_lines.clear();
}

} // namespace sc
