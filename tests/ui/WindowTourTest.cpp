// The whole window in each of the four languages, as a reader meets it: the pairings table
// names countries, divisions and cities in the chosen language (never ISO codes), the detail
// pane shows only where it has something to say, the status bar counts what the tab shows, the
// survey reads as a questionnaire, and Escape closes every dialog.
// SISTERCITIES_SCREENSHOTS=DIR keeps a picture of every tab and dialog in every language.
#include "DetailPane.h"
#include "MainWindow.h"
#include "RecordDetailPane.h"
#include "dataset/BundledDataset.h"
#include "editors/CityDialog.h"
#include "editors/PairingDialog.h"
#include "figures/FigureQuery.h"
#include "gallery/FigureExportDialog.h"
#include "gallery/SourceListDialog.h"
#include "i18n/Translations.h"
#include "io/ExportDialog.h"
#include "io/ImportDialog.h"
#include "report/AboutDataDialog.h"
#include "report/ReportCheck.h"
#include "report/ReportCheckModel.h"
#include "report/ReportCheckView.h"
#include "support/TempDir.h"
#include "survey/SurveyView.h"
#include "tables/PairingTableModel.h"
#include "ui/GalleryWait.h"
#include "ui/WindowParts.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace sc;

namespace {

const Language kLanguages[] = {Language::En, Language::Zh, Language::Ja, Language::Ko};

void screenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("SISTERCITIES_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents();
    // 256 colours: a window of text needs no more, and the pictures stay small for the repo.
    widget.grab()
        .toImage()
        .convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither)
        .save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

class WindowTour : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
        m_path = m_dir.file(QStringLiteral("tour.sqlite"));
        bundled::createDatabase(m_path).reset();
    }
    void TearDown() override
    {
        QSettings().clear();
        Translations::instance().install(Language::En);
    }

    TempDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(WindowTour, ThePairingsTableNamesEverythingInTheChosenLanguage)
{
    // A code is two capitals, perhaps with a division part: CN, CN-BJ, JP-13, KR-11.
    const QRegularExpression code(QStringLiteral("^[A-Z]{2}(-[A-Z0-9]{1,3})?$"));
    const QHash<Language, QString> china{{Language::En, QStringLiteral("China")},
                                         {Language::Zh, QStringLiteral("中国")},
                                         {Language::Ja, QStringLiteral("中国")},
                                         {Language::Ko, QStringLiteral("중국")}};
    for (Language language : kLanguages) {
        Translations::instance().install(language);
        auto database = Database::open(m_path);
        PairingTableModel table(*database);
        table.setLanguage(language);
        const PairingTableModel* model = &table;
        ASSERT_GT(model->rowCount(), 100);
        bool sawChina = false;
        for (int row = 0; row < 100; ++row) {
            for (int column : {PairingTableModel::CountryA, PairingTableModel::CountryB,
                               PairingTableModel::DivisionA, PairingTableModel::DivisionB,
                               PairingTableModel::CityA, PairingTableModel::CityB}) {
                const QString text = model->index(row, column).data().toString();
                EXPECT_FALSE(code.match(text).hasMatch())
                    << language::code(language).toStdString() << " row " << row << ": "
                    << text.toStdString();
                EXPECT_FALSE(text.isEmpty());
            }
            sawChina = sawChina || model->index(row, PairingTableModel::CountryA).data() ==
                                       china.value(language);
        }
        EXPECT_TRUE(sawChina) << language::code(language).toStdString();
        // No date on record: a quiet dash that says what it means when asked.
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex date = model->index(row, PairingTableModel::Established);
            if (model->rowAt(row)->established.isEmpty()) {
                EXPECT_EQ(date.data().toString(), QStringLiteral("—"));
                EXPECT_FALSE(date.data(Qt::ToolTipRole).toString().isEmpty());
                break;
            }
        }
    }
}

