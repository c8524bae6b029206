#include "DatabaseRecoveryDialog.h"

#include "Error.h"
#include "dataset/BundledDataset.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace sc {

DatabaseRecoveryDialog::DatabaseRecoveryDialog(const QString& problem, Database::Mode mode,
                                               QWidget* parent, Exit exit)
    : QDialog(parent), m_mode(mode)
{
    setWindowTitle(tr("The Database Cannot Be Opened"));

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto* heading = new QLabel(tr("The database cannot be opened."), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* advice = new QLabel(tr("The file was left exactly as it was. Open another database, "
                                 "or restore the dataset that comes with Sister Cities into a "
                                 "new file; the damaged file can be kept for repair."),
                              this);
    advice->setWordWrap(true);

    m_open = new QPushButton(tr("&Open Another Database…"), this);
    m_restore = new QPushButton(tr("&Restore the Bundled Dataset…"), this);
    m_quit =
        new QPushButton(exit == Exit::Quit ? tr("&Quit") : tr("&Keep the Current Database"), this);
    m_open->setObjectName(QStringLiteral("openOther"));
    m_restore->setObjectName(QStringLiteral("restore"));
    m_quit->setObjectName(QStringLiteral("quit"));
    m_open->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_quit, QDialogButtonBox::RejectRole);
    connect(m_open, &QPushButton::clicked, this, &DatabaseRecoveryDialog::chooseOther);
    connect(m_restore, &QPushButton::clicked, this, &DatabaseRecoveryDialog::chooseRestore);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(m_problem);
    text->addWidget(advice);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    showProblem(problem);
    // Wide enough for the message, and never narrower than the three buttons side by side (the
    // way out from File → Open has the longest words).
    const QMargins margins = layout->contentsMargins();
    setMinimumWidth(std::max(fontMetrics().averageCharWidth() * 70,
                             buttons->sizeHint().width() + margins.left() + margins.right()));
}

std::unique_ptr<Database> DatabaseRecoveryDialog::recover(const QString& problem,
                                                          Database::Mode mode, QWidget* parent)
{
    DatabaseRecoveryDialog dialog(problem, mode, parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return dialog.takeDatabase();
}

void DatabaseRecoveryDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
}

bool DatabaseRecoveryDialog::openOther(const QString& path)
{
    try {
        m_database = Database::open(path, m_mode);
    } catch (const Error& error) {
        showProblem(error.message());
        return false;
    }
    accept();
    return true;
}

bool DatabaseRecoveryDialog::restoreInto(const QString& path)
{
    try {
        m_database = bundled::createDatabase(path);
    } catch (const Error& error) {
        showProblem(error.message());
        return false;
    }
    accept();
    return true;
}

void DatabaseRecoveryDialog::chooseOther()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Database"), QDir::homePath(),
                                     tr("Sister Cities databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openOther(path);
}

void DatabaseRecoveryDialog::chooseRestore()
{
    // A new file only: QFileDialog asks before it names an existing one, and createDatabase()
    // refuses one that exists, so the damaged file cannot be chosen as the target.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Restore the Bundled Dataset Into"),
        QDir(QDir::homePath()).filePath(QStringLiteral("sistercities.sqlite")),
        tr("Sister Cities databases (*.sqlite *.db)"));
    if (!path.isEmpty())
        restoreInto(path);
}

} // namespace sc
