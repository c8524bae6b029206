#pragma once

#include "RecordCommand.h"
#include "RecordSnapshot.h"
#include "SnapshotReader.h"

namespace sc {

// Removes a record; undo inserts exactly the rows that were removed (same id, same values, its
// dependent rows such as pairing_sources).
template <class Repository> class DeleteRecordCommand final : public RecordCommand {
public:
    DeleteRecordCommand(Database& database, qint64 id, int rowVersion, SnapshotReader reader,
                        const QString& text)
        : RecordCommand(database, text), m_id(id), m_version(rowVersion), m_reader(reader)
    {
    }

protected:
    void apply() override
    {
        m_snapshot = m_reader(database(), m_id);
        Repository(database()).remove(m_id, m_version);
    }
    void revert() override { m_snapshot.restore(database()); }

private:
    qint64 m_id;
    int m_version;
    SnapshotReader m_reader;
    RecordSnapshot m_snapshot;
};

} // namespace sc
