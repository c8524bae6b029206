#pragma once

#include "RecordCommand.h"

namespace sc {

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

} // namespace sc
