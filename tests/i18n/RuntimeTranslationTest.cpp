// Translation at run time: Qt's own words load with ours, errors of core and messages of the
// CLI come out in the chosen language, dates follow its conventions, and every text the window
// asks for under a context of ours is found in the catalogue (a text asked for under another
// context than lupdate gave it, or built where lupdate cannot see it, is never translated).
#include "Database.h"
#include "Error.h"
#include "EstablishedDate.h"
#include "MainWindow.h"
#include "PairingFilter.h"
#include "SqlSupport.h"
#include "ValueText.h"
#include "dataset/BundledDataset.h"
#include "editors/CityDialog.h"
#include "editors/PairingDialog.h"
#include "figures/FigureCatalog.h"
#include "gallery/FigureExportDialog.h"
#include "gallery/FigureGallery.h"
#include "i18n/Translations.h"
#include "io/ExportDialog.h"
#include "io/ImportDialog.h"
#include "report/AboutDataDialog.h"
#include "support/BundledDatabaseTest.h"
#include "support/TempDir.h"
#include "tables/ListingTableModel.h"
#include "tables/PairingTableModel.h"
#include "ui/WindowParts.h"

#include "CityRepository.h"
#include "FilterPanel.h"
#include "PairingRepository.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace sc;

namespace {

class RuntimeTranslation : public BundledDatabaseTest {
protected:
    void TearDown() override { Translations::instance().install(Language::En); }
};

// Remembers every text asked for; translates nothing, so the real catalogues still answer.
class RecordingTranslator final : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(n);
        if (context && source && *source)
            m_seen.insert({QString::fromUtf8(context), QString::fromUtf8(source),
                           QString::fromUtf8(disambiguation ? disambiguation : "")});
        return {};
    }
    bool isEmpty() const override { return false; }

    struct Text {
        QString context;
        QString source;
        QString disambiguation;
        bool operator==(const Text& other) const
        {
            return context == other.context && source == other.source &&
                   disambiguation == other.disambiguation;
        }
    };
    mutable QSet<Text> m_seen;
};

size_t qHash(const RecordingTranslator::Text& text, size_t seed = 0)
{
    return ::qHash(text.context + QChar(0x1f) + text.source + QChar(0x1f) + text.disambiguation,
                   seed);
}

bool isOurs(const QString& context)
{
    return context.startsWith(QLatin1String("sc::")) || context == QLatin1String("cli") ||
           context == QLatin1String("main") || context == QLatin1String("ValueText");
}

QString runCli(const QStringList& arguments, QString* errors = nullptr)
{
    QProcess cli;
    cli.start(QStringLiteral(SISTERCITIES_CLI), arguments);
    EXPECT_TRUE(cli.waitForFinished(60000));
    if (errors)
        *errors = QString::fromUtf8(cli.readAllStandardError());
    return QString::fromUtf8(cli.readAllStandardOutput());
}

} // namespace

TEST_F(RuntimeTranslation, QtsOwnButtonsSpeakTheChosenLanguage)
{
    for (const Language language : {Language::Zh, Language::Ja, Language::Ko}) {
        ASSERT_TRUE(Translations::instance().install(language));
        // Debian's qt6-translations-l10n, read directly: what the button must say.
        QTranslator qt;
        const QString suffix =
            language == Language::Zh ? QStringLiteral("zh_CN") : language::code(language);
        ASSERT_TRUE(qt.load(QStringLiteral("qtbase_") + suffix,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        const QString cancel = qt.translate("QPlatformTheme", "Cancel");
        ASSERT_FALSE(cancel.isEmpty());
        ASSERT_NE(cancel, QStringLiteral("Cancel"));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), cancel);
    }
}

TEST_F(RuntimeTranslation, CoreErrorsComeOutInTheChosenLanguage)
{
    TempDir dir;
    ASSERT_TRUE(Translations::instance().install(Language::Ja));
    const QString missing = dir.file("missing.sqlite");
    try {
        Database::open(missing);
        FAIL() << "a missing file opened";
    } catch (const Error& error) {
        const QString expected =
            Translations::translate(Language::Ja, "sc::Database", "%1 does not exist").arg(missing);
        EXPECT_NE(expected, QStringLiteral("%1 does not exist").arg(missing));
        EXPECT_EQ(error.message().toStdString(), expected.toStdString());
    }
    // The reason comes from SqliteDialect, the frame from Database: both must be found.
    const QString empty = dir.file("empty.sqlite");
    QFile(empty).open(QIODevice::WriteOnly);
    try {
        Database::open(empty);
        FAIL() << "an empty file opened";
    } catch (const Error& error) {
        const QString reason = Translations::translate(Language::Ja, "sc::SqliteDialect",
                                                       "is empty, not an SQLite database");
        EXPECT_NE(reason, QStringLiteral("is empty, not an SQLite database"));
        const QString expected =
            Translations::translate(Language::Ja, "sc::Database", "%1 %2; it was left unchanged")
                .arg(empty, reason);
        EXPECT_EQ(error.message().toStdString(), expected.toStdString());
    }
}

