#include "MainActions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace sc {

MainActions::MainActions(QUndoStack* undoStack, int tabCount, QWidget* window)
    : QObject(window), m_undoStack(undoStack)
{
    // Named, so that tests and later parts of the window find an action without a getter.
    auto make = [window](const QString& name, const QKeySequence& shortcut) {
        auto* action = new QAction(window);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        return action;
    };
    open = make(QStringLiteral("open"), QKeySequence::Open);
    importData = make(QStringLiteral("importData"), QKeySequence(Qt::CTRL | Qt::Key_I));
    exportData = make(QStringLiteral("exportData"), QKeySequence(Qt::CTRL | Qt::Key_E));
    connectServer =
        make(QStringLiteral("connectServer"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    reconnect = make(QStringLiteral("reconnect"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    quit = make(QStringLiteral("quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack->createUndoAction(window);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    redo = undoStack->createRedoAction(window);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    newPairing = make(QStringLiteral("newPairing"), QKeySequence::New);
    newCity = make(QStringLiteral("newCity"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    // Enter and Delete act on the table that has the focus, not on a text field: the window adds
    // these two to its tables.
    edit = make(QStringLiteral("edit"), QKeySequence(Qt::Key_Return));
    edit->setShortcuts(
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)});
    edit->setShortcutContext(Qt::WidgetShortcut);
    remove = make(QStringLiteral("remove"), QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    copy = make(QStringLiteral("copy"), QKeySequence::Copy);

    reload = make(QStringLiteral("reload"), QKeySequence::Refresh);
    find = make(QStringLiteral("find"), QKeySequence::Find);
    clearFilters =
        make(QStringLiteral("clearFilters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    toggleFilters =
        make(QStringLiteral("toggleFilters"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    toggleFilters->setCheckable(true);
    toggleFilters->setChecked(true);
    toggleDetail =
        make(QStringLiteral("toggleDetail"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    toggleDetail->setCheckable(true);
    toggleDetail->setChecked(true);
    for (int tab = 0; tab < tabCount && tab < 9; ++tab)
        tabs << make(QStringLiteral("showTab%1").arg(tab + 1),
                     QKeySequence(Qt::CTRL | (Qt::Key_1 + tab)));

    aboutData = make(QStringLiteral("aboutData"), QKeySequence());
    about = make(QStringLiteral("about"), QKeySequence());
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(QStringLiteral("aboutQt"), QKeySequence());
    aboutQt->setMenuRole(QAction::AboutQtRole);

    // Each language is named in itself, so that a reader finds theirs whatever is shown now.
    m_languages = new QActionGroup(this);
    const QList<QPair<Language, QString>> languages = {
        {Language::En, QStringLiteral("English")},
        {Language::Zh, QStringLiteral("中文（简体）")},
        {Language::Ja, QStringLiteral("日本語")},
        {Language::Ko, QStringLiteral("한국어")},
    };
    for (const auto& [language, name] : languages) {
        QAction* action = m_languages->addAction(name);
        action->setCheckable(true);
        action->setData(language::code(language));
        connect(action, &QAction::triggered, this,
                [this, language = language] { emit languageChosen(language); });
    }
}

void MainActions::addMenusTo(QMenuBar* bar)
{
    m_file = bar->addMenu(QString());
    m_file->addActions({open, connectServer, reconnect});
    m_file->addSeparator();
    m_file->addActions({importData, exportData});
    m_file->addSeparator();
    m_file->addAction(quit);

    m_edit = bar->addMenu(QString());
    m_edit->addActions({undo, redo});
    m_edit->addSeparator();
    m_edit->addActions({newPairing, newCity, edit, remove});
    m_edit->addSeparator();
    m_edit->addAction(copy);

    m_view = bar->addMenu(QString());
    m_view->addActions({find, clearFilters, reload});
    m_view->addSeparator();
    m_view->addActions({toggleFilters, toggleDetail});
    m_view->addSeparator();
    m_view->addActions(tabs);

    m_language = bar->addMenu(QString());
    m_language->addActions(m_languages->actions());

    m_help = bar->addMenu(QString());
    m_help->addAction(aboutData);
    m_help->addSeparator();
    m_help->addActions({about, aboutQt});
}

void MainActions::retranslate(const QStringList& tabNames)
{
    m_file->setTitle(tr("&File"));
    m_edit->setTitle(tr("&Edit"));
    m_view->setTitle(tr("&View"));
    m_language->setTitle(tr("&Language"));
    m_help->setTitle(tr("&Help"));
    open->setText(tr("&Open Database…"));
    connectServer->setText(tr("Connect to &Server…"));
    reconnect->setText(tr("Reco&nnect to Server"));
    importData->setText(tr("&Import…"));
    exportData->setText(tr("&Export…"));
    quit->setText(tr("&Quit"));
    undo->setText(tr("&Undo"));
    redo->setText(tr("&Redo"));
    newPairing->setText(tr("&New Pairing…"));
    newCity->setText(tr("New &City…"));
    edit->setText(tr("&Edit Selected…"));
    remove->setText(tr("&Delete Selected"));
    copy->setText(tr("&Copy Rows"));
    reload->setText(tr("&Reload"));
    find->setText(tr("&Find City…"));
    clearFilters->setText(tr("C&lear All Filters"));
    toggleFilters->setText(tr("&Filter Panel"));
    toggleDetail->setText(tr("&Detail Pane"));
    for (int tab = 0; tab < tabs.size() && tab < tabNames.size(); ++tab)
        tabs.at(tab)->setText(tr("Show %1").arg(tabNames.at(tab)));
    aboutData->setText(tr("About the &Data"));
    about->setText(tr("&About Sister Cities"));
    aboutQt->setText(tr("About &Qt"));
}

void MainActions::setCurrentLanguage(Language language)
{
    for (QAction* action : m_languages->actions())
        action->setChecked(action->data().toString() == language::code(language));
}

void MainActions::enable(bool writable, bool selected, bool server, bool lost)
{
    newPairing->setEnabled(writable);
    importData->setEnabled(writable);
    newCity->setEnabled(writable);
    edit->setEnabled(writable && selected);
    remove->setEnabled(writable && selected);
    // The stack's own actions follow canUndo() only: they must also follow `writable`.
    undo->setEnabled(writable && m_undoStack->canUndo());
    redo->setEnabled(writable && m_undoStack->canRedo());
    reconnect->setVisible(server);
    reconnect->setEnabled(lost);
}

} // namespace sc
