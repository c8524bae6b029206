#pragma once

#include <QString>

namespace sc {

// One finding about one field of one row: a problem refuses the import, a notice (a city or a
// source that was created) only tells.
struct ImportIssue {
    int line = 0;   // the physical line the row starts on (1-based)
    QString column; // the header name, empty when the whole row is meant
    QString reason;
};

} // namespace sc