TEST_F(WindowTour, EveryTabInEveryLanguageAndThePanesThatBelongToIt)
{
    // Pictures of all four languages when asked for; else two, which keeps the test quick.
    const bool pictures = !qEnvironmentVariable("SISTERCITIES_SCREENSHOTS").isEmpty();
    for (Language language : kLanguages) {
        if (!pictures && (language == Language::Ja || language == Language::Ko))
            continue;
        const QString code = language::code(language);
        Translations::instance().install(language);
        MainWindow window(Database::open(m_path));
        window.setLanguage(language);
        window.resize(1600, 1000);
        window.show();
        QCoreApplication::processEvents();
        auto* tabs = window.findChild<QTabWidget*>();
        ASSERT_NE(tabs, nullptr);

        // At 1600 px every column of the pairings table is in view.
        tabs->setCurrentIndex(MainTabs::PairingsTab);
        QCoreApplication::processEvents();
        auto* table = qobject_cast<QTableView*>(tabs->currentWidget());
        ASSERT_NE(table, nullptr);
        EXPECT_FALSE(table->horizontalScrollBar()->isVisible())
            << code.toStdString() << " " << table->horizontalHeader()->length() << " in "
            << table->viewport()->width();
        const PairingRow* selected = parts::pairingModel(window)->rowAt(3);
        ASSERT_NE(selected, nullptr);
        parts::selectPairing(window, selected->id);
        EXPECT_TRUE(parts::child<DetailPane>(window, "detailPane")->isVisible());
        // The pane names both cities as the table does, with their parent city where needed.
        const QString pane = parts::shownText(parts::child<DetailPane>(window, "detailPane"));
        for (const PairingSide* side : {&selected->a, &selected->b})
            EXPECT_TRUE(pane.contains(side->displayName))
                << code.toStdString() << ": " << side->displayName.toStdString();
        EXPECT_FALSE(parts::child<RecordDetailPane>(window, "recordDetailPane")->isVisible());
        screenshot(window, QStringLiteral("tab-pairings-%1").arg(code));

        const char* names[] = {"pairings", "cities",  "divisions", "countries",
                               "sources",  "surveys", "figures",   "report"};
        QStringList statuses;
        for (int tab = MainTabs::CitiesTab; tab <= MainTabs::ReportTab; ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            // The pane of a selected pairing does not take room where no pairing is shown; a
            // city, division or source has a pane of its own.
            EXPECT_FALSE(parts::child<DetailPane>(window, "detailPane")->isVisible()) << names[tab];
            const bool record = tab == MainTabs::CitiesTab || tab == MainTabs::DivisionsTab ||
                                tab == MainTabs::SourcesTab;
            EXPECT_EQ(parts::child<RecordDetailPane>(window, "recordDetailPane")->isVisible(),
                      record)
                << names[tab];
            if (record) {
                auto* view = qobject_cast<QTableView*>(tabs->currentWidget());
                ASSERT_NE(view, nullptr);
                view->setCurrentIndex(view->model()->index(2, 0));
                QCoreApplication::processEvents();
                const QString shown =
                    parts::shownText(parts::child<RecordDetailPane>(window, "recordDetailPane"));
                EXPECT_GT(shown.size(), 40) << names[tab] << ": " << shown.toStdString();
            }
            if (tab == MainTabs::ReportTab) {
                // Checked only now that it is shown, in the language of the window.
                const ReportCheckModel* report =
                    parts::child<ReportCheckView>(window, "reportCheckView")->model();
                ASSERT_GT(report->rowCount(), 10);
                EXPECT_EQ(report->rows().first().statement,
                          ReportCheck(parts::database(window)).run(language).first().statement);
            }
            if (tab == MainTabs::FiguresTab) {
                // Shown as a reader sees it a moment later: every thumbnail and the chosen
                // figure drawn, not "Computing…".
                auto* gallery = window.findChild<FigureGallery*>();
                ASSERT_NE(gallery, nullptr);
                testsupport::waitForFigures(*gallery);
            }
            statuses << parts::statusText(window);
            screenshot(window, QStringLiteral("tab-%1-%2").arg(QLatin1String(names[tab]), code));
        }
        tabs->setCurrentIndex(MainTabs::MapTab);
        QCoreApplication::processEvents();
        EXPECT_FALSE(parts::child<DetailPane>(window, "detailPane")->isVisible());
        screenshot(window, QStringLiteral("tab-map-%1").arg(code));

        // The status bar says what each listing shows, not the pairings count everywhere.
        EXPECT_NE(statuses.at(0), statuses.at(1));
        EXPECT_EQ(QSet<QString>(statuses.begin(), statuses.begin() + 4).size(), 4);

        // The questionnaire: a question, its options and "not stated" apart from zero.
        const QString survey = parts::shownText(parts::child<SurveyView>(window, "surveyView"));
        EXPECT_GE(survey.count(QRegularExpression(QStringLiteral("\\n"))), 20);
        window.close();
    }
}

