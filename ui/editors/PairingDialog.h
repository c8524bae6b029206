#pragma once

#include "Language.h"
#include "model/Pairing.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sc {

class CityField;
class Database;

// Adds or corrects a pairing. Every problem is explained before anything is written (unknown
// city, with an offer to create it; duplicate pair; self-pair; impossible or future date;
// missing source). Saving goes through `save`, which throws Error; a conflict with a change
// made elsewhere shows both versions and keeps what the user typed. Its fields by object name:
// "cityA", "cityB" (CityField), "established", "dateBasis", "status", "kind", "source", "note";
// the label "problem" and the button "createCity" that offers a city no one has entered yet.
class PairingDialog final : public QDialog {
    Q_OBJECT

public:
    // Stores `after`; `before` is the stored pairing it replaces (none for a new one).
    using Save = std::function<void(const std::optional<Pairing>& before, const Pairing& after)>;
    // Creates a city named `name` (after asking the user for its details); returns its id or 0.
    using CreateCity = std::function<qint64(const QString& name)>;

    PairingDialog(Database& database, Language language, const std::optional<Pairing>& existing,
                  QWidget* parent = nullptr);

    void setSave(Save save) { m_save = std::move(save); }
    void setCreateCity(CreateCity create) { m_createCity = std::move(create); }

    // The pairing as the widgets describe it (cities resolved where they can be).
    Pairing pairing() const;
    // Why the input cannot be saved, or empty. Also shown in the dialog.
    QString validate();

    // A pairing in words, one field a line, for messages.
    static QString describe(Database& database, const Pairing& pairing, Language language);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void createUnknownCity();

    Database& m_database;
    Language m_language;
    std::optional<Pairing> m_existing;
    Save m_save;
    CreateCity m_createCity;
    CityField* m_unknownField = nullptr;

    QFormLayout* m_form = nullptr;
    CityField* m_cityA = nullptr;
    CityField* m_cityB = nullptr;
    QLineEdit* m_established = nullptr;
    QLineEdit* m_dateBasis = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_source = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_createButton = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace sc
