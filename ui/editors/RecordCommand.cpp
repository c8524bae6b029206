#include "RecordCommand.h"

#include "Transaction.h"

#include <QCoreApplication>

namespace sc {

RecordCommand::RecordCommand(Database& database, const QString& text)
    : QUndoCommand(text), m_database(database)
{
}

void RecordCommand::execute()
{
    Transaction transaction(m_database);
    apply();
    transaction.commit();
    m_executed = true;
    m_skipNextRedo = true;
}

void RecordCommand::redo()
{
    // QUndoStack::push() calls redo() on a command that execute() has already run.
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    run(true);
}

void RecordCommand::undo()
{
    run(false);
}

void RecordCommand::run(bool forward)
{
    m_lastError.clear();
    try {
        Transaction transaction(m_database);
        forward ? apply() : revert();
        transaction.commit();
    } catch (const Error& error) {
        m_lastError = error.message();
        // The stack drops an obsolete command: its history no longer matches the database.
        setObsolete(true);
        if (m_onError)
            m_onError(forward
                          ? QCoreApplication::translate("sc::RecordCommand", "Redo %1").arg(text())
                          : QCoreApplication::translate("sc::RecordCommand", "Undo %1").arg(text()),
                      error);
    }
}

} // namespace sc
