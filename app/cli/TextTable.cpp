#include "TextTable.h"

namespace sc::cli {

namespace {

bool isWide(char32_t c)
{
    // The East Asian Wide and Fullwidth blocks that city names use.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA960 && c <= 0xA97F) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString flatten(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return out;
}

} // namespace

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString TextTable::render() const
{
    QVector<int> widths(m_header.size(), 0);
    auto measure = [&widths](const QStringList& row) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(flatten(row.at(i))));
    };
    measure(m_header);
    for (const QStringList& row : m_rows)
        measure(row);

    auto line = [&widths](const QStringList& row) {
        QString out;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = flatten(row.value(i));
            out += cell;
            if (i + 1 < widths.size())
                out += QString(widths[i] - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(m_header);
    QStringList rule;
    for (int width : widths)
        rule << QString(width, QLatin1Char('-'));
    out += line(rule);
    for (const QStringList& row : m_rows)
        out += line(row);
    return out;
}

} // namespace sc::cli
