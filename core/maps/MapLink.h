#pragma once

#include <QString>

namespace sc {

// Pairs between two divisions, drawn as one arc. `from` sorts before `to`.
struct MapLink {
    QString from;
    QString to;
    int count = 0;
};

} // namespace sc
