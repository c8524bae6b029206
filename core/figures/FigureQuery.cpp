#include "FigureQuery.h"

#include "Error.h"
#include "FigureText.h"
#include "PairingFigureQuery.h"
#include "PairingFilterText.h"
#include "SurveyFigureQuery.h"

#include <QCoreApplication>

namespace sc {

PairingFilter FigureQuery::combine(const FigureSpec& spec, const PairingFilter& user)
{
    PairingFilter filter = user;
    QString home = spec.home;
    QString partner = spec.partner;
    if (user.countries.size() == 1) {
        const QString country = user.countries.first().toUpper();
        if (spec.measure == CustomFigure::Measure::PartnerCountry)
            home = country;
        else if (country != home)
            partner = country;
    } else if (user.countries.size() == 2) {
        home = user.countries.at(0).toUpper();
        partner = user.countries.at(1).toUpper();
    }
    filter.countries = partner.isEmpty() ? QStringList{home} : QStringList{home, partner};
    if (!user.undatedOnly) {
        if (!user.fromYear && spec.fromYear && (!user.toYear || *spec.fromYear <= *user.toYear))
            filter.fromYear = spec.fromYear;
        if (!user.toYear && spec.toYear && (!user.fromYear || *spec.toYear >= *user.fromYear))
            filter.toYear = spec.toYear;
    }
    return filter;
}

FigureData FigureQuery::run(const QString& id, const PairingFilter& filter, Language language) const
{
    const FigureSpec* spec = FigureCatalog::find(id);
    if (!spec)
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("sc::FigureQuery",
                                                "there is no figure \"%1\": use fig1 … fig17 "
                                                "or tension")
                        .arg(id));
    return run(*spec, filter, language);
}

FigureData FigureQuery::run(const FigureSpec& spec, const PairingFilter& user,
                            Language language) const
{
    FigureData data;
    if (spec.source == FigureSpec::Source::Survey) {
        data = SurveyFigureQuery(m_database).run(spec, language);
        data.caption = FigureCatalog::caption(spec, language);
        if (!user.isEmpty())
            data.notes.prepend(figuretext::surveyIgnoresFilter(language));
    } else {
        const QString problem = user.validate();
        if (!problem.isEmpty())
            throw Error(Error::Kind::Invalid, problem);
        const PairingFilter base = combine(spec, {});
        PairingFigureQuery::Plan plan;
        plan.measure = spec.measure;
        plan.filter = combine(spec, user);
        // The report's caption only while the countries are the report's.
        if (plan.filter.countries == base.countries)
            plan.caption = FigureCatalog::caption(spec, language);
        plan.filterDescription = PairingFilterText(m_database, language).caption(plan.filter, base);
        if (plan.filter == base) {
            plan.publishedSubjects = spec.publishedSubjects;
            plan.publishedKey = spec.publishedKey;
        }
        data = PairingFigureQuery(m_database).run(plan, language);
        if (spec.note)
            data.notes << figuretext::translate(language, spec.note);
    }
    data.id = spec.id;
    data.number = spec.number;
    data.kind = spec.kind;
    return data;
}

FigureData FigureQuery::run(const CustomFigure& figure, Language language) const
{
    const QString problem = figure.filter.validate();
    if (!problem.isEmpty())
        throw Error(Error::Kind::Invalid, problem);
    PairingFigureQuery::Plan plan;
    plan.measure = figure.measure;
    plan.filter = figure.filter;
    if (plan.filter.countries.isEmpty())
        plan.filter.countries << QStringLiteral("CN");
    PairingFilter base;
    base.countries = plan.filter.countries;
    plan.filterDescription = PairingFilterText(m_database, language).caption(plan.filter, base);
    FigureData data = PairingFigureQuery(m_database).run(plan, language);
    data.id = QStringLiteral("custom");
    return data;
}

} // namespace sc
