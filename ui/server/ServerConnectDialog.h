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
// its database. A server connected to is remembered, without any password.
class ServerConnectDialog final : public QDialog {
    Q_OBJECT

public:
    // Connects to `location`; returns the refusal in words, or an empty string on success.
    using Connect = std::function<QString(const QString& location, bool readOnly)>;

    explicit ServerConnectDialog(Connect connectTo, QWidget* parent = nullptr);

    // The location the fields name, or an empty string with the reason in problem().
    QString location() const;
    QString problem() const;

    // The servers connected to lately, the latest first (QSettings "servers/recent").
    static QStringList recentServers();
    static void remember(const QString& location);

    QComboBox* addressField() const { return m_address; }
    QRadioButton* byAddress() const { return m_byAddress; }
    QRadioButton* byParts() const { return m_byParts; }
    QLineEdit* hostField() const { return m_host; }
    QSpinBox* portField() const { return m_port; }
    QLineEdit* databaseField() const { return m_database; }
    QLineEdit* userField() const { return m_user; }
    QCheckBox* readOnlyBox() const { return m_readOnly; }

public slots:
    // Tries the connection: closes the dialog when it worked, else shows why and stays.
    void accept() override;

private:
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
