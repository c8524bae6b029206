#include "CityRepository.h"

#include "Database.h"
#include "Error.h"
#include "InsertStatement.h"
#include "NameKey.h"
#include "NameNormaliser.h"
#include "SqlSupport.h"

#include <QCoreApplication>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::CityRepository", text);
}

const char* kColumns = "SELECT id, city_key, country, division, parent_id, level, name_native, "
                       "name_zh, name_ja, name_ko, name_en, latitude, longitude, source_id, "
                       "row_version FROM cities";

City cityFrom(const QSqlQuery& query)
{
    City c;
    c.id = query.value(0).toLongLong();
    c.key = query.value(1).toString();
    c.country = query.value(2).toString();
    c.division = query.value(3).toString();
    c.parentId = query.value(4).toLongLong();
    c.level = query.value(5).toString();
    c.names.native = query.value(6).toString();
    c.names.zh = query.value(7).toString();
    c.names.ja = query.value(8).toString();
    c.names.ko = query.value(9).toString();
    c.names.en = query.value(10).toString();
    if (!query.value(11).isNull())
        c.latitude = query.value(11).toDouble();
    if (!query.value(12).isNull())
        c.longitude = query.value(12).toDouble();
    c.sourceId = query.value(13).toLongLong();
    c.rowVersion = query.value(14).toInt();
    return c;
}

QVariant optionalDouble(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

QStringList CityRepository::insertColumns()
{
    return {
        QStringLiteral("city_key"),  QStringLiteral("country"),    QStringLiteral("division"),
        QStringLiteral("parent_id"), QStringLiteral("level"),      QStringLiteral("name_native"),
        QStringLiteral("name_zh"),   QStringLiteral("name_ja"),    QStringLiteral("name_ko"),
        QStringLiteral("name_en"),   QStringLiteral("latitude"),   QStringLiteral("longitude"),
        QStringLiteral("source_id"), QStringLiteral("search_text")};
}

QVariantList CityRepository::insertValues(const City& c)
{
    return {sql::nullIfEmpty(c.key),
            c.country.toUpper(),
            sql::nullIfEmpty(c.division.toUpper()),
            sql::nullIfZero(c.parentId),
            c.level,
            c.names.native.trimmed(),
            sql::nullIfEmpty(c.names.zh.trimmed()),
            sql::nullIfEmpty(c.names.ja.trimmed()),
            sql::nullIfEmpty(c.names.ko.trimmed()),
            sql::nullIfEmpty(c.names.en.trimmed()),
            optionalDouble(c.latitude),
            optionalDouble(c.longitude),
            sql::nullIfZero(c.sourceId),
            namekey::searchText(c.names.all())};
}

QString CityRepository::validate(const City& c) const
{
    if (c.names.native.trimmed().isEmpty())
        return tr("a city needs its native name");
    // The dialogs and import store names only through NameNormaliser; this is the last guard.
    const QStringList labels = {tr("native name"), tr("Chinese name"), tr("Japanese name"),
                                tr("Korean name"), tr("English name")};
    const QStringList names = c.names.all();
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i).isEmpty())
            continue;
        const NameNormaliser::Result name = NameNormaliser::normalise(names.at(i));
        if (!name.ok())
            return tr("the %1 %2 %3")
                .arg(labels.at(i), NameNormaliser::visible(names.at(i)), name.problem);
    }
    if (!City::levels().contains(c.level))
        return tr("\"%1\" is not a level of local government").arg(c.level);
    if (sql::scalar(m_database.prepared(QStringLiteral("SELECT 1 FROM countries WHERE code = ?")),
                    {c.country.toUpper()})
            .isNull())
        return tr("\"%1\" is not a known country code").arg(c.country);
    if (!c.division.isEmpty()) {
        const QVariant country = sql::scalar(
            m_database.prepared(QStringLiteral("SELECT country FROM divisions WHERE code = ?")),
            {c.division.toUpper()});
        if (country.isNull())
            return tr("\"%1\" is not a known division").arg(c.division);
        if (country.toString() != c.country.toUpper())
            return tr("the division %1 is not in %2").arg(c.division, c.country);
    }
    if (c.latitude && (*c.latitude < -90 || *c.latitude > 90))
        return tr("latitude %1 is outside -90…90").arg(*c.latitude);
    if (c.longitude && (*c.longitude < -180 || *c.longitude > 180))
        return tr("longitude %1 is outside -180…180").arg(*c.longitude);
    return {};
}

