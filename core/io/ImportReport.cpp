#include "ImportReport.h"

#include "../Error.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QTemporaryFile>

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

void ImportReport::addNotice(int line, const QString& column, const QString& reason)
{
    if (notices.size() < kNoticesKept) {
        notices.push_back({line, column, reason});
        return;
    }
    if (!spilledNotices) {
        spilledNotices = std::make_shared<QTemporaryFile>();
        if (!spilledNotices->open())
            throw Error(Error::Kind::Io,
                        QCoreApplication::translate("sc::ImportReport",
                                                    "cannot write a temporary file (%1)")
                            .arg(spilledNotices->errorString()));
    }
    QDataStream out(spilledNotices.get());
    out << qint32(line) << column << reason;
    ++spilledCount;
}

void ImportReport::forEachNotice(const std::function<void(const ImportIssue&)>& visit) const
{
    for (const ImportIssue& notice : notices)
        visit(notice);
    if (!spilledNotices)
        return;
    spilledNotices->flush();
    QFile again(spilledNotices->fileName());
    if (!again.open(QIODevice::ReadOnly))
        return;
    QDataStream in(&again);
    for (int i = 0; i < spilledCount; ++i) {
        qint32 line = 0;
        ImportIssue notice;
        in >> line >> notice.column >> notice.reason;
        notice.line = line;
        visit(notice);
    }
}

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
    QStringList out;
    forEachNotice([&out, &file](const ImportIssue& notice) { out << format(file, notice); });
    return out;
}

} // namespace sc
