#include "FigureCatalog.h"

#include "i18n/Translations.h"

#include <QtGlobal>

namespace sc {

namespace {

const char* const kContext = "sc::FigureCatalog";

using Measure = CustomFigure::Measure;

FigureSpec pairings(int number, FigureKind kind, const char* caption, Measure measure,
                    const QString& partner, QStringList published = {})
{
    FigureSpec spec;
    spec.id = QStringLiteral("fig%1").arg(number);
    spec.number = number;
    spec.kind = kind;
    spec.caption = caption;
    spec.source = FigureSpec::Source::Pairings;
    spec.measure = measure;
    spec.home = QStringLiteral("CN");
    spec.partner = partner;
    spec.publishedSubjects = std::move(published);
    return spec;
}

FigureSpec survey(int number, FigureKind kind, const char* caption, const QString& question,
                  const QStringList& groups)
{
    FigureSpec spec;
    spec.id = QStringLiteral("fig%1").arg(number);
    spec.number = number;
    spec.kind = kind;
    spec.caption = caption;
    spec.source = FigureSpec::Source::Survey;
    spec.survey = QStringLiteral("cjk-2018");
    spec.question = question;
    spec.groups = groups;
    return spec;
}

QVector<FigureSpec> makeCatalog()
{
    const QString jp = QStringLiteral("JP");
    const QString kr = QStringLiteral("KR");
    QVector<FigureSpec> specs;
    specs << pairings(
        1, FigureKind::Pie,
        QT_TRANSLATE_NOOP("sc::FigureCatalog",
                          "Shares of China's sister cities by country and region"),
        Measure::PartnerCountry, {},
        {QStringLiteral("cn_pairs_by_country"), QStringLiteral("cn_pairs_share_by_country")});

    FigureSpec cumulative =
        pairings(2, FigureKind::CumulativeLine,
                 QT_TRANSLATE_NOOP("sc::FigureCatalog",
                                   "Cumulative number of China's sister cities by year"),
                 Measure::Cumulative, {}, {QStringLiteral("cn_pairs_total")});
    cumulative.toYear = 2017;
    cumulative.publishedKey = FigureSpec::PublishedKey::AsOfYear;
    specs << cumulative;

    FigureSpec cnJp =
        pairings(3, FigureKind::BarByYear,
                 QT_TRANSLATE_NOOP("sc::FigureCatalog", "New China–Japan sister cities per year"),
                 Measure::NewPerYear, jp, {QStringLiteral("cn_jp_new_pairs")});
    cnJp.fromYear = 1973;
    cnJp.toYear = 2017;
    specs << cnJp;

    FigureSpec cnKr =
        pairings(4, FigureKind::BarByYear,
                 QT_TRANSLATE_NOOP("sc::FigureCatalog", "New China–Korea sister cities per year"),
                 Measure::NewPerYear, kr, {QStringLiteral("cn_kr_new_pairs")});
    cnKr.fromYear = 1992;
    cnKr.toYear = 2017;
    specs << cnKr;

    specs << pairings(
        5, FigureKind::BarByDivision,
        QT_TRANSLATE_NOOP("sc::FigureCatalog", "Number of sister cities by Chinese province"),
        Measure::Division, {}, {QStringLiteral("cn_pairs_by_division")});
    specs << pairings(
        6, FigureKind::BarByDivision,
        QT_TRANSLATE_NOOP("sc::FigureCatalog",
                          "China–Japan sister cities by province of the Chinese city"),
        Measure::Division, jp, {QStringLiteral("cn_jp_pairs_by_division")});
    specs << pairings(7, FigureKind::Pie,
                      QT_TRANSLATE_NOOP("sc::FigureCatalog",
                                        "China–Japan sister cities by region of the Chinese city"),
                      Measure::Region, jp, {QStringLiteral("cn_jp_share_by_region")});
    specs << pairings(
        8, FigureKind::BarByDivision,
        QT_TRANSLATE_NOOP("sc::FigureCatalog",
                          "China–Korea sister cities by province of the Chinese city"),
        Measure::Division, kr, {QStringLiteral("cn_kr_pairs_by_division")});

    const QString evaluation = QStringLiteral("evaluation");
    const QString cnAll = QStringLiteral("cn-all");
    const QString jpAll = QStringLiteral("jp-all");
    specs << survey(9, FigureKind::Pie,
                    QT_TRANSLATE_NOOP("sc::FigureCatalog",
                                      "Chinese cities' assessment of exchanges with their Japanese "
                                      "and Korean sister cities"),
                    evaluation, {cnAll});
    specs << survey(10, FigureKind::Pie,
                    QT_TRANSLATE_NOOP("sc::FigureCatalog",
                                      "Chinese cities' evaluation of China–Japan sister-city "
                                      "exchanges"),
                    evaluation, {QStringLiteral("cn-jp")});
    FigureSpec cnKrEvaluation =
        survey(11, FigureKind::Pie,
               QT_TRANSLATE_NOOP("sc::FigureCatalog",
                                 "Chinese cities' evaluation of exchanges with their Japanese and "
                                 "Korean sister cities"),
               evaluation, {QStringLiteral("cn-kr")});
    cnKrEvaluation.note = QT_TRANSLATE_NOOP(
        "sc::FigureCatalog",
        "The report prints this caption, but the text around the figure is about the 66 "
        "questionnaires on China–Korea pairs, which is what the figure shows.");
    specs << cnKrEvaluation;
    specs << survey(
        12, FigureKind::GroupedBar,
        QT_TRANSLATE_NOOP("sc::FigureCatalog",
                          "Chinese and Japanese cities' evaluation of China–Japan–Korea "
                          "sister cities compared"),
        evaluation, {cnAll, jpAll});
    specs << survey(13, FigureKind::Pie,
                    QT_TRANSLATE_NOOP("sc::FigureCatalog",
                                      "Trend in the number of China–Japan and China–Korea "
                                      "sister-city activities"),
                    QStringLiteral("activity-trend"), {cnAll});
    specs << survey(14, FigureKind::MultipleChoiceBar,
                    QT_TRANSLATE_NOOP("sc::FigureCatalog",
                                      "Chinese cities' purposes in establishing sister cities"),
                    QStringLiteral("purpose"), {cnAll});
    specs << survey(15, FigureKind::MultipleChoiceBar,
                    QT_TRANSLATE_NOOP("sc::FigureCatalog",
                                      "Japanese cities' purposes in establishing sister cities"),
                    QStringLiteral("purpose"), {jpAll});
    specs << survey(
        16, FigureKind::Pie,
        QT_TRANSLATE_NOOP("sc::FigureCatalog", "Exchange activities carried out by Chinese cities"),
        QStringLiteral("main-activity"), {cnAll});
    specs << survey(17, FigureKind::Pie,
                    QT_TRANSLATE_NOOP("sc::FigureCatalog",
                                      "Exchange activities carried out by Japanese cities"),
                    QStringLiteral("main-activity"), {jpAll});

    FigureSpec tension =
        survey(0, FigureKind::GroupedBar,
               QT_TRANSLATE_NOOP("sc::FigureCatalog",
                                 "Sister-city exchanges during periods of bilateral tension"),
               QStringLiteral("bilateral-tension"), {cnAll, jpAll});
    tension.id = QStringLiteral("tension");
    tension.percentOnly = true;
    tension.note = QT_TRANSLATE_NOOP("sc::FigureCatalog",
                                     "Not a figure of the report: §3.1 states these percentages "
                                     "in its text, without counts.");
    specs << tension;
    return specs;
}

} // namespace

const QVector<FigureSpec>& FigureCatalog::all()
{
    static const QVector<FigureSpec> catalog = makeCatalog();
    return catalog;
}

const FigureSpec* FigureCatalog::find(const QString& id)
{
    QString key = id.trimmed().toLower();
    if (key.startsWith(QLatin1String("fig")))
        key = key.mid(3);
    bool isNumber = false;
    const int number = key.toInt(&isNumber);
    for (const FigureSpec& spec : all()) {
        if (isNumber ? spec.number == number && number > 0 : spec.id == key)
            return &spec;
    }
    return nullptr;
}

QString FigureCatalog::caption(const FigureSpec& spec, Language language)
{
    return Translations::translate(language, kContext, spec.caption);
}

QString FigureCatalog::label(int number, Language language)
{
    if (number <= 0)
        return Translations::translate(language, kContext,
                                       QT_TRANSLATE_NOOP("sc::FigureCatalog", "Figure"));
    return Translations::translate(language, kContext,
                                   QT_TRANSLATE_NOOP("sc::FigureCatalog", "Figure %1"))
        .arg(number);
}

QString FigureCatalog::fileStem(const QString& id)
{
    const FigureSpec* spec = find(id);
    if (spec && spec->number > 0)
        return QStringLiteral("fig%1").arg(spec->number, 2, 10, QLatin1Char('0'));
    return id;
}

} // namespace sc
