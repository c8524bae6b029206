#include "ui/BrowseFixture.h"

#include "FilterPanel.h"
#include "MainWindow.h"
#include "PairingQuery.h"
#include "editors/CityDialog.h"
#include "editors/CityField.h"
#include "editors/EditRecordCommand.h"
#include "editors/PairingDialog.h"
#include "ui/WindowParts.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace sc;

namespace {

// Every field but row_version, which must grow with each write.
void expectSameContent(const Pairing& a, const Pairing& b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.key, b.key);
    EXPECT_EQ(a.cityA, b.cityA);
    EXPECT_EQ(a.cityB, b.cityB);
    EXPECT_EQ(a.established, b.established);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.dateBasis, b.dateBasis);
    EXPECT_EQ(a.note, b.note);
    EXPECT_EQ(a.sourceId, b.sourceId);
}

// Two generated cities that are not paired yet.
std::pair<qint64, qint64> unpairedCities(Database& db, const testdata::GeneratedDatabase& data)
{
    for (const auto& a : data.cities)
        for (const auto& b : data.cities)
            if (a.id != b.id && !PairingRepository(db).findPair(a.id, b.id))
                return {a.id, b.id};
    return {0, 0};
}

// A field of an edit dialog, found by its object name as the user finds it by its label.
template <typename T = QLineEdit> T* field(const QDialog* dialog, const char* name)
{
    return parts::child<T>(*dialog, name);
}
// Picks the entry of the combo box `name` that stands for `code`, as a user picks it.
void choose(const QDialog* dialog, const char* name, const char* code)
{
    auto* box = field<QComboBox>(dialog, name);
    box->setCurrentIndex(box->findData(QString::fromUtf8(code)));
    ASSERT_EQ(box->currentData().toString(), QString::fromUtf8(code));
}
// What the dialog says is wrong, as it shows it.
QString problemOf(const QDialog* dialog)
{
    return field<QLabel>(dialog, "problem")->text();
}

} // namespace

TEST_F(BrowseTest, PairingDialogExplainsEveryBadInput)
{
    MainWindow window(open());
    Database& db = parts::database(window);
    PairingDialog* dialog = parts::editor(window).createPairingDialog(std::nullopt);
    bool offered = false;
    dialog->setCreateCity([&](const QString& name) {
        offered = name == "Atlantis";
        return qint64(0);
    });
    auto expectProblem = [&](const char* part) {
        const QString problem = dialog->validate();
        EXPECT_TRUE(problem.contains(part, Qt::CaseInsensitive))
            << "expected \"" << part << "\" in: " << problem.toStdString();
    };
    expectProblem("enter a city name");

    field<CityField>(dialog, "cityA")->setText("Atlantis");
    expectProblem("no city is called “Atlantis”");
    EXPECT_FALSE(field<QPushButton>(dialog, "createCity")->isHidden());
    field<QPushButton>(dialog, "createCity")->click();
    EXPECT_TRUE(offered);

    const auto [a, b] = unpairedCities(db, data());
    field<CityField>(dialog, "cityA")->setCity(a);
    field<CityField>(dialog, "cityB")->setCity(a);
    expectProblem("paired with itself");

    // A name typed in any language finds the city: the Chinese name of city b.
    const auto cityB = CityRepository(db).get(b);
    field<CityField>(dialog, "cityB")->setText(cityB->names.zh);
    EXPECT_EQ(field<CityField>(dialog, "cityB")->resolve().id, b);
    expectProblem("needs a source");

    field<QComboBox>(dialog, "source")->setCurrentIndex(1);
    field(dialog, "established")->setText("1982-13");
    expectProblem("date established");
    field(dialog, "established")->setText(QString::number(QDate::currentDate().year() + 1));
    expectProblem("future");
    field(dialog, "established")->setText("1982-05");
    EXPECT_EQ(dialog->validate(), QString());

    // An existing pair in the other order is a duplicate.
    const auto& existing = data().pairs.first();
    field<CityField>(dialog, "cityA")->setCity(data().cities.at(existing.b).id);
    field<CityField>(dialog, "cityB")->setCity(data().cities.at(existing.a).id);
    expectProblem("paired already");
    delete dialog;
}

