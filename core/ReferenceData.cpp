#include "ReferenceData.h"

#include "Database.h"
#include "Error.h"
#include "NameKey.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QHash>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::ReferenceData", text);
}

Names namesFrom(const QSqlQuery& query, int first)
{
    Names names;
    names.zh = query.value(first).toString();
    names.ja = query.value(first + 1).toString();
    names.ko = query.value(first + 2).toString();
    names.en = query.value(first + 3).toString();
    return names;
}

Country countryFrom(const QSqlQuery& query)
{
    return {query.value(0).toString(), namesFrom(query, 1), query.value(5).toInt()};
}

Division divisionFrom(const QSqlQuery& query)
{
    return {query.value(0).toString(), query.value(1).toString(), namesFrom(query, 2),
            query.value(6).toString(), query.value(7).toInt()};
}

const char* kCountryColumns = "SELECT code, name_zh, name_ja, name_ko, name_en, row_version "
                              "FROM countries";
const char* kDivisionColumns =
    "SELECT code, country, name_zh, name_ja, name_ko, name_en, region, row_version FROM divisions";

} // namespace

QVector<Country> ReferenceData::countries() const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QLatin1String(kCountryColumns) + QStringLiteral(" ORDER BY code"));
    QVector<Country> out;
    while (query.next())
        out << countryFrom(query);
    return out;
}

QVector<Division> ReferenceData::divisions(const QString& country) const
{
    QString text = QLatin1String(kDivisionColumns);
    QVariantList values;
    if (!country.isEmpty()) {
        text += QStringLiteral(" WHERE country = ?");
        values << country.toUpper();
    }
    QSqlQuery query =
        sql::run(m_database.connection(), text + QStringLiteral(" ORDER BY code"), values);
    QVector<Division> out;
    while (query.next())
        out << divisionFrom(query);
    return out;
}

std::optional<Country> ReferenceData::country(const QString& code) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QLatin1String(kCountryColumns) + QStringLiteral(" WHERE code = ?"),
                               {code.toUpper()});
    if (!query.next())
        return std::nullopt;
    return countryFrom(query);
}

std::optional<Division> ReferenceData::division(const QString& code) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QLatin1String(kDivisionColumns) + QStringLiteral(" WHERE code = ?"),
                               {code.toUpper()});
    if (!query.next())
        return std::nullopt;
    return divisionFrom(query);
}

QString ReferenceData::resolveDivision(const QString& codeOrName, const QString& country) const
{
    const QString text = codeOrName.trimmed();
    if (auto byCode = division(text);
        byCode && (country.isEmpty() || byCode->country == country.toUpper()))
        return byCode->code;

    QString sqlText = QStringLiteral("SELECT code FROM divisions WHERE search_text LIKE ? "
                                     "ESCAPE '\\'");
    QVariantList values{namekey::equalsPattern(text)};
    if (!country.isEmpty()) {
        sqlText += QStringLiteral(" AND country = ?");
        values << country.toUpper();
    }
    QSqlQuery query =
        sql::run(m_database.connection(), sqlText + QStringLiteral(" ORDER BY code"), values);
    QStringList codes;
    while (query.next())
        codes << query.value(0).toString();
    if (codes.isEmpty())
        throw Error(Error::Kind::NotFound, tr("no division is called \"%1\"").arg(text));
    if (codes.size() > 1)
        throw Error(Error::Kind::Invalid, tr("\"%1\" names several divisions (%2): give the code")
                                              .arg(text, codes.join(QLatin1String(", "))));
    return codes.first();
}

QString ReferenceData::resolveCountry(const QString& codeOrName) const
{
    const QString text = codeOrName.trimmed();
    if (text.size() == 2 && country(text))
        return text.toUpper();
    // The short forms people write for the three countries, beside the reference names (한국
    // beside 대한민국, Korea beside South Korea): the code they stand for, if the table has it.
    static const QHash<QString, QString> shortForms = {
        {namekey::normalize(QStringLiteral("한국")), QStringLiteral("KR")},
        {namekey::normalize(QStringLiteral("韓國")), QStringLiteral("KR")},
        {namekey::normalize(QStringLiteral("Korea")), QStringLiteral("KR")},
        {namekey::normalize(QStringLiteral("Republic of Korea")), QStringLiteral("KR")},
        {namekey::normalize(QStringLiteral("中國")), QStringLiteral("CN")},
        {namekey::normalize(QStringLiteral("中华人民共和国")), QStringLiteral("CN")},
        {namekey::normalize(QStringLiteral("People's Republic of China")), QStringLiteral("CN")},
        {namekey::normalize(QStringLiteral("日本国")), QStringLiteral("JP")}};
    if (const auto it = shortForms.constFind(namekey::normalize(text));
        it != shortForms.constEnd() && country(*it))
        return *it;
    const QVariant code =
        sql::scalar(m_database.connection(),
                    QStringLiteral("SELECT code FROM countries WHERE search_text LIKE ? "
                                   "ESCAPE '\\' ORDER BY code"),
                    {namekey::equalsPattern(text)});
    if (code.isNull())
        throw Error(Error::Kind::NotFound, tr("no country is called \"%1\"").arg(text));
    return code.toString();
}

void ReferenceData::addCountry(const Country& c)
{
    m_database.requireWritable();
    sql::run(m_database.connection(),
             QStringLiteral("INSERT INTO countries (code, name_zh, name_ja, name_ko, name_en, "
                            "search_text) VALUES (?, ?, ?, ?, ?, ?)"),
             {c.code.toUpper(), c.names.zh, c.names.ja, c.names.ko, c.names.en,
              namekey::searchText(c.names.all() << c.code)});
}

void ReferenceData::addDivision(const Division& d)
{
    m_database.requireWritable();
    sql::run(m_database.connection(),
             QStringLiteral("INSERT INTO divisions (code, country, name_zh, name_ja, name_ko, "
                            "name_en, region, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {d.code.toUpper(), d.country.toUpper(), d.names.zh, d.names.ja, d.names.ko, d.names.en,
              sql::nullIfEmpty(d.region), namekey::searchText(d.names.all() << d.code)});
}

} // namespace sc
