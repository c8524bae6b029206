#pragma once

#include "Database.h"

#include <QString>

#include <memory>

class QInputDialog;
class QWidget;

namespace sc {

// Opens a server's database, asking for the password when libpq found none in its own places
// (~/.pgpass, PGPASSWORD, the service file). The password typed is kept by the connection only,
// never stored; three wrong ones, or Cancel, end with the server's refusal as an Error.
class ServerPasswordPrompt final {
public:
    static std::unique_ptr<Database> open(const QString& location, Database::Mode mode,
                                          QWidget* parent = nullptr);
    // The prompt for `location`, not shown (open() shows it; tests look at it).
    static QInputDialog* create(const QString& location, const QString& problem,
                                QWidget* parent = nullptr);
    // Whether `error` is the server asking for a password (or refusing the one given).
    static bool wantsPassword(const QString& error);
};

} // namespace sc
