#pragma once

#include "ImportIssue.h"
#include "ImportOptions.h"
#include "ImportProgress.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace sc {

// What an import found and did. Nothing was written unless `written`.
struct ImportReport {
    QVector<ImportIssue> problems;
    QVector<ImportIssue> notices;
    QString encoding;
    bool encodingDetected = false;
    QChar delimiter;
    int rows = 0;           // data rows in the file
    int blankLines = 0;     // blank and separator-only lines, skipped
    int added = 0;          // rows that were (or, in a dry run, would be) added
    int citiesCreated = 0;  // cities created for names the register did not have
    int sourcesCreated = 0; // sources created for URLs or titles not yet known
    bool written = false;
    bool cancelled = false;

    bool hasProblems() const { return !problems.isEmpty(); }
    void addProblem(int line, const QString& column, const QString& reason)
    {
        problems.push_back({line, column, reason});
    }
    void addNotice(int line, const QString& column, const QString& reason)
    {
        notices.push_back({line, column, reason});
    }
    // Problems and notices in the order of the file.
    void sort();

    // A value as a reason quotes it: a name thousands of characters long is cut short.
    static QString excerpt(const QString& text);
    // "file:line:column: reason" (the column left out when the whole row is meant).
    static QString format(const QString& file, const ImportIssue& issue);
    QStringList problemLines(const QString& file) const;
    QStringList noticeLines(const QString& file) const;
};

} // namespace sc
