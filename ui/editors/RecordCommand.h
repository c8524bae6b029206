#pragma once

#include "Error.h"

#include <QUndoCommand>

#include <functional>

namespace sc {

class Database;

// An edit of one record that can be undone and redone. Every run is one transaction, and every
// write checks the row_version it last saw, so an undo never overwrites someone else's change:
// it is refused and reported instead (the command then leaves the stack).
//
// The first run is execute(), before the command is pushed, so that a refused save reaches the
// dialog that asked for it (which keeps the user's input) rather than vanishing inside push().
class RecordCommand : public QUndoCommand {
public:
    using ErrorHandler = std::function<void(const QString& action, const Error& error)>;

    RecordCommand(Database& database, const QString& text);

    // Runs the edit for the first time. Throws Error; nothing is written then.
    void execute();
    // The first run committed although execute() could not tell (CommitInDoubt): the command
    // goes on the stack as if execute() had returned.
    void markExecuted()
    {
        m_executed = true;
        m_skipNextRedo = true;
    }
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }
    // The error of the last redo or undo, if it failed.
    const QString& lastError() const { return m_lastError; }

    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    Database& database() { return m_database; }

private:
    void run(bool forward);

    Database& m_database;
    ErrorHandler m_onError;
    QString m_lastError;
    bool m_executed = false;
    bool m_skipNextRedo = false;
};

} // namespace sc
