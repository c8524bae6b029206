#include "ImportIssueList.h"

#include "io/ImportReport.h"

#include <QLocale>

namespace sc {

namespace {

// Shown problems and notices stop here: a file with thousands of bad rows has made its point.
constexpr int kShownIssues = 500;

} // namespace

ImportIssueList::ImportIssueList(QWidget* parent) : QListWidget(parent)
{
    setWordWrap(true);
}

void ImportIssueList::showIssues(const ImportReport& report, const QString& file)
{
    clear();
    int shown = 0;
    for (const ImportIssue& issue : report.problems) {
        if (shown++ == kShownIssues)
            break;
        auto* item = new QListWidgetItem(ImportReport::format(file, issue), this);
        item->setForeground(QColor(160, 20, 20));
    }
    for (const ImportIssue& issue : report.notices) {
        if (shown++ >= kShownIssues)
            break;
        auto* item = new QListWidgetItem(ImportReport::format(file, issue), this);
        item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    const qsizetype all = report.problems.size() + report.notices.size();
    if (all > kShownIssues)
        addItem(tr("… and %1 more").arg(QLocale().toString(all - kShownIssues)));
}

} // namespace sc
