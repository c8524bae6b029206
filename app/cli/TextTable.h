#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace sc::cli {

// Rows aligned in columns for a terminal, counting CJK characters as two columns wide.
class TextTable final {
public:
    explicit TextTable(QStringList header) : m_header(std::move(header)) {}
    void add(QStringList row) { m_rows << std::move(row); }
    QString render() const;

    // Terminal columns `text` takes: East Asian wide and fullwidth characters count twice.
    static int displayWidth(const QString& text);

private:
    QStringList m_header;
    QVector<QStringList> m_rows;
};

} // namespace sc::cli
