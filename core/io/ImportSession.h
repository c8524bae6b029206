#pragma once

#include "CityNameIndex.h"
#include "ColumnMap.h"
#include "CsvReader.h"
#include "ImportReport.h"

#include <QHash>

#include <memory>
#include <optional>

namespace sc {

class Database;

// What the pairing and city importers share: the file's own problems in the report, the header
// checked against the fields, and lookups of countries, divisions and sources that are cached,
// since a file names the same few thousand of them over and over.
class ImportSession final {
public:
    ImportSession(Database& database, const CsvReader& csv, const ColumnMap& map,
                  ImportReport& report);

    // Reports the file's own problems, fields the map lacks from `required`, and columns that
    // feed nothing. False when the rows cannot be read at all (no header, a required field
    // missing).
    bool checkHeader(const QStringList& required);
    // Reports the file's problems found since the last call (a streamed file finds them as it
    // is read), and, once it is read through, the rows and blank lines it held and the unnamed
    // columns that hold data.
    void reportReadProblems();
    void finishReading(int rows);

    // The field's text in `record`, trimmed and read back from the spreadsheet-safe form of
    // csv::defused(); empty when the field is not mapped.
    QString value(const CsvReader::Record& record, const QString& field) const;
    // value() of the file column `column` (ImportSession::column()), -1 for a field not mapped:
    // for the fields read from every row, whose columns are looked up once.
    static QString valueAt(const CsvReader::Record& record, int column);
    int column(const QString& field) const { return m_map.column(field); }

    // A country code; nullopt after reporting why not.
    std::optional<QString> country(int line, const QString& column, const QString& text);
    // A division code of `country` (empty text: empty code); nullopt after reporting why not.
    std::optional<QString> division(int line, const QString& column, const QString& text,
                                    const QString& country);
    // The id of the source with this URL or title, created (and reported) when new.
    qint64 source(int line, const QString& column, const QString& text);
    // A name through NameNormaliser: the name to store (empty for empty text), or nullopt after
    // reporting why it is refused; what normalising stripped is reported as a notice.
    std::optional<QString> name(int line, const QString& column, const QString& text);
    // The cities of the database by name, read on first use.
    CityNameIndex& cities();
    // Reports a field that holds characters no name may hold (NUL and other control codes).
    bool checkText(int line, const QString& column, const QString& text, bool multiline = false);

    Database& database() { return m_database; }
    ImportReport& report() { return m_report; }

private:
    Database& m_database;
    const CsvReader& m_csv;
    const ColumnMap& m_map;
    ImportReport& m_report;
    qsizetype m_problemsReported = 0;    // of m_csv.problems()
    QHash<QString, QString> m_countries; // text -> code, or "" when unknown
    QHash<QString, QString> m_countryErrors;
    QHash<QString, QString> m_divisions; // country + text -> code
    QHash<QString, QString> m_divisionErrors;
    QHash<QString, qint64> m_sources;
    std::unique_ptr<CityNameIndex> m_cities;
};

} // namespace sc
