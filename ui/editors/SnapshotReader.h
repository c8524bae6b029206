#pragma once

#include "RecordSnapshot.h"

#include <QtGlobal>

namespace sc {

class Database;

// Add/Edit/DeleteRecordCommand are the three edits of a record, for any record type with a
// repository offering add, update and remove(id, rowVersion) and a RecordSnapshot reader (pairings
// and cities today); this reader is how the add and delete commands capture the rows they restore.
using SnapshotReader = RecordSnapshot (*)(Database&, qint64);

} // namespace sc
