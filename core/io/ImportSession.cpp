#include "ImportSession.h"

#include "CsvWriter.h"

#include "../Error.h"
#include "../NameNormaliser.h"
#include "../ReferenceData.h"
#include "../SourceRepository.h"
#include "../model/Source.h"

#include <QCoreApplication>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::ImportSession", text);
}

bool looksLikeUrl(const QString& text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

} // namespace

ImportSession::ImportSession(Database& database, const CsvReader& csv, const ColumnMap& map,
                             ImportReport& report)
    : m_database(database), m_csv(csv), m_map(map), m_report(report)
{
    m_report.encoding = csv.encoding();
    m_report.encodingDetected = csv.encodingDetected();
    m_report.delimiter = csv.delimiter();
    m_report.rows = int(csv.records().size());
    m_report.blankLines = csv.blankLines();
}

void ImportSession::reportReadProblems()
{
    const QStringList& header = m_csv.header();
    const QVector<CsvReader::Problem>& problems = m_csv.problems();
    for (; m_problemsReported < problems.size(); ++m_problemsReported) {
        const CsvReader::Problem& problem = problems.at(m_problemsReported);
        const QString column = problem.field > 0 && problem.field <= header.size()
                                   ? header.at(problem.field - 1)
                               : problem.field > 0 ? tr("field %1").arg(problem.field)
                                                   : QString();
        m_report.addProblem(problem.line, column, problem.reason);
    }
}

void ImportSession::finishReading(int rows)
{
    reportReadProblems();
    m_report.rows = rows;
    m_report.blankLines = m_csv.blankLines();
    for (int i = 0; i < m_csv.unnamedColumnsWithData(); ++i)
        m_report.addProblem(
            m_csv.headerLine(), QString(),
            tr("column %1 has no name, and would be lost").arg(m_csv.namedWidth() + i + 1));
}

bool ImportSession::checkHeader(const QStringList& required)
{
    const QStringList& header = m_csv.header();
    reportReadProblems();
    if (header.isEmpty()) {
        if (m_report.problems.isEmpty())
            m_report.addProblem(0, QString(), tr("the file holds no header row and no data"));
        return false;
    }
    bool readable = true;
    for (const QString& field : required) {
        if (m_map.column(field) < 0) {
            m_report.addProblem(m_csv.headerLine(), field,
                                tr("the header has no column \"%1\"").arg(field));
            readable = false;
        }
    }
    for (const int column : m_map.unmatched(int(header.size())))
        m_report.addProblem(
            m_csv.headerLine(), header.at(column),
            header.at(column).isEmpty()
                ? tr("column %1 has no name, and would be lost").arg(column + 1)
                : tr("unknown column \"%1\", which would be lost").arg(header.at(column)));
    return readable;
}

QString ImportSession::value(const CsvReader::Record& record, const QString& field) const
{
    return valueAt(record, m_map.column(field));
}

QString ImportSession::valueAt(const CsvReader::Record& record, int column)
{
    if (column < 0 || column >= record.fields.size())
        return {};
    return csv::undefused(record.fields.at(column).trimmed());
}

std::optional<QString> ImportSession::name(int line, const QString& column, const QString& text)
{
    if (text.isEmpty())
        return QString();
    const NameNormaliser::Result result = NameNormaliser::normalise(text);
    if (!result.ok()) {
        m_report.addProblem(line, column,
                            NameNormaliser::visible(ImportReport::excerpt(text)) +
                                QLatin1Char(' ') + result.problem);
        return std::nullopt;
    }
    for (const QString& note : result.notes)
        m_report.addNotice(line, column, note);
    return result.name;
}

CityNameIndex& ImportSession::cities()
{
    if (!m_cities)
        m_cities = std::make_unique<CityNameIndex>(m_database);
    return *m_cities;
}

bool ImportSession::checkText(int line, const QString& column, const QString& text, bool multiline)
{
    // Sources and notes may hold what names may not (a zero-width joiner in an emoji, a TAB),
    // but no control character and no bidirectional control, which would reorder the text.
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool allowed = u == '\t' || (multiline && (u == '\n' || u == '\r'));
        const bool control = u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F);
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
        if ((control && !allowed) || bidi) {
            m_report.addProblem(
                line, column,
                tr("holds %1, which no such field may hold").arg(NameNormaliser::whyRefused(u)));
            return false;
        }
    }
    return true;
}

std::optional<QString> ImportSession::country(int line, const QString& column, const QString& text)
{
    if (text.isEmpty()) {
        m_report.addProblem(line, column, tr("missing country code"));
        return std::nullopt;
    }
    if (!m_countries.contains(text)) {
        try {
            m_countries.insert(text, ReferenceData(m_database).resolveCountry(text));
        } catch (const Error& error) {
            if (error.kind() != Error::Kind::NotFound && error.kind() != Error::Kind::Invalid)
                throw;
            m_countries.insert(text, QString());
            m_countryErrors.insert(
                text, tr("unknown country code \"%1\" (an ISO 3166-1 code such as CN, JP, KR, or a "
                         "country's name in Chinese, Japanese, Korean or English)")
                          .arg(ImportReport::excerpt(text)));
        }
    }
    const QString code = m_countries.value(text);
    if (code.isEmpty()) {
        m_report.addProblem(line, column, m_countryErrors.value(text));
        return std::nullopt;
    }
    return code;
}

std::optional<QString> ImportSession::division(int line, const QString& column, const QString& text,
                                               const QString& country)
{
    if (text.isEmpty())
        return QString();
    const QString key = country + QLatin1Char('\x1f') + text;
    if (!m_divisions.contains(key)) {
        try {
            m_divisions.insert(key, ReferenceData(m_database).resolveDivision(text, country));
        } catch (const Error& error) {
            if (error.kind() != Error::Kind::NotFound && error.kind() != Error::Kind::Invalid)
                throw;
            m_divisions.insert(key, QString());
            m_divisionErrors.insert(key, error.kind() == Error::Kind::NotFound
                                             ? tr("unknown division \"%1\" in %2 (an ISO "
                                                  "3166-2 code or a name in any language)")
                                                   .arg(ImportReport::excerpt(text), country)
                                             : error.message());
        }
    }
    const QString code = m_divisions.value(key);
    if (code.isEmpty()) {
        m_report.addProblem(line, column, m_divisionErrors.value(key));
        return std::nullopt;
    }
    return code;
}

qint64 ImportSession::source(int line, const QString& column, const QString& text)
{
    if (const auto it = m_sources.constFind(text); it != m_sources.constEnd())
        return *it;
    SourceRepository sources(m_database);
    qint64 id = 0;
    if (const auto existing = sources.find(text)) {
        id = *existing;
    } else {
        Source source;
        source.title = text;
        if (looksLikeUrl(text))
            source.url = text;
        id = sources.add(source);
        ++m_report.sourcesCreated;
        m_report.addNotice(line, column, tr("new source \"%1\"").arg(ImportReport::excerpt(text)));
    }
    m_sources.insert(text, id);
    return id;
}

} // namespace sc
