#pragma once

#include <QListWidget>

namespace sc {

struct ImportReport;

// What checking an import file found: its problems in red, then its notices, each as
// "file:line:column: reason". A file with thousands of bad rows has made its point after a few
// hundred, so the list stops there and says how many more there are.
class ImportIssueList final : public QListWidget {
    Q_OBJECT

public:
    explicit ImportIssueList(QWidget* parent = nullptr);

    // `file` is the name the lines start with.
    void showIssues(const ImportReport& report, const QString& file);
};

} // namespace sc
