#include "CsvReader.h"

#include "../Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::CsvReader", text);
}

bool blank(const QStringList& fields)
{
    for (const QString& field : fields)
        if (!field.trimmed().isEmpty())
            return false;
    return true;
}

// Which field of a record starting at the beginning of `line` the end of `line` falls in.
int fieldAtEnd(const QString& line, QChar delimiter)
{
    int field = 1;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == delimiter && !quoted)
            ++field;
    }
    return field;
}

bool endOfField(QChar c, QChar delimiter)
{
    return c == delimiter || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

} // namespace

CsvReader::CsvReader(const QByteArray& bytes, const QString& encoding, QChar delimiter)
{
    build(DecodedText::decode(bytes, encoding), delimiter);
}

CsvReader CsvReader::fromFile(const QString& path, const QString& encoding, QChar delimiter)
{
    // "file: reason", as every report line without a line number reads.
    if (QFileInfo(path).isDir())
        throw Error(Error::Kind::Io, tr("%1: is a folder, not a file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw Error(Error::Kind::Io, tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    return CsvReader(bytes, encoding, delimiter);
}

void CsvReader::dropEmptyUnnamedColumns(int namedWidth)
{
    if (namedWidth <= 0 || namedWidth >= m_header.size())
        return;
    for (const Record& record : std::as_const(m_records))
        for (qsizetype i = namedWidth; i < record.fields.size(); ++i)
            if (!record.fields.at(i).trimmed().isEmpty())
                return;
    m_header.resize(namedWidth);
    for (Record& record : m_records)
        record.fields.resize(namedWidth);
}

QChar CsvReader::sniffDelimiter(const QString& text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        for (int i = 0; i < 3; ++i)
            if (!quoted && c == candidates[i])
                ++counts[i];
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

QVector<CsvReader::Record> CsvReader::parse(const QString& text, QChar delimiter,
                                            QVector<Problem>* problems, int* blankRecords)
{
    auto report = [problems](int line, int field, const QString& reason) {
        if (problems)
            problems->push_back({line, field, reason});
    };
    const QChar quote = QLatin1Char('"');
    QVector<Record> records;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        const int recordLine = line;
        QStringList fields;
        bool spoiled = false;
        for (;;) {
            QString field;
            if (i < n && text.at(i) == quote) {
                const int openLine = line;
                bool closed = false;
                for (++i; i < n; ++i) {
                    const QChar c = text.at(i);
                    if (c == quote) {
                        if (i + 1 < n && text.at(i + 1) == quote) {
                            field += quote;
                            ++i;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    // A line break inside a field is kept as LF whatever the file used.
                    if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                        if (c == QLatin1Char('\r') && i + 1 < n &&
                            text.at(i + 1) == QLatin1Char('\n'))
                            ++i;
                        field += QLatin1Char('\n');
                        ++line;
                        continue;
                    }
                    field += c;
                }
                if (!closed) {
                    report(
                        openLine, int(fields.size()) + 1,
                        tr("the quoted field that opens on line %1 is never closed").arg(openLine));
                    spoiled = true;
                    fields << field;
                    break;
                }
                if (i < n && !endOfField(text.at(i), delimiter)) {
                    report(line, int(fields.size()) + 1,
                           tr("text after the closing quote: quote the whole field and double "
                              "the quotes inside it"));
                    spoiled = true;
                    while (i < n && !endOfField(text.at(i), delimiter))
                        field += text.at(i++);
                }
            } else {
                // One slice of the text rather than a character at a time: most fields are
                // unquoted, and a million rows hold millions of them.
                const qsizetype start = i;
                while (i < n && !endOfField(text.at(i), delimiter))
                    ++i;
                field = text.mid(start, i - start);
            }
            fields << field;
            if (i >= n)
                break;
            if (text.at(i) == delimiter) {
                ++i;
                continue;
            }
            if (text.at(i) == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++i;
            ++line;
            break;
        }
        if (!spoiled && !blank(fields))
            records.push_back({recordLine, fields});
        else if (!spoiled && blankRecords)
            ++*blankRecords;
    }
    return records;
}

void CsvReader::build(const DecodedText& decoded, QChar delimiter)
{
    m_encoding = decoded.encoding();
    m_encodingDetected = decoded.detected();
    m_encodingRefused = decoded.refused();
    m_delimiter = delimiter.isNull() ? sniffDelimiter(decoded.text()) : delimiter;

    if (decoded.bomOnly())
        m_problems.push_back({0, 0,
                              tr("the file holds only a byte order mark: no header and no "
                                 "data")});
    QSet<int> badLines;
    for (const DecodedText::BadBytes& bad : decoded.badBytes()) {
        badLines.insert(bad.line);
        QString reason = tr("bytes that are not valid %1").arg(m_encoding);
        if (bad.value >= 0)
            reason += tr(" (byte 0x%1 at byte %2 of the line)")
                          .arg(QString::number(bad.value, 16).toUpper())
                          .arg(bad.column);
        if (decoded.refused() && decoded.tried().size() == 1)
            reason += tr(": the rest of the file is UTF-8, so it is not read as another encoding; "
                         "mend the bytes, or give the file's encoding (--encoding, or the "
                         "Encoding box of the import dialog)");
        else if (decoded.refused())
            reason += tr(", and the file reads as plausible text in none of %1: give its "
                         "encoding (--encoding, or the Encoding box of the import dialog)")
                          .arg(decoded.tried().join(QLatin1String(", ")));
        else if (m_encodingDetected)
            reason += tr(" (the encoding was detected; give the file's encoding if it is "
                         "another)");
        m_problems.push_back(
            {bad.line, bad.before.isNull() ? 0 : fieldAtEnd(bad.before, m_delimiter), reason});
    }

    QVector<Record> records = parse(decoded.text(), m_delimiter, &m_problems, &m_blankLines);
    // Spreadsheets export the empty columns right of a table too: header cells without a name,
    // whose cells hold nothing, are no columns. (One that holds data stays, and is reported.)
    int namedWidth = 0;
    for (const Record& record : records) {
        int lines = 1;
        for (const QString& field : record.fields)
            lines += int(field.count(QLatin1Char('\n')));
        bool spoiled = false;
        for (int l = record.line; l < record.line + lines && !badLines.isEmpty(); ++l)
            spoiled = spoiled || badLines.contains(l);
        if (spoiled && m_headerLine == 0) {
            // Without a readable header no record can be checked: the problem says why.
            m_headerLine = record.line;
            break;
        }
        if (spoiled)
            continue;
        if (m_headerLine == 0) {
            for (const QString& name : record.fields)
                m_header << name.trimmed();
            m_headerLine = record.line;
            namedWidth = int(m_header.size());
            while (namedWidth > 0 && m_header.at(namedWidth - 1).isEmpty())
                --namedWidth;
            continue;
        }
        QStringList fields = record.fields;
        // Spreadsheets sometimes add empty cells past the last column: nothing is lost there.
        while (fields.size() > namedWidth && fields.last().trimmed().isEmpty())
            fields.removeLast();
        if (fields.size() < m_header.size() && fields.size() >= namedWidth &&
            namedWidth < m_header.size())
            while (fields.size() < m_header.size())
                fields << QString();
        if (fields.size() != m_header.size()) {
            m_problems.push_back(
                {record.line, 0,
                 tr("%1 fields where the header has %2").arg(fields.size()).arg(m_header.size())});
            continue;
        }
        m_records.push_back({record.line, fields});
    }
    dropEmptyUnnamedColumns(namedWidth);
    std::sort(m_problems.begin(), m_problems.end(), [](const Problem& a, const Problem& b) {
        return a.line != b.line ? a.line < b.line : a.field < b.field;
    });
}

} // namespace sc