TEST_F(BrowseTest, AddingAPairingIsStoredAndUndoneAndRedone)
{
    MainWindow window(open());
    Database& db = parts::database(window);
    const int before = PairingQuery(db).total();
    const auto [a, b] = unpairedCities(db, data());

    PairingDialog* dialog = parts::editor(window).createPairingDialog(std::nullopt);
    field<CityField>(dialog, "cityA")->setCity(a);
    field<CityField>(dialog, "cityB")->setCity(b);
    field(dialog, "established")->setText("2001-04-05");
    choose(dialog, "status", "dormant");
    choose(dialog, "kind", "friendship");
    field<QComboBox>(dialog, "source")->setCurrentIndex(1);
    field<QPlainTextEdit>(dialog, "note")->setPlainText("added by a test");
    dialog->accept();
    EXPECT_EQ(dialog->result(), QDialog::Accepted) << problemOf(dialog).toStdString();
    delete dialog;

    const auto id = PairingRepository(db).findPair(a, b);
    ASSERT_TRUE(id);
    const auto stored = PairingRepository(db).get(*id);
    EXPECT_EQ(stored->established, "2001-04-05");
    EXPECT_EQ(stored->status, "dormant");
    EXPECT_EQ(stored->kind, "friendship");
    EXPECT_EQ(stored->note, "added by a test");
    EXPECT_EQ(PairingQuery(db).total(), before + 1);
    EXPECT_TRUE(parts::statusText(window).contains(QString("%1 of %1").arg(before + 1)));
    const QVariantList raw = rawRow(db, "pairings", "id", *id);

    parts::child<QUndoStack>(window, "undoStack")->undo();
    EXPECT_FALSE(PairingRepository(db).get(*id));
    EXPECT_EQ(PairingQuery(db).total(), before);
    parts::child<QUndoStack>(window, "undoStack")->redo();
    // The same row comes back: same id, same values.
    EXPECT_EQ(rawRow(db, "pairings", "id", *id), raw);
}

TEST_F(BrowseTest, EditingAPairingIsUndoneToThePreviousRowExactly)
{
    MainWindow window(open());
    Database& db = parts::database(window);
    const qint64 id = data().pairs.at(3).id;
    const Pairing original = *PairingRepository(db).get(id);

    PairingDialog* dialog = parts::editor(window).createPairingDialog(original);
    field(dialog, "established")->setText("1999");
    field(dialog, "dateBasis")->setText("agreement signed");
    field<QPlainTextEdit>(dialog, "note")->setPlainText("corrected");
    dialog->accept();
    ASSERT_EQ(dialog->result(), QDialog::Accepted) << problemOf(dialog).toStdString();
    delete dialog;
    const Pairing edited = *PairingRepository(db).get(id);
    EXPECT_EQ(edited.established, "1999");
    EXPECT_EQ(edited.dateBasis, "agreement signed");
    EXPECT_EQ(edited.note, "corrected");
    EXPECT_EQ(edited.rowVersion, original.rowVersion + 1);

    parts::child<QUndoStack>(window, "undoStack")->undo();
    expectSameContent(*PairingRepository(db).get(id), original);
    parts::child<QUndoStack>(window, "undoStack")->redo();
    expectSameContent(*PairingRepository(db).get(id), edited);
    parts::child<QUndoStack>(window, "undoStack")->undo();
    expectSameContent(*PairingRepository(db).get(id), original);
}