TEST_F(WindowTour, TheSurveyLinksEachQuestionToItsFigure)
{
    MainWindow window(Database::open(m_path));
    window.setLanguage(Language::Zh);
    SurveyView* view = parts::child<SurveyView>(window, "surveyView");
    const QString html = parts::browser(view)->toHtml();
    for (const char* figure : {"figure:fig9", "figure:fig13", "figure:fig14", "figure:fig16"})
        EXPECT_TRUE(html.contains(QLatin1String(figure))) << figure;
    // "Not stated" is its own word, not a zero: the Japanese side gives no activity trend.
    const QString text = parts::shownText(view);
    EXPECT_TRUE(text.contains(QStringLiteral("未说明")) || text.contains(QStringLiteral("未注明")))
        << text.toStdString();
    emit view->figureRequested(QStringLiteral("fig13"));
    auto* tabs = window.findChild<QTabWidget*>();
    EXPECT_EQ(tabs->currentIndex(), MainTabs::FiguresTab);
}

TEST_F(WindowTour, EscapeClosesEveryDialog)
{
    for (Language language : kLanguages) {
        const QString code = language::code(language);
        Translations::instance().install(language);
        auto database = Database::open(m_path);
        QWidget parent;
        std::vector<std::pair<QString, QDialog*>> dialogs{
            {QStringLiteral("city"), new CityDialog(*database, language, std::nullopt, &parent)},
            {QStringLiteral("pairing"),
             new PairingDialog(*database, language, std::nullopt, &parent)},
            {QStringLiteral("about-data"), new AboutDataDialog(*database, &parent)},
            {QStringLiteral("export"), new ExportDialog(*database, {}, language, &parent)},
            {QStringLiteral("import"), new ImportDialog(*database, &parent)},
            {QStringLiteral("figure-export"), new FigureExportDialog(&parent)},
            {QStringLiteral("figure-sources"),
             new SourceListDialog(FigureQuery(*database).run(QStringLiteral("fig1"), {}, language),
                                  &parent)}};
        for (auto& [name, dialog] : dialogs) {
            dialog->show();
            QCoreApplication::processEvents();
            screenshot(*dialog, QStringLiteral("dialog-%1-%2").arg(name, code));
            QTest::keyClick(dialog, Qt::Key_Escape);
            QCoreApplication::processEvents();
            EXPECT_FALSE(dialog->isVisible()) << name.toStdString() << " " << code.toStdString();
        }
    }
}

TEST(GuiCommandLine, LangChoosesTheStartingLanguageAndRefusesOthers)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess help;
    help.setProcessEnvironment(environment);
    help.start(QStringLiteral(SISTERCITIES_GUI), {QStringLiteral("--help")});
    ASSERT_TRUE(help.waitForFinished(30000));
    EXPECT_TRUE(help.readAllStandardOutput().contains("--lang"));

    QProcess wrong;
    wrong.setProcessEnvironment(environment);
    wrong.start(QStringLiteral(SISTERCITIES_GUI), {QStringLiteral("--lang"), QStringLiteral("fr")});
    ASSERT_TRUE(wrong.waitForFinished(30000));
    EXPECT_EQ(wrong.exitCode(), 2);
    const QByteArray error = wrong.readAllStandardError();
    EXPECT_TRUE(error.contains("--lang") && error.contains("\"fr\"")) << error.toStdString();
}
