#pragma once

#include "Database.h"

#include <memory>

namespace sc {

// The dataset that ships inside the application (resources/dataset/, compiled in as :/dataset),
// and the database a user gets on first start.
namespace bundled {

QString factsDir(); // ":/dataset"

// Creates `path` with the newest schema and the bundled dataset, or when `empty` only its
// reference tables (countries and divisions, which an import needs to place cities). The file is
// built under a temporary name and renamed into place, so a failure or a crash never leaves a
// half-built database at `path`. Refuses a path that exists. `path` may name a server's empty
// database (ServerAddress), which then gets the schema and the dataset.
std::unique_ptr<Database> createDatabase(const QString& path, bool empty = false);

// The user's own database: under QStandardPaths::AppDataLocation.
QString defaultDatabasePath();

// Opens the user's database, creating it from the bundled dataset on first start.
std::unique_ptr<Database> openDefault(Database::Mode mode);

} // namespace bundled
} // namespace sc
