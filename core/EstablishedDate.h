#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace sc {

// The date a pairing was established, as precise as the source gives it: a year, a month or a
// day. Stored as text (YYYY, YYYY-MM, YYYY-MM-DD) so that "1982" never becomes "1982-01-01".
class EstablishedDate final {
public:
    enum class Precision { Year, Month, Day };

    // Parses text; on failure returns nullopt and sets `why` (if given) to the reason.
    static std::optional<EstablishedDate> parse(const QString& text, QString* why = nullptr);
    // Empty when `text` is empty or a valid past date; else why it is not. `today` is the date
    // a date may not lie after.
    static QString validate(const QString& text, const QDate& today = QDate::currentDate());

    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    Precision precision() const { return m_precision; }
    QString precisionName() const;
    QString toString() const;
    // The first day the date could mean, for comparisons with a full date.
    QDate firstDay() const { return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1); }

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    Precision m_precision = Precision::Year;
};

} // namespace sc
