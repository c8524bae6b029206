#include "EstablishedDate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::EstablishedDate", text);
}

// Sister-city agreements began after the First World War; an earlier year is a typing error.
constexpr int kEarliestYear = 1900;

} // namespace

std::optional<EstablishedDate> EstablishedDate::parse(const QString& text, QString* why)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto match = pattern.match(text.trimmed());
    auto fail = [why](const QString& reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!match.hasMatch())
        return fail(tr("\"%1\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD").arg(text));

    EstablishedDate date;
    date.m_year = match.captured(1).toInt();
    if (match.hasCaptured(2)) {
        date.m_month = match.captured(2).toInt();
        date.m_precision = Precision::Month;
        if (date.m_month < 1 || date.m_month > 12)
            return fail(tr("\"%1\" has no month %2").arg(text).arg(date.m_month));
    }
    if (match.hasCaptured(3)) {
        date.m_day = match.captured(3).toInt();
        date.m_precision = Precision::Day;
        if (!QDate::isValid(date.m_year, date.m_month, date.m_day))
            return fail(tr("\"%1\" is not a day of the calendar").arg(text));
    }
    if (date.m_year < kEarliestYear)
        return fail(tr("\"%1\" lies before %2").arg(text).arg(kEarliestYear));
    return date;
}

QString EstablishedDate::validate(const QString& text, const QDate& today)
{
    if (text.trimmed().isEmpty())
        return {};
    QString why;
    const auto date = parse(text, &why);
    if (!date)
        return why;
    if (date->firstDay() > today)
        return tr("\"%1\" lies in the future").arg(text);
    return {};
}

QString EstablishedDate::precisionName() const
{
    switch (m_precision) {
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Day:
        break;
    }
    return QStringLiteral("day");
}

QString EstablishedDate::toString() const
{
    QString out = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    if (m_precision != Precision::Year)
        out += QStringLiteral("-%1").arg(m_month, 2, 10, QLatin1Char('0'));
    if (m_precision == Precision::Day)
        out += QStringLiteral("-%1").arg(m_day, 2, 10, QLatin1Char('0'));
    return out;
}

} // namespace sc
