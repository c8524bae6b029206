#include "report/ReportCheckView.h"
#include "SqlSupport.h"
#include "dataset/BundledDataset.h"
#include "report/AboutDataDialog.h"
#include "report/ReportCheck.h"
#include "report/ReportCheckModel.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace sc;

TEST(ReportCheckView, ShowsEveryPublishedStatisticWithItsDifference)
{
    TempDir dir;
    auto db = bundled::createDatabase(dir.file("b.sqlite"));
    ReportCheckView view(*db);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int published =
        sql::scalar(db->connection(), "SELECT count(*) FROM published_statistics").toInt();
    ASSERT_EQ(view.model()->rowCount(), published);
    int differences = 0;
    for (int i = 0; i < published; ++i) {
        const auto& row = view.model()->row(i);
        const QString shown =
            view.model()->index(i, ReportCheckModel::Difference).data().toString();
        if (row.difference) {
            EXPECT_FALSE(shown.isEmpty());
            differences += *row.difference != 0;
        } else {
            EXPECT_EQ(view.model()
                          ->index(i, ReportCheckModel::InDatabase)
                          .data()
                          .toString()
                          .toStdString(),
                      "not in the register");
        }
    }
    EXPECT_GT(differences, 0); // the register is known to differ from the report
    // SISTERCITIES_SCREENSHOTS=DIR keeps a picture of the view, for a person to look at.
    if (const QString out = qEnvironmentVariable("SISTERCITIES_SCREENSHOTS"); !out.isEmpty()) {
        view.resize(1200, 700);
        EXPECT_TRUE(view.grab().save(out + "/report-check-en.png"));
        AboutDataDialog about(*db);
        EXPECT_TRUE(about.grab().save(out + "/about-data-en.png"));
    }
}

TEST(ReportCheckView, AsAHiddenTabChecksOnlyWhenShown)
{
    TempDir dir;
    auto db = bundled::createDatabase(dir.file("b.sqlite"));
    const auto statements = [&db](Language language) {
        QStringList out;
        for (const ReportCheck::Row& row : ReportCheck(*db).run(language))
            out << row.statement;
        return out;
    };
    const auto shown = [](const ReportCheckView& view) {
        QStringList out;
        for (const ReportCheck::Row& row : view.model()->rows())
            out << row.statement;
        return out;
    };
    const QStringList chinese = statements(Language::Zh);
    const QStringList english = statements(Language::En);
    ASSERT_NE(chinese, english);
    ReportCheckView view(*db, nullptr, ReportCheckView::Reading::WhenShown);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setLanguage(Language::Zh);
    view.reload();
    EXPECT_EQ(view.model()->rowCount(), 0); // nothing counted while nobody sees it
    view.show();
    EXPECT_EQ(shown(view), chinese);
    EXPECT_GT(chinese.size(), 10);
    // Hidden again: a language change waits for the next show.
    view.hide();
    view.setLanguage(Language::En);
    EXPECT_EQ(shown(view), chinese);
    view.show();
    EXPECT_EQ(shown(view), english);
}

TEST(AboutDataDialog, StatesTheDatabasesCountsAndSources)
{
    TempDir dir;
    auto db = bundled::createDatabase(dir.file("b.sqlite"));
    AboutDataDialog dialog(*db);
    const int pairings = sql::scalar(db->connection(), "SELECT count(*) FROM pairings").toInt();
    EXPECT_TRUE(dialog.text().contains(QLocale().toString(pairings)));
    EXPECT_TRUE(dialog.text().contains("CC BY-SA 4.0"));
}
