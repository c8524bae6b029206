#pragma once

#include <QStringList>

namespace sc::cityrecord {

// The columns of the cities exchange format, in the order export writes them and import reads
// them (by name, in any order): country, division, level, the five names, source.
QStringList columns();

} // namespace sc::cityrecord
