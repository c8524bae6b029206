#include "Application.h"

#include "Error.h"

#include <QMessageBox>
#include <QTimer>

namespace sc {

Application::Application(int& argc, char** argv) : QApplication(argc, argv)
{
}

bool Application::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const Error& error) {
        report(error.message());
    } catch (const std::exception& error) {
        report(QString::fromLocal8Bit(error.what()));
    }
    return false;
}

void Application::report(const QString& message)
{
    m_lastError = message;
    if (m_reporting || platformName() == QLatin1String("offscreen"))
        return;
    // Shown from the event loop, not from inside the handler that failed.
    m_reporting = true;
    QTimer::singleShot(0, this, [this, message] {
        QMessageBox::critical(activeWindow(), tr("Sister Cities"), message);
        m_reporting = false;
    });
}

} // namespace sc
