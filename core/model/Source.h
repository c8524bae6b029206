#pragma once

#include <QString>

namespace sc {

// Where a fact was read: every pairing points to one, and may list more.
struct Source {
    qint64 id = 0;
    QString key; // stable key of the bundled dataset, empty for sources staff add
    QString title;
    QString publisher;
    QString url;
    QString dateRead; // YYYY-MM-DD or empty
    QString licence;
    int rowVersion = 0;
};

} // namespace sc
