#include "StartupDatabase.h"

#include "Error.h"
#include "ServerAddress.h"
#include "ServerPasswordPrompt.h"
#include "dataset/BundledDataset.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::StartupDatabase", text);
}

QString unreachable(const QString& location, const QString& problem)
{
    return tr("Cannot connect to the server %1: %2\n\nYour own register is open instead. File → "
              "Connect to Server… tries the server again.")
        .arg(location, problem);
}

} // namespace

std::unique_ptr<Database> StartupDatabase::open(const QString& requested, const QString& last,
                                                Database::Mode mode, const Warn& warn,
                                                QString& refusal)
{
    refusal.clear();
    try {
        if (!requested.isEmpty() && !ServerAddress::isServer(requested))
            return ServerPasswordPrompt::open(requested, mode);
        if (!requested.isEmpty()) {
            try {
                return ServerPasswordPrompt::open(requested, mode);
            } catch (const Error& error) {
                warn(unreachable(requested, error.message()));
            }
        } else if (!last.isEmpty() && (ServerAddress::isServer(last) || QFileInfo::exists(last))) {
            // A server is remembered by its address, which holds no password.
            try {
                return ServerPasswordPrompt::open(last, mode);
            } catch (const Error& error) {
                warn(ServerAddress::isServer(last) ? unreachable(last, error.message())
                                                   : error.message());
            }
        }
        return bundled::openDefault(mode);
    } catch (const Error& error) {
        refusal = error.message();
        return nullptr;
    }
}

} // namespace sc
