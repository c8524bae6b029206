#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sc {

// A fact file of the bundled dataset (resources/dataset/FORMAT.md): TAB-separated, one header
// row, no quoting. Every row keeps its line number so that an error can name file, line, field.
class TsvTable final {
public:
    struct Row {
        int line = 0;
        QStringList fields;
    };

    // Reads `path` and checks that its header is exactly `columns` and that every row has as
    // many fields. Throws Error::Kind::Io or Invalid naming the file and line.
    static TsvTable read(const QString& path, const QStringList& columns);

    const QString& path() const { return m_path; }
    const QVector<Row>& rows() const { return m_rows; }
    QString value(const Row& row, const QString& column) const
    {
        return row.fields.at(m_index.value(column));
    }
    // "file:line: column: why", for errors about one field.
    QString where(const Row& row, const QString& column) const;

private:
    QString m_path;
    QHash<QString, int> m_index;
    QVector<Row> m_rows;
};

} // namespace sc
