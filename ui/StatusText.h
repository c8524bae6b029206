#pragma once

#include <QCoreApplication>
#include <QString>

namespace sc {

class Database;
class MainTabs;
struct Statistics;

// The main window's words about what it shows: its title (the file, read-only or not) and its
// status line, which counts what the current tab shows.
class StatusText final {
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    static QString title(const Database& database);
    // `totals` are the whole database's (they change only with the file or an edit).
    static QString line(const MainTabs& tabs, const Statistics& totals, const Database& database);
};

} // namespace sc
