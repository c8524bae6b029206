#include "MainWindow.h"

#include "Error.h"
#include "Statistics.h"
#include "tables/PairingTableModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace sc {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent), m_database(std::move(database))
{
    m_view = new QTableView(this);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_view);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);

    createActions();
    createMenus();
    attachModel();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_view->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/pairingColumns")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open Database…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFile);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_copyAction = new QAction(tr("&Copy Rows"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelection);

    m_reloadAction = new QAction(tr("&Reload"), this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, [this] { m_model->reload(); });

    m_aboutAction = new QAction(tr("&About Sister Cities"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Each language is named in itself, so that a reader finds theirs whatever is shown now.
    m_languageGroup = new QActionGroup(this);
    const QList<QPair<Language, QString>> languages = {
        {Language::En, QStringLiteral("English")},
        {Language::Zh, QStringLiteral("中文（简体）")},
        {Language::Ja, QStringLiteral("日本語")},
        {Language::Ko, QStringLiteral("한국어")},
    };
    for (const auto& [language, name] : languages) {
        QAction* action = m_languageGroup->addAction(name);
        action->setCheckable(true);
        action->setData(language::code(language));
        action->setChecked(language == m_language);
        connect(action, &QAction::triggered, this,
                [this, language = language] { setDataLanguage(language); });
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_reloadAction);

    QMenu* languageMenu = menuBar()->addMenu(tr("&Language"));
    languageMenu->addActions(m_languageGroup->actions());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::attachModel()
{
    auto* model = new PairingTableModel(*m_database, this);
    model->setLanguage(m_language);
    m_view->setModel(model);
    delete m_model;
    m_model = model;
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    connect(m_model, &PairingTableModel::countChanged, this, &MainWindow::updateStatus);
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    QString title = tr("Sister Cities — %1").arg(QFileInfo(m_database->path()).fileName());
    if (m_database->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(title);
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateStatus()
{
    const Statistics stats = Statistics::of(*m_database);
    m_statusLabel->setText(tr("%1 of %2 pairings · %3 cities · %4 countries · %5")
                               .arg(m_model->matchingCount())
                               .arg(stats.pairings)
                               .arg(stats.cities)
                               .arg(stats.countries)
                               .arg(QDir::toNativeSeparators(m_database->path())));
}

bool MainWindow::openDatabase(const QString& path, Database::Mode mode)
{
    try {
        auto database = Database::open(path, mode);
        m_view->setModel(nullptr);
        delete m_model;
        m_model = nullptr;
        m_database = std::move(database);
        attachModel();
        QSettings().setValue(QStringLiteral("lastDatabase"), path);
        return true;
    } catch (const Error& error) {
        QMessageBox::critical(this, tr("Cannot open the database"), error.message());
        return false;
    }
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_database->path()).absolutePath(),
        tr("Sister Cities databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path, Database::Mode::ReadWrite);
}

void MainWindow::setDataLanguage(Language language)
{
    m_language = language;
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language::code(language));
    m_model->setLanguage(language);
}

void MainWindow::copySelection()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QStringList lines;
    for (const QModelIndex& index : rows) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells << m_model->index(index.row(), column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Sister Cities"),
        tr("<h3>Sister Cities %1</h3><p>The sister-city relationships between China, Japan and "
           "Korea, after the 2018 report 中日韩友好城市发展报告 (CPAFFC and Shandong "
           "University).</p><p>Every pairing carries its source.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/pairingColumns"),
                      m_view->horizontalHeader()->saveState());
    event->accept();
}

} // namespace sc
