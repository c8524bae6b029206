#pragma once

#include "CustomFigure.h"
#include "FigureData.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace sc {

// What one figure of the report is: its caption, its kind and where its data come from.
struct FigureSpec {
    enum class Source { Pairings, Survey };
    // How a published statistic's row names a category.
    enum class PublishedKey { SubjectKey, AsOfYear };

    QString id;
    int number = 0;
    FigureKind kind = FigureKind::Pie;
    const char* caption = nullptr; // English source text, context "sc::FigureCatalog"
    Source source = Source::Pairings;

    // Pairings: the measure and the base selection (home country, partner, the report's years).
    CustomFigure::Measure measure = CustomFigure::Measure::NewPerYear;
    QString home;
    QString partner;
    std::optional<int> fromYear;
    std::optional<int> toYear;

    // Survey: the survey, its question and the groups, one series each.
    QString survey;
    QString question;
    QStringList groups;
    bool percentOnly = false; // the source states percentages only

    // Published statistics shown beside the database's values.
    QStringList publishedSubjects;
    PublishedKey publishedKey = PublishedKey::SubjectKey;
    const char* note = nullptr; // English, context "sc::FigureCatalog"
};

// The report's 17 figures, and the bilateral-tension question of §3.1 as an extra figure.
class FigureCatalog final {
public:
    static const QVector<FigureSpec>& all();
    // The spec of `id` ("fig3", "fig03", "3" or "tension"), or nullptr.
    static const FigureSpec* find(const QString& id);
    static QString caption(const FigureSpec& spec, Language language);
    // "Figure 3", "图 3", "図 3", "그림 3"; for an extra figure, the word alone.
    static QString label(int number, Language language);
    // "fig03", "tension": for file names that sort in the report's order.
    static QString fileStem(const QString& id);
};

} // namespace sc
