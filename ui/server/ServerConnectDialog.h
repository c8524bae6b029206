#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace sc {

// File → Connect to Server…: a PostgreSQL server named by its address (a postgresql:// URI or
// a libpq service name, with the servers used recently to choose from) or by its parts (host,
// port, database, user). No password field: libpq's own places give it, or the prompt asks.
// Connecting runs the connect function given; its refusal is shown here, and the window keeps
// its database. A server connected to is remembered, without any password. Tests find the
// fields by object name ("byAddress", "address", "byParts", "host", "port", "database", "user",
// "readOnly") and read the refusal in the label "problem".
class ServerConnectDialog final : public QDialog {
    Q_OBJECT

public:
    // Connects to `location`; returns the refusal in words, or an empty string on success.
    using Connect = std::function<QString(const QString& location, bool readOnly)>;

    explicit ServerConnectDialog(Connect connectTo, QWidget* parent = nullptr);

    // The servers connected to lately, the latest first (QSettings "servers/recent").
    static QStringList recentServers();
    static void remember(const QString& location);

public slots:
    // Tries the connection: closes the dialog when it worked, else shows why and stays.
    void accept() override;

private:
    // The location the fields name, or an empty string with the reason in m_locationProblem.
    QString location() const;
    void updateFields();
    void showProblem(const QString& text);

    Connect m_connect;
    QRadioButton* m_byAddress = nullptr;
    QRadioButton* m_byParts = nullptr;
    QComboBox* m_address = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QCheckBox* m_readOnly = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    mutable QString m_locationProblem;
};

} // namespace sc
