#include "ServerPasswordPrompt.h"

#include "Error.h"
#include "ServerAddress.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::ServerPasswordPrompt", text);
}

} // namespace

bool ServerPasswordPrompt::wantsPassword(const QString& error)
{
    // libpq's words ("no password supplied", "password authentication failed"): the server
    // sends no code before the session exists.
    return error.contains(QLatin1String("password"));
}

QInputDialog* ServerPasswordPrompt::create(const QString& location, const QString& problem,
                                           QWidget* parent)
{
    auto* dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("serverPassword"));
    dialog->setWindowTitle(tr("Server Password"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextEchoMode(QLineEdit::Password);
    QString label = tr("Password for %1:").arg(location);
    if (!problem.isEmpty())
        label = problem.trimmed() + QStringLiteral("\n\n") + label;
    label += QStringLiteral("\n") + tr("It is used for this connection only and never stored.");
    dialog->setLabelText(label);
    dialog->setMinimumWidth(460);
    return dialog;
}

std::unique_ptr<Database> ServerPasswordPrompt::open(const QString& location, Database::Mode mode,
                                                     QWidget* parent)
{
    try {
        return Database::open(location, mode);
    } catch (const Error& error) {
        if (!ServerAddress::isServer(location) || !wantsPassword(error.message()))
            throw;
        QString problem = error.message();
        for (int attempt = 0; attempt < 3; ++attempt) {
            // exec(): nothing can go on without the answer.
            std::unique_ptr<QInputDialog> dialog(
                create(location, attempt == 0 ? QString() : problem, parent));
            if (dialog->exec() != QDialog::Accepted)
                break;
            const QString password = dialog->textValue();
            try {
                return Database::open(location, mode, password);
            } catch (const Error& again) {
                if (!wantsPassword(again.message()))
                    throw;
                problem = again.message();
            }
        }
        throw Error(error.kind(), problem);
    }
}

} // namespace sc
