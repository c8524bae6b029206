#pragma once

#include "RecordCommand.h"
#include "RecordSnapshot.h"

namespace sc {

// The three edits of a record, for any record type with a repository offering add, update and
// remove(id, rowVersion) and a RecordSnapshot reader: pairings and cities today.
using SnapshotReader = RecordSnapshot (*)(Database&, qint64);

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

// Writes `after` over `before`; undo writes `before` back. Each write is refused when the row's
// version is not the one this command left.
template <class Repository, class Record> class EditRecordCommand final : public RecordCommand {
public:
    EditRecordCommand(Database& database, const Record& before, const Record& after,
                      const QString& text)
        : RecordCommand(database, text), m_before(before), m_after(after),
          m_version(before.rowVersion)
    {
    }

protected:
    void apply() override { write(m_after); }
    void revert() override { write(m_before); }

private:
    void write(Record record)
    {
        record.rowVersion = m_version;
        Repository(database()).update(record);
        ++m_version;
    }
    Record m_before;
    Record m_after;
    int m_version;
};

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
