#pragma once

#include "RecordCommand.h"
#include "RecordSnapshot.h"
#include "SnapshotReader.h"

namespace sc {

// Adds a record. Undo removes it (if nobody changed it since); redo brings back the same row.
template <class Repository, class Record> class AddRecordCommand final : public RecordCommand {
public:
    AddRecordCommand(Database& database, const Record& record, SnapshotReader reader,
                     const QString& text)
        : RecordCommand(database, text), m_record(record), m_reader(reader)
    {
    }

protected:
    void apply() override
    {
        if (m_snapshot.isEmpty()) {
            m_id = Repository(database()).add(m_record);
            m_version = m_reader(database(), m_id).rowVersion();
        } else {
            m_snapshot.restore(database());
        }
    }
    void revert() override
    {
        m_snapshot = m_reader(database(), m_id);
        Repository(database()).remove(m_id, m_version);
    }

private:
    Record m_record;
    SnapshotReader m_reader;
    RecordSnapshot m_snapshot;
    qint64 m_id = 0;
    int m_version = 0;
};

} // namespace sc
