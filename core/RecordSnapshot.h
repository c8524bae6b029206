#pragma once

#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace sc {

class Database;

// A record exactly as stored, with the rows that belong to it, so that undoing a delete brings
// back the same id, the same values and the same row_version: not a look-alike.
class RecordSnapshot final {
public:
    // A pairing with its pairing_sources rows. Throws Error::Kind::NotFound.
    static RecordSnapshot ofPairing(Database& database, qint64 id);
    static RecordSnapshot ofCity(Database& database, qint64 id);

    // Inserts the rows again. Call inside a Transaction. Throws Error::Kind::Conflict when the
    // id, or for a pairing the same two cities, has been taken meanwhile.
    void restore(Database& database) const;

    qint64 id() const { return m_id; }
    int rowVersion() const;
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    struct Row {
        QString table;
        QStringList columns;
        QVariantList values;
    };
    static QVector<Row> read(Database& database, const QString& table, const QString& key,
                             qint64 id);

    QString m_table;
    qint64 m_id = 0;
    QVector<Row> m_rows; // the record first, then its dependants
};

} // namespace sc
