#include "ServerConnectDialog.h"

#include "Error.h"
#include "ServerAddress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace sc {

namespace {

const char* const kRecentKey = "servers/recent";
constexpr int kRecentCount = 8;

} // namespace

ServerConnectDialog::ServerConnectDialog(Connect connectTo, QWidget* parent)
    : QDialog(parent), m_connect(std::move(connectTo))
{
    setObjectName(QStringLiteral("serverConnect"));
    setWindowTitle(tr("Connect to Server"));

    m_byAddress = new QRadioButton(tr("&Address or service name"), this);
    m_byAddress->setObjectName(QStringLiteral("byAddress"));
    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setEditable(true);
    m_address->addItems(recentServers());
    const QString example = tr("postgresql://user@host:5432/database or service=NAME");
    m_address->lineEdit()->setPlaceholderText(example);
    // Wide enough for the whole example in every language (the Japanese one is longer).
    m_address->setMinimumWidth(
        std::max(420, m_address->fontMetrics().horizontalAdvance(example) + 48));

    m_byParts = new QRadioButton(tr("&Host and database"), this);
    m_byParts->setObjectName(QStringLiteral("byParts"));
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("sistercities"), this);
    m_database->setObjectName(QStringLiteral("database"));
    // libpq's own default is the login name.
    m_user = new QLineEdit(qEnvironmentVariable("USER"), this);
    m_user->setObjectName(QStringLiteral("user"));
    auto* parts = new QFormLayout;
    parts->addRow(tr("Host:"), m_host);
    parts->addRow(tr("Port:"), m_port);
    parts->addRow(tr("Database:"), m_database);
    parts->addRow(tr("User:"), m_user);
    parts->setContentsMargins(24, 0, 0, 0);

    m_readOnly = new QCheckBox(tr("Open &read-only"), this);
    m_readOnly->setObjectName(QStringLiteral("readOnly"));
    auto* note = new QLabel(tr("The password comes from ~/.pgpass, PGPASSWORD or a service file; "
                               "without one you are asked for it. It is never stored."),
                            this);
    note->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_byAddress);
    auto* addressRow = new QVBoxLayout;
    addressRow->setContentsMargins(24, 0, 0, 0);
    addressRow->addWidget(m_address);
    layout->addLayout(addressRow);
    layout->addWidget(m_byParts);
    layout->addLayout(parts);
    layout->addWidget(m_readOnly);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // The last server first when there is one; else the parts, with their defaults.
    (m_address->count() > 0 ? m_byAddress : m_byParts)->setChecked(true);
    connect(m_byAddress, &QRadioButton::toggled, this, &ServerConnectDialog::updateFields);
    updateFields();
}

void ServerConnectDialog::updateFields()
{
    const bool address = m_byAddress->isChecked();
    m_address->setEnabled(address);
    for (QWidget* field : {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port),
                           static_cast<QWidget*>(m_database), static_cast<QWidget*>(m_user)})
        field->setEnabled(!address);
    (address ? static_cast<QWidget*>(m_address) : m_host)->setFocus();
}

QString ServerConnectDialog::location() const
{
    m_locationProblem.clear();
    QString out;
    if (m_byAddress->isChecked()) {
        out = m_address->currentText().trimmed();
    } else {
        const QString host = m_host->text().trimmed();
        const QString database = m_database->text().trimmed();
        if (host.isEmpty() || database.isEmpty()) {
            m_locationProblem = tr("A host and a database are needed.");
            return QString();
        }
        QUrl url;
        url.setScheme(QStringLiteral("postgresql"));
        url.setHost(host);
        url.setPort(m_port->value());
        url.setUserName(m_user->text().trimmed());
        url.setPath(QLatin1Char('/') + database);
        out = url.toString();
    }
    if (out.isEmpty()) {
        m_locationProblem = tr("Give the server's address, or its host and database.");
        return QString();
    }
    try {
        ServerAddress::parse(out);
    } catch (const Error& error) {
        m_locationProblem = error.message();
        return QString();
    }
    return out;
}

void ServerConnectDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void ServerConnectDialog::accept()
{
    const QString where = location();
    if (where.isEmpty()) {
        showProblem(m_locationProblem);
        return;
    }
    showProblem(QString());
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString refusal = m_connect(where, m_readOnly->isChecked());
    QGuiApplication::restoreOverrideCursor();
    if (!refusal.isEmpty()) {
        showProblem(tr("Could not connect: %1").arg(refusal));
        return;
    }
    remember(where);
    QDialog::accept();
}

QStringList ServerConnectDialog::recentServers()
{
    QStringList out;
    // Only addresses ever get here; one with a password would be dropped (ServerAddress
    // refuses it), should a hand-edited settings file hold one.
    for (const QString& location : QSettings().value(QLatin1String(kRecentKey)).toStringList()) {
        try {
            ServerAddress::parse(location);
            out << location;
        } catch (const Error&) {
        }
    }
    return out;
}

void ServerConnectDialog::remember(const QString& location)
{
    QStringList recent = recentServers();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > kRecentCount)
        recent.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), recent);
}

} // namespace sc