TEST_F(RuntimeTranslation, DatesAreWrittenAsEachLanguageWritesThem)
{
    struct Case {
        Language language;
        const char* year;
        const char* month;
        const char* day;
    };
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString dec = english.monthName(12, QLocale::ShortFormat);
    const QByteArray enMonth = (dec + " 2017").toUtf8();
    const QByteArray enDay = ("3 " + dec + " 2017").toUtf8();
    const Case cases[] = {
        {Language::Zh, "2017年", "2017年12月", "2017年12月3日"},
        {Language::Ja, "2017年", "2017年12月", "2017年12月3日"},
        {Language::Ko, "2017년", "2017년 12월", "2017년 12월 3일"},
        {Language::En, "2017", enMonth.constData(), enDay.constData()},
    };
    for (const Case& c : cases) {
        Translations::instance().install(c.language);
        EXPECT_EQ(ValueText::date("2017"), QString::fromUtf8(c.year));
        EXPECT_EQ(ValueText::date("2017-12"), QString::fromUtf8(c.month));
        EXPECT_EQ(ValueText::date("2017-12-03"), QString::fromUtf8(c.day));
        EXPECT_EQ(ValueText::date(""), ValueText::unknown());
    }
    // The pairings table shows them so, and sorts them as dates (in SQL) all the same.
    Translations::instance().install(Language::Ko);
    PairingTableModel model(*db);
    model.setLanguage(Language::Ko);
    model.sort(PairingTableModel::Established, Qt::DescendingOrder);
    const PairingRow* newest = model.rowAt(0);
    ASSERT_TRUE(newest);
    const QString latest =
        sql::scalar(db->connection(), "SELECT MAX(established) FROM pairings", {}).toString();
    EXPECT_EQ(newest->established, latest);
    const auto date = EstablishedDate::parse(latest);
    ASSERT_TRUE(date);
    QString expected = QString::number(date->year()) + QString::fromUtf8("년");
    if (date->month())
        expected += QStringLiteral(" %1").arg(date->month()) + QString::fromUtf8("월");
    if (date->day())
        expected += QStringLiteral(" %1").arg(date->day()) + QString::fromUtf8("일");
    EXPECT_EQ(model.index(0, PairingTableModel::Established).data().toString(), expected);
}

TEST_F(RuntimeTranslation, TheCliSpeaksTheLanguageOfLang)
{
    // A Japanese city of a pairing, and its Japanese name, read from the database directly.
    QSqlQuery q = sql::run(db->connection(),
                           "SELECT c.name_ja FROM cities c JOIN pairings p ON p.city_a = c.id "
                           "OR p.city_b = c.id WHERE c.country = 'JP' AND c.name_ja <> '' "
                           "AND c.name_ja <> c.name_native LIMIT 1",
                           {});
    const QString path = db->path();
    QString japaneseOnly;
    if (q.next())
        japaneseOnly = q.value(0).toString();
    q = sql::run(db->connection(),
                 "SELECT c.name_ja, c.name_en FROM cities c JOIN pairings p ON p.city_a = c.id "
                 "OR p.city_b = c.id WHERE c.country = 'CN' AND c.name_ja <> '' AND "
                 "c.name_en <> '' AND c.name_ja <> c.name_native LIMIT 1",
                 {});
    ASSERT_TRUE(q.next()) << "no Chinese city with a Japanese name of its own";
    const QString chineseInJapanese = q.value(0).toString();
    const QString chineseInEnglish = q.value(1).toString();

    const QString japanese = runCli({"--db", path, "--read-only", "--lang", "ja", "pairings",
                                     "--country", "CN", "--format", "csv"});
    EXPECT_TRUE(japanese.contains(chineseInJapanese)) << chineseInJapanese.toStdString();
    const QString english = runCli({"--db", path, "--read-only", "--lang", "en", "pairings",
                                    "--country", "CN", "--format", "csv"});
    EXPECT_TRUE(english.contains(chineseInEnglish)) << chineseInEnglish.toStdString();

    QString errors;
    runCli({"--db", path, "--read-only", "--lang", "ko", "pairings", "--format", "bogus"}, &errors);
    const QString refusal = Translations::translate(Language::Ko, "cli",
                                                    "--format takes table, csv or json, not \"%1\"")
                                .arg("bogus");
    EXPECT_NE(refusal, QStringLiteral("--format takes table, csv or json, not \"bogus\""));
    EXPECT_TRUE(errors.contains(refusal)) << errors.toStdString();

    // A command's help is built before the command reads --lang: it must be translated too.
    const QString help = runCli({"--lang", "zh", "export", "--help"});
    const QString option =
        Translations::translate(Language::Zh, "cli", "Only pairs with no known date.");
    EXPECT_NE(option, QStringLiteral("Only pairs with no known date."));
    EXPECT_TRUE(help.contains(option)) << help.toStdString();
}

