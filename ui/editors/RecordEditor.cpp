#include "RecordEditor.h"

#include "AddRecordCommand.h"
#include "CityDialog.h"
#include "CityRepository.h"
#include "CommitInDoubt.h"
#include "Database.h"
#include "DeleteRecordCommand.h"
#include "EditRecordCommand.h"
#include "Error.h"
#include "PairingDialog.h"
#include "PairingRepository.h"
#include "RecordSnapshot.h"

#include <QLineEdit>
#include <QTimer>
#include <QUndoStack>

namespace sc {

RecordEditor::RecordEditor(Database& database, QUndoStack* stack, QWidget* dialogParent)
    : QObject(stack), m_database(&database), m_stack(stack), m_dialogParent(dialogParent)
{
}

RecordEditor::~RecordEditor() = default;

void RecordEditor::setDatabase(Database& database)
{
    m_database = &database;
    m_inDoubt.clear();
}

namespace {

// While the old session finishes a commit the server cannot tell yet: asked again this often,
// this many times.
constexpr int kAskAgainMs = 500;
constexpr int kAskAtMost = 40;

} // namespace

void RecordEditor::perform(std::unique_ptr<RecordCommand> command)
{
    command->setErrorHandler([this](const QString& action, const Error& error) {
        if (const auto* doubt = dynamic_cast<const CommitInDoubt*>(&error)) {
            m_inDoubt.push_back({action, doubt->token(), nullptr, 0});
            emit refused(action, doubt->message());
            return;
        }
        emit refused(action, tr("%1 was refused: %2").arg(action, error.message()));
    });
    try {
        command->execute();
    } catch (const CommitInDoubt& doubt) {
        const QString action = command->text();
        m_inDoubt.push_back({action, doubt.token(), std::move(command), 0});
        emit commitInDoubt();
        throw;
    }
    m_stack->push(command.release());
}

void RecordEditor::resolveInDoubt()
{
    bool askAgain = false;
    for (auto it = m_inDoubt.begin(); it != m_inDoubt.end();) {
        const auto status = m_database->commitStatus(it->token);
        if (status == SqlDialect::CommitStatus::Unknown && ++it->asked < kAskAtMost) {
            askAgain = true;
            ++it;
            continue;
        }
        if (status == SqlDialect::CommitStatus::Committed) {
            QString text = tr("%1 was saved: the server committed it just before the connection "
                              "was lost.")
                               .arg(it->action);
            if (it->command) {
                it->command->markExecuted();
                m_stack->push(it->command.release());
                text += QLatin1Char(' ') + tr("Undo takes it back.");
            }
            emit resolved(tr("Saved"), text);
        } else if (status == SqlDialect::CommitStatus::RolledBack) {
            emit resolved(tr("Not saved"),
                          tr("%1 was not saved: the server did not commit it before the "
                             "connection was lost. Nothing of it was written; make the change "
                             "again.")
                              .arg(it->action));
        } else {
            emit resolved(tr("Not known whether saved"),
                          tr("Whether %1 was saved cannot be told by the server. Look at the "
                             "record before you make the change again.")
                              .arg(it->action));
        }
        it = m_inDoubt.erase(it);
    }
    if (askAgain)
        QTimer::singleShot(kAskAgainMs, this, &RecordEditor::resolveInDoubt);
}

PairingDialog* RecordEditor::createPairingDialog(const std::optional<Pairing>& existing)
{
    auto* dialog = new PairingDialog(*m_database, m_language, existing, m_dialogParent);
    dialog->setSave([this](const std::optional<Pairing>& before, const Pairing& after) {
        if (before)
            perform(std::make_unique<EditRecordCommand<PairingRepository, Pairing>>(
                *m_database, *before, after, tr("Edit pairing %1").arg(after.id)));
        else
            perform(std::make_unique<AddRecordCommand<PairingRepository, Pairing>>(
                *m_database, after, &RecordSnapshot::ofPairing, tr("Add pairing")));
    });
    dialog->setCreateCity([this](const QString& name) { return createCityNamed(name); });
    return dialog;
}

CityDialog* RecordEditor::createCityDialog(const std::optional<City>& existing)
{
    auto* dialog = new CityDialog(*m_database, m_language, existing, m_dialogParent);
    dialog->setSave([this](const std::optional<City>& before, const City& after) {
        if (before)
            perform(std::make_unique<EditRecordCommand<CityRepository, City>>(
                *m_database, *before, after, tr("Edit city %1").arg(after.names.native)));
        else
            perform(std::make_unique<AddRecordCommand<CityRepository, City>>(
                *m_database, after, &RecordSnapshot::ofCity,
                tr("Add city %1").arg(after.names.native)));
    });
    return dialog;
}

void RecordEditor::show(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): the window stays responsive, and tests are never blocked.
    dialog->open();
}

void RecordEditor::newPairing()
{
    show(createPairingDialog(std::nullopt));
}

void RecordEditor::editPairing(qint64 id)
{
    if (const auto pairing = PairingRepository(*m_database).get(id))
        show(createPairingDialog(pairing));
}

void RecordEditor::newCity()
{
    show(createCityDialog(std::nullopt));
}

void RecordEditor::editCity(qint64 id)
{
    if (const auto city = CityRepository(*m_database).get(id))
        show(createCityDialog(city));
}

qint64 RecordEditor::createCityNamed(const QString& name)
{
    // Asked from inside the pairing dialog, which waits for the answer.
    CityDialog* dialog = createCityDialog(std::nullopt);
    dialog->nameField(QStringLiteral("native"))->setText(name);
    const bool created = dialog->exec() == QDialog::Accepted;
    const City entered = dialog->city();
    delete dialog;
    if (!created)
        return 0;
    const QVector<qint64> ids =
        CityRepository(*m_database)
            .findByName(entered.names.native, entered.country, entered.division);
    return ids.isEmpty() ? 0 : ids.last();
}

bool RecordEditor::deletePairing(qint64 id)
{
    try {
        const auto pairing = PairingRepository(*m_database).get(id);
        if (!pairing)
            return false;
        perform(std::make_unique<DeleteRecordCommand<PairingRepository>>(
            *m_database, pairing->id, pairing->rowVersion, &RecordSnapshot::ofPairing,
            tr("Delete pairing %1").arg(pairing->id)));
        return true;
    } catch (const Error& error) {
        emit refused(tr("Delete Pairing"), error.message());
        return false;
    }
}

bool RecordEditor::deleteCity(qint64 id)
{
    try {
        const CityRepository cities(*m_database);
        const auto city = cities.get(id);
        if (!city)
            return false;
        if (const int n = cities.pairingCount(city->id); n > 0) {
            emit refused(tr("Delete City"),
                         tr("%1 still has %n pairing(s): delete or change them first.", nullptr, n)
                             .arg(city->names.display(m_language)));
            return false;
        }
        perform(std::make_unique<DeleteRecordCommand<CityRepository>>(
            *m_database, city->id, city->rowVersion, &RecordSnapshot::ofCity,
            tr("Delete city %1").arg(city->names.native)));
        return true;
    } catch (const Error& error) {
        emit refused(tr("Delete City"), error.message());
        return false;
    }
}

} // namespace sc
