#include "ImportReport.h"

#include <algorithm>

namespace sc {

namespace {

void sortIssues(QVector<ImportIssue>& issues)
{
    std::stable_sort(issues.begin(), issues.end(),
                     [](const ImportIssue& a, const ImportIssue& b) { return a.line < b.line; });
}

QStringList lines(const QString& file, const QVector<ImportIssue>& issues)
{
    QStringList out;
    out.reserve(issues.size());
    for (const ImportIssue& issue : issues)
        out << ImportReport::format(file, issue);
    return out;
}

} // namespace

void ImportReport::sort()
{
    sortIssues(problems);
    sortIssues(notices);
}

QString ImportReport::excerpt(const QString& text)
{
    constexpr int kLongest = 80;
    return text.size() > kLongest ? text.left(kLongest) + QChar(0x2026) : text;
}

QString ImportReport::format(const QString& file, const ImportIssue& issue)
{
    QString out = file;
    if (issue.line > 0)
        out += QLatin1Char(':') + QString::number(issue.line);
    if (!issue.column.isEmpty())
        out += QLatin1Char(':') + issue.column;
    return out + QStringLiteral(": ") + issue.reason;
}

QStringList ImportReport::problemLines(const QString& file) const
{
    return lines(file, problems);
}

QStringList ImportReport::noticeLines(const QString& file) const
{
    return lines(file, notices);
}

} // namespace sc
