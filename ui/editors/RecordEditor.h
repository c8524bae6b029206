#pragma once

#include "Language.h"
#include "model/City.h"
#include "model/Pairing.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

class QDialog;
class QUndoStack;
class QWidget;

namespace sc {

class CityDialog;
class Database;
class PairingDialog;
class RecordCommand;

// Every edit of pairings and cities, as undoable commands on one stack: the dialogs wired to
// it, and deletion with its checks. The main window only decides what is selected.
class RecordEditor final : public QObject {
    Q_OBJECT

public:
    RecordEditor(Database& database, QUndoStack* stack, QWidget* dialogParent);
    ~RecordEditor() override;

    // What was in doubt on the database before is no longer asked about.
    void setDatabase(Database& database);
    Database& database() const { return *m_database; }
    void setLanguage(Language language) { m_language = language; }

    // The dialogs, wired to the stack but not shown.
    PairingDialog* createPairingDialog(const std::optional<Pairing>& existing);
    CityDialog* createCityDialog(const std::optional<City>& existing);
    // Show the dialog of a new record, or of the stored record `id` (nothing when there is
    // none): window-modal, deleted when closed.
    void newPairing();
    void editPairing(qint64 id);
    void newCity();
    void editCity(qint64 id);
    // Runs an edit and puts it on the stack. Throws Error when it is refused; CommitInDoubt
    // when the server's answer to its COMMIT was lost: it is kept until resolveInDoubt().
    void perform(std::unique_ptr<RecordCommand> command);
    // After the connection is back: asks the server what became of each edit, undo or redo
    // whose COMMIT went unanswered, and says so through resolved(). An edit that was saved goes
    // on the stack then, as if its answer had come. Asks again a moment later while the server
    // cannot tell yet.
    void resolveInDoubt();
    bool hasInDoubt() const { return !m_inDoubt.empty(); }
    // Deletes (undoably); a refusal is reported through refused(). Returns whether it happened.
    bool deletePairing(qint64 id);
    bool deleteCity(qint64 id);

signals:
    // An edit, undo or redo that was refused, in words for the user.
    void refused(const QString& title, const QString& message);
    // A COMMIT's answer was lost: the connection is most likely gone.
    void commitInDoubt();
    // What became of a change in doubt, in words for the user.
    void resolved(const QString& title, const QString& message);

private:
    static void show(QDialog* dialog);
    qint64 createCityNamed(const QString& name);

    struct InDoubt {
        QString action;
        qint64 token = 0;
        std::unique_ptr<RecordCommand> command; // a first run; none for an undo or a redo
        int asked = 0;
    };
    std::vector<InDoubt> m_inDoubt;

    Database* m_database;
    QUndoStack* m_stack;
    QWidget* m_dialogParent;
    Language m_language = Language::En;
};

} // namespace sc
