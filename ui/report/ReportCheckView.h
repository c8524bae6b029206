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
    // As a tab of the window the view is made hidden: WhenShown leaves the check (every
    // published statistic counted again: most of the window's start-up on the bundled register)
    // until it is first shown, and a reload or a language change while hidden until it is
    // shown again.
    enum class Reading { Now, WhenShown };
    explicit ReportCheckView(Database& database, QWidget* parent = nullptr,
                             Reading reading = Reading::Now);

    ReportCheckModel* model() const { return m_model; }
    void setLanguage(Language language);
    void reload();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void showLacking();
    // Reads the check now where it is seen or may be read at once, else when next shown.
    void readOrDefer();

    ReportCheckModel* m_model = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_lacking = nullptr;
    QTableView* m_view = nullptr;
    Reading m_reading = Reading::Now;
    bool m_stale = false; // WhenShown: what the model holds is not the check of now
};

} // namespace sc
