#pragma once

#include "Database.h"

#include <QString>

#include <functional>
#include <memory>

namespace sc {

// The database the application starts with: the one the command line names (--db), else the
// one used last while it can still be opened, else the user's own. A server's address never
// reaches the file code: a server that cannot be reached is said to be so (pointing to File →
// Connect to Server…) and the user's own register opens instead, whereas a file that is refused
// is left to the recovery dialog, which offers another file or a new copy of the bundled data.
class StartupDatabase final {
public:
    using Warn = std::function<void(const QString& message)>;

    // The database, or nullptr with `refusal` set to why a file was refused (the recovery
    // dialog's case). `warn` shows a message that does not stop the start.
    static std::unique_ptr<Database> open(const QString& requested, const QString& last,
                                          Database::Mode mode, const Warn& warn, QString& refusal);
};

} // namespace sc
