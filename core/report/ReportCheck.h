#pragma once

#include "../Language.h"

#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace sc {

class Database;

// Every published statistic in the database beside the value the register gives for the same
// definition, the difference and why it differs, so that a reader sees how far the register is
// from the report (and from other publications).
class ReportCheck final {
public:
    struct Row {
        QString statKey;
        QString subject;
        QString key;
        QString statement; // what is counted, in the chosen language
        QString figure;    // the report's figure that shows it, e.g. "fig3", or empty
        double published = 0;
        QString unit;
        QString asOf;
        QString source;
        std::optional<double> database; // empty when the register cannot answer it
        std::optional<double> difference;
        // For a count of pairs: how many pairs the register lacks to reach the published count.
        std::optional<int> lacking;
        QString note;
    };

    explicit ReportCheck(Database& database) : m_database(database) {}

    // Counts follow the report's definition: the pairs existing on the as-of date, so a pair
    // dissolved before it is left out (a pair of unknown date is counted whatever its date).
    QVector<Row> run(Language language) const;

    // Per figure ("fig3"), the pairs the register lacks at least: the largest shortfall among
    // the figure's counts (its counts overlap, so they are not added up). Figures without a
    // count of pairs are not listed.
    static QMap<QString, int> lackingByFigure(const QVector<Row>& rows);

    static QStringList csvColumns();
    static QString format(double value); // "251", "9.9", "7.3"

private:
    Database& m_database;
};

} // namespace sc
