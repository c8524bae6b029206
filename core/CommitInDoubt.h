#pragma once

#include "Error.h"

namespace sc {

// A COMMIT sent to a server whose answer never came: the connection died between the two, so
// the transaction may or may not have committed. Only the server knows, once it can be asked
// again: Database::wasCommitted(token()) after Database::reconnect(). Until then the change must
// be reported neither as saved nor as failed.
class CommitInDoubt final : public Error {
public:
    CommitInDoubt(const QString& message, qint64 token)
        : Error(Error::Kind::Database, message), m_token(token)
    {
    }

    // The server's id of the transaction (PostgreSQL's txid_current()).
    qint64 token() const { return m_token; }

private:
    qint64 m_token;
};

} // namespace sc