TEST_F(BrowseTest, DeletingAPairingIsUndoneWithItsSources)
{
    MainWindow window(open());
    Database& db = parts::database(window);
    const qint64 id = data().pairs.at(7).id;
    const qint64 extra = SourceRepository(db).add({0, {}, "Another", {}, {}, {}, {}, 0});
    sql::run(db.connection(),
             "INSERT INTO pairing_sources (pairing_id, source_id, established, note) "
             "VALUES (?, ?, '1985', 'x')",
             {id, extra});
    const QVariantList row = rawRow(db, "pairings", "id", id);
    const QVariantList links = rawRow(db, "pairing_sources", "pairing_id", id);

    parts::child<QAction>(window, "reload")->trigger();
    parts::selectPairing(window, id);
    ASSERT_EQ(parts::selectedPairingId(window), id);
    parts::child<QAction>(window, "remove")->trigger();
    EXPECT_TRUE(rawRow(db, "pairings", "id", id).isEmpty());
    EXPECT_TRUE(rawRow(db, "pairing_sources", "pairing_id", id).isEmpty());
    parts::child<QUndoStack>(window, "undoStack")->undo();
    EXPECT_EQ(rawRow(db, "pairings", "id", id), row);
    EXPECT_EQ(rawRow(db, "pairing_sources", "pairing_id", id), links);
    parts::child<QUndoStack>(window, "undoStack")->redo();
    EXPECT_TRUE(rawRow(db, "pairings", "id", id).isEmpty());
}

TEST_F(BrowseTest, CityDialogValidatesAndCitiesWithPairingsAreNotDeleted)
{
    MainWindow window(open());
    Database& db = parts::database(window);
    CityDialog* dialog = parts::editor(window).createCityDialog(std::nullopt);
    choose(dialog, "country", "JP");
    EXPECT_TRUE(dialog->validate().contains("native name"));
    dialog->nameField("native")->setText("新しい町");
    field(dialog, "latitude")->setText("north");
    EXPECT_TRUE(dialog->validate().contains("not a number")) << problemOf(dialog).toStdString();
    field(dialog, "latitude")->setText("95");
    EXPECT_TRUE(dialog->validate().contains("outside -90")) << problemOf(dialog).toStdString();
    field(dialog, "latitude")->setText("35.5");
    choose(dialog, "division", "JP-13");
    dialog->nameField("en")->setText("New Town");
    EXPECT_EQ(dialog->validate(), QString());
    dialog->accept();
    ASSERT_EQ(dialog->result(), QDialog::Accepted) << problemOf(dialog).toStdString();
    delete dialog;
    const QVector<qint64> ids = CityRepository(db).findByName("New Town", "JP");
    ASSERT_EQ(ids.size(), 1);
    EXPECT_EQ(CityRepository(db).get(ids[0])->division, "JP-13");
    parts::child<QUndoStack>(window, "undoStack")->undo();
    EXPECT_TRUE(CityRepository(db).findByName("New Town").isEmpty());
    parts::child<QUndoStack>(window, "undoStack")->redo();
    EXPECT_EQ(CityRepository(db).findByName("New Town"), ids);

    // A city with pairings: refused, with how many.
    const qint64 busy = data().cities.at(data().pairs.first().a).id;
    const int count = CityRepository(db).pairingCount(busy);
    parts::child<QTabWidget>(window, "tabs")->setCurrentIndex(MainTabs::CitiesTab);
    parts::child<FilterPanel>(window, "filterPanel")->setFilter([&] {
        PairingFilter f;
        f.search = data().cities.at(data().pairs.first().a).nameEn;
        return f;
    }());
    QTableView* view = parts::tableView(window, MainTabs::CitiesTab);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data(Qt::UserRole).toLongLong() == busy)
            view->setCurrentIndex(view->model()->index(row, 0));
    ASSERT_EQ(parts::selectedCityId(window), busy);
    parts::child<QAction>(window, "remove")->trigger();
    EXPECT_TRUE(CityRepository(db).get(busy));
    EXPECT_TRUE(parts::lastMessage(window).contains(QString("%1 pairing").arg(count)))
        << parts::lastMessage(window).toStdString();
}

