// One main() for every test executable: Qt needs an application object, and widget tests need
// a platform even on a machine without a display (gtest_discover_tests runs this at build time).
#include <QApplication>
#include <QStandardPaths>

#include "TestBackend.h"

#include <gtest/gtest.h>

#include <string>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and the user's database go to a test location, never to the real ones.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SisterCitiesTests"));
    QApplication::setApplicationName(QStringLiteral("sistercities-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    // Suites named PgServer* need a PostgreSQL server: with-postgres.sh starts one and sets the
    // backend (ctest -L postgresql). Elsewhere they are left out of the list instead of skipped,
    // so that gtest_discover_tests never registers a test that cannot run.
    if (!testbackend::isPostgres()) {
        std::string filter = ::testing::GTEST_FLAG(filter);
        filter += filter.find('-') == std::string::npos ? "-" : ":";
        filter += "PgServer*";
        ::testing::GTEST_FLAG(filter) = filter;
    }
    return RUN_ALL_TESTS();
}