qint64 CityRepository::add(const City& c)
{
    m_database.requireWritable();
    if (const QString problem = validate(c); !problem.isEmpty())
        throw Error(Error::Kind::Invalid, problem);
    static const QString statement =
        sql::insertStatement(QStringLiteral("cities"), insertColumns()) +
        QLatin1String(" RETURNING id");
    return sql::insert(m_database.prepared(statement), insertValues(c));
}

std::optional<City> CityRepository::get(qint64 id) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QLatin1String(kColumns) + QStringLiteral(" WHERE id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    return cityFrom(query);
}

std::optional<City> CityRepository::findByKey(const QString& key) const
{
    QSqlQuery query =
        sql::run(m_database.connection(),
                 QLatin1String(kColumns) + QStringLiteral(" WHERE city_key = ?"), {key});
    if (!query.next())
        return std::nullopt;
    return cityFrom(query);
}

QVector<qint64> CityRepository::findByName(const QString& name, const QString& country,
                                           const QString& division) const
{
    QString text = QStringLiteral("SELECT id FROM cities WHERE search_text LIKE ? ESCAPE '\\'");
    QVariantList values{namekey::equalsPattern(name)};
    if (!country.isEmpty()) {
        text += QStringLiteral(" AND country = ?");
        values << country.toUpper();
    }
    if (!division.isEmpty()) {
        text += QStringLiteral(" AND division = ?");
        values << division.toUpper();
    }
    QSqlQuery query =
        sql::run(m_database.connection(), text + QStringLiteral(" ORDER BY id"), values);
    QVector<qint64> out;
    while (query.next())
        out << query.value(0).toLongLong();
    return out;
}

void CityRepository::update(const City& c)
{
    m_database.requireWritable();
    if (const QString problem = validate(c); !problem.isEmpty())
        throw Error(Error::Kind::Invalid, problem);
    QVariantList values = insertValues(c);
    values << c.id << c.rowVersion;
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("UPDATE cities SET city_key = ?, country = ?, division = ?, parent_id = ?, "
                       "level = ?, name_native = ?, name_zh = ?, name_ja = ?, name_ko = ?, "
                       "name_en = ?, latitude = ?, longitude = ?, source_id = ?, search_text = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        values);
    if (query.numRowsAffected() != 1)
        throw Error(Error::Kind::Conflict,
                    get(c.id)
                        ? tr("city %1 was changed by someone else since it was read").arg(c.id)
                        : tr("city %1 no longer exists").arg(c.id));
}

int CityRepository::pairingCount(qint64 id) const
{
    return sql::scalar(
               m_database.connection(),
               QStringLiteral("SELECT count(*) FROM pairings WHERE city_a = ? OR city_b = ?"),
               {id, id})
        .toInt();
}

void CityRepository::remove(qint64 id, int rowVersion)
{
    m_database.requireWritable();
    if (const int pairings = pairingCount(id); pairings > 0)
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("sc::CityRepository",
                                                "city %1 still has %n pairing(s); remove or move "
                                                "them first",
                                                nullptr, pairings)
                        .arg(id));
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("DELETE FROM cities WHERE id = ? AND row_version = ?"), {id, rowVersion});
    if (query.numRowsAffected() != 1)
        throw Error(Error::Kind::Conflict,
                    tr("city %1 was changed or removed by someone else since it was read").arg(id));
}

} // namespace sc
