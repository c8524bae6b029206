// One main() for every test executable: Qt needs an application object, and widget tests need
// a platform even on a machine without a display (gtest_discover_tests runs this at build time).
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "TestBackend.h"

#include <gtest/gtest.h>

#include <string>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and the user's database go to a test location, never to the real ones. Test
    // mode puts it under $HOME/.qttest, which every checkout on the machine would share (a
    // build on an older schema then meets a file a newer build upgraded): each build tree gets
    // a home of its own. Not for a test run again as an ordinary user (AsOrdinaryUser.h),
    // which may not write there and keeps the home it was given.
    const QString home = QStringLiteral(SISTERCITIES_TEST_HOME);
    if (QDir().mkpath(home) && QFileInfo(home).isWritable())
        qputenv("HOME", QFile::encodeName(home));
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