TEST_F(RuntimeTranslation, EveryTextTheWindowAsksForIsInTheCatalogue)
{
    TempDir dir;
    const QString path = dir.file("window.sqlite");
    bundled::createDatabase(path);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());

    auto* recorder = new RecordingTranslator;
    for (const Language language : {Language::Ja, Language::Ko, Language::Zh}) {
        // The translator installed last is asked first: the recorder goes in after ours.
        Translations::instance().install(language);
        QCoreApplication::removeTranslator(recorder);
        QCoreApplication::installTranslator(recorder);
        {
            MainWindow window(Database::open(path));
            window.resize(1300, 800);
            window.setLanguage(language);
            window.show();
            QCoreApplication::processEvents();
            PairingFilter filter;
            filter.countries = {"CN", "JP"};
            filter.region = "east";
            filter.fromYear = 1980;
            filter.toYear = 2017;
            filter.status = "active";
            filter.kind = "sister";
            filter.search = QStringLiteral("a");
            parts::child<FilterPanel>(window, "filterPanel")->setFilter(filter);
            parts::child<FilterPanel>(window, "filterPanel")->summary();
            parts::child<FilterPanel>(window, "filterPanel")->setFilter({});
            for (int tab = 0; tab < parts::child<QTabWidget>(window, "tabs")->count(); ++tab) {
                parts::child<QTabWidget>(window, "tabs")->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                window.grab();
            }
            parts::child<QTabWidget>(window, "tabs")->setCurrentIndex(MainTabs::PairingsTab);
            parts::child<QTableView>(window, "pairingsTable")->selectRow(0);
            QCoreApplication::processEvents();
            for (const FigureSpec& spec : FigureCatalog::all())
                parts::child<FigureGallery>(window, "figureGallery")->setCurrentId(spec.id);

            const qint64 pairing = parts::selectedPairingId(window);
            const auto existing = PairingRepository(parts::database(window)).get(pairing);
            ASSERT_TRUE(existing);
            QList<QDialog*> dialogs{
                parts::editor(window).createPairingDialog(existing),
                parts::editor(window).createPairingDialog(std::nullopt),
                parts::editor(window).createCityDialog(
                    CityRepository(parts::database(window)).get(existing->cityA)),
                parts::editor(window).createCityDialog(std::nullopt),
                new AboutDataDialog(parts::database(window), &window),
                new ExportDialog(parts::database(window), filter, language, &window),
                new ImportDialog(parts::database(window), &window),
                new FigureExportDialog(&window)};
            for (QDialog* dialog : dialogs) {
                dialog->show();
                QCoreApplication::processEvents();
                dialog->grab();
                delete dialog;
            }
            // Refusals and errors, each in its own words: files that cannot be opened...
            const QString empty = dir.file("empty.sqlite");
            QFile(empty).open(QIODevice::WriteOnly);
            window.openDatabase(empty, Database::Mode::ReadWrite);
            window.openDatabase(dir.file("missing.sqlite"), Database::Mode::ReadOnly);
            // ... dates, filters and codes that mean nothing.
            for (const char* bad : {"1982-13", "1982-02-30", "19x", "2999"})
                EstablishedDate::validate(bad);
            PairingFilter wrong;
            for (const char* field : {"region", "status", "kind", "countries"}) {
                wrong = {};
                if (QLatin1String(field) == QLatin1String("region"))
                    wrong.region = "north";
                else if (QLatin1String(field) == QLatin1String("status"))
                    wrong.status = "lost";
                else if (QLatin1String(field) == QLatin1String("kind"))
                    wrong.kind = "twin";
                else
                    wrong.countries = {"CN", "JP", "KR"};
                wrong.validate();
            }
            for (const char* code :
                 {"active", "dormant", "ended", "sister", "friendship", "friendship-exchange",
                  "province", "prefecture", "county", "district", "municipality", "other", "east",
                  "central", "west", "year", "month", "day"}) {
                ValueText::status(code);
                ValueText::kind(code);
                ValueText::level(code);
                ValueText::region(code);
                ValueText::precision(code);
            }
        }
    }
    QCoreApplication::removeTranslator(recorder);

    QStringList unknown;
    for (const Language language : {Language::Ja, Language::Ko, Language::Zh}) {
        QTranslator catalogue;
        ASSERT_TRUE(catalogue.load(
            QStringLiteral(":/i18n/sistercities_") +
            (language == Language::Zh ? QStringLiteral("zh_CN") : language::code(language))));
        for (const auto& text : std::as_const(recorder->m_seen)) {
            if (!isOurs(text.context))
                continue;
            const QByteArray context = text.context.toUtf8();
            const QByteArray source = text.source.toUtf8();
            const QByteArray disambiguation = text.disambiguation.toUtf8();
            if (catalogue
                    .translate(context.constData(), source.constData(),
                               disambiguation.isEmpty() ? nullptr : disambiguation.constData())
                    .isEmpty())
                unknown << language::code(language) + QStringLiteral(": ") + text.context +
                               QStringLiteral(" | ") + text.source.left(70);
        }
    }
    // Enough was asked for that the check means something.
    EXPECT_GT(recorder->m_seen.size(), 150);
    delete recorder;
    unknown.removeDuplicates();
    EXPECT_TRUE(unknown.isEmpty()) << unknown.join('\n').toStdString();
}