TEST_F(BrowseTest, ASaveOverAChangeMadeElsewhereIsRefusedWithBothVersions)
{
    MainWindow window(open());
    auto other = open(); // a second connection: another window or process
    const qint64 id = data().pairs.at(11).id;
    const Pairing read = *PairingRepository(parts::database(window)).get(id);

    PairingDialog* dialog = parts::editor(window).createPairingDialog(read);
    field<QPlainTextEdit>(dialog, "note")->setPlainText("mine");

    Pairing theirs = read;
    theirs.note = "theirs";
    PairingRepository(*other).update(theirs);

    dialog->accept();
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(problemOf(dialog).contains("changed elsewhere")) << problemOf(dialog).toStdString();
    EXPECT_TRUE(problemOf(dialog).contains("Note: theirs"));
    EXPECT_TRUE(problemOf(dialog).contains("Note: mine"));
    EXPECT_EQ(field<QPlainTextEdit>(dialog, "note")->toPlainText(), "mine"); // the input is kept
    EXPECT_EQ(PairingRepository(*other).get(id)->note, "theirs");
    EXPECT_EQ(parts::child<QUndoStack>(window, "undoStack")->count(), 0);
    delete dialog;
}

TEST_F(BrowseTest, AnUndoOverAChangeMadeElsewhereIsRefusedAndReported)
{
    MainWindow window(open());
    auto other = open();
    const qint64 id = data().pairs.at(12).id;
    const Pairing read = *PairingRepository(parts::database(window)).get(id);
    Pairing mine = read;
    mine.note = "mine";
    parts::editor(window).perform(std::make_unique<EditRecordCommand<PairingRepository, Pairing>>(
        parts::database(window), read, mine, "edit"));

    Pairing theirs = *PairingRepository(*other).get(id);
    theirs.note = "theirs";
    PairingRepository(*other).update(theirs);

    parts::child<QUndoStack>(window, "undoStack")->undo();
    EXPECT_EQ(PairingRepository(*other).get(id)->note, "theirs");
    EXPECT_TRUE(parts::lastMessage(window).contains("refused"))
        << parts::lastMessage(window).toStdString();
    EXPECT_EQ(parts::child<QUndoStack>(window, "undoStack")->count(),
              0); // the stale step left the history
}

// The dialogs store names as import does (NameNormaliser): a name that import would refuse is
// refused here, with the same reason; edges are trimmed of invisible characters.
TEST_F(BrowseTest, CityAndPairingDialogsCheckNamesAsImportDoes)
{
    MainWindow window(open());
    CityDialog* dialog = parts::editor(window).createCityDialog(std::nullopt);
    choose(dialog, "country", "JP");
    dialog->nameField("native")->setText(QStringLiteral("Yang\u200Bzhou"));
    EXPECT_EQ(dialog->validate(),
              "The native name \"Yang<U+200B>zhou\" holds the invisible character U+200B at "
              "character 5, which no name may hold.");
    dialog->nameField("native")->setText(QStringLiteral("Nara"));
    dialog->nameField("en")->setText(QStringLiteral("abc\u202Eexe"));
    EXPECT_TRUE(dialog->validate().contains("bidirectional control U+202E"))
        << problemOf(dialog).toStdString();
    dialog->nameField("en")->setText(QStringLiteral(" \uFEFFNara\u200B "));
    EXPECT_EQ(dialog->validate(), QString());
    EXPECT_EQ(dialog->city().names.en, "Nara");
    EXPECT_EQ(dialog->city().names.native, "Nara");
    delete dialog;

    PairingDialog* pairing = parts::editor(window).createPairingDialog(std::nullopt);
    field<CityField>(pairing, "cityA")->setText(QStringLiteral("A\u0085B"));
    EXPECT_EQ(pairing->validate(),
              "City: \"A<U+0085>B\" holds the control character U+0085 at character 2, which no "
              "name may hold");
    delete pairing;
}
