// One main() for every test executable: Qt needs an application object, and widget tests need
// a platform even on a machine without a display (gtest_discover_tests runs this at build time).
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

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
    return RUN_ALL_TESTS();
}
