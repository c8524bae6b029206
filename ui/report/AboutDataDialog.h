#pragma once

#include <QDialog>

class QLabel;
class QDialogButtonBox;

namespace sc {

class Database;

// "About the data": where the bundled data comes from, under which licences, and what it lacks,
// in brief; docs/DATA.md says the same at length.
class AboutDataDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AboutDataDialog(Database& database, QWidget* parent = nullptr);
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_database;
    QLabel* m_text = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace sc
