#pragma once

#include "Language.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace sc {

class Database;
class ReportCheckModel;

// "Compare with the report": each published statistic beside the register's value for it.
class ReportCheckView final : public QWidget {
    Q_OBJECT

public:
    explicit ReportCheckView(Database& database, QWidget* parent = nullptr);

    ReportCheckModel* model() const { return m_model; }
    void setLanguage(Language language);
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showLacking();

    ReportCheckModel* m_model = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_lacking = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace sc
