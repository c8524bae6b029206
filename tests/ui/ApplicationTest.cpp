// The GUI's application object catches an error that escapes an event handler: the program goes
// on and the message is kept. Its own main(), since it must be the one application object.
#include "Application.h"
#include "Error.h"

#include <QEvent>
#include <QTimer>

#include <gtest/gtest.h>

namespace {

class Failing : public QObject {
public:
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::User)
            throw sc::Error(sc::Error::Kind::Database, QStringLiteral("disk I/O error"));
        return QObject::event(event);
    }
};

sc::Application* app = nullptr;

} // namespace

TEST(Application, AnErrorEscapingAnEventHandlerIsReportedNotFatal)
{
    Failing failing;
    QEvent event(QEvent::User);
    EXPECT_NO_THROW(QCoreApplication::sendEvent(&failing, &event));
    EXPECT_EQ(app->lastError(), "disk I/O error");

    // The same from a slot run by the event loop.
    bool ranAfter = false;
    QTimer::singleShot(
        0, &failing, [] { throw sc::Error(sc::Error::Kind::Io, QStringLiteral("no space left")); });
    QTimer::singleShot(0, [&ranAfter] { ranAfter = true; });
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(app->lastError(), "no space left");
    EXPECT_TRUE(ranAfter);
}

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    sc::Application application(argc, argv);
    app = &application;
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
