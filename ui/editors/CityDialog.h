#pragma once

#include "Language.h"
#include "model/City.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace sc {

class Database;

// Adds or corrects a city: its country and division, level, names in every language, position
// and source. Problems are explained before anything is written; a conflict with a change made
// elsewhere shows both versions and keeps the input. Its fields by object name: "country",
// "division", "level", "latitude", "longitude", "source"; the label "problem" says what is wrong.
class CityDialog final : public QDialog {
    Q_OBJECT

public:
    using Save = std::function<void(const std::optional<City>& before, const City& after)>;

    CityDialog(Database& database, Language language, const std::optional<City>& existing,
               QWidget* parent = nullptr);

    void setSave(Save save) { m_save = std::move(save); }
    City city() const;
    // Why the input cannot be saved, or empty. Also shown in the dialog.
    QString validate();
    static QString describe(const City& city);

    // Where a name typed elsewhere (a pairing's unknown city) goes: native, zh, ja, ko, en.
    QLineEdit* nameField(const QString& which) const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void populateDivisions();
    // The coordinate typed in `field`, or nullopt when empty; `why` says what is wrong with it.
    std::optional<double> coordinate(const QLineEdit* field, QString* why) const;

    Database& m_database;
    Language m_language;
    std::optional<City> m_existing;
    Save m_save;

    QFormLayout* m_form = nullptr;
    QComboBox* m_country = nullptr;
    QComboBox* m_division = nullptr;
    QComboBox* m_level = nullptr;
    QLineEdit* m_native = nullptr;
    QLineEdit* m_zh = nullptr;
    QLineEdit* m_ja = nullptr;
    QLineEdit* m_ko = nullptr;
    QLineEdit* m_en = nullptr;
    QLineEdit* m_latitude = nullptr;
    QLineEdit* m_longitude = nullptr;
    QComboBox* m_source = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace sc
