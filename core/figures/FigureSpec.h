#pragma once

#include "CustomFigure.h"
#include "FigureKind.h"

#include <QString>
#include <QStringList>

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

} // namespace sc
