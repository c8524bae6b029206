#include "PairingRepository.h"

#include "Database.h"
#include "Error.h"
#include "EstablishedDate.h"
#include "InsertStatement.h"
#include "SqlSupport.h"

#include <QCoreApplication>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::PairingRepository", text);
}

const char* kColumns = "SELECT id, pairing_key, city_a, city_b, established, status, kind, "
                       "date_basis, note, source_id, row_version FROM pairings";

Pairing pairingFrom(const QSqlQuery& query)
{
    Pairing p;
    p.id = query.value(0).toLongLong();
    p.key = query.value(1).toString();
    p.cityA = query.value(2).toLongLong();
    p.cityB = query.value(3).toLongLong();
    p.established = query.value(4).toString();
    p.status = query.value(5).toString();
    p.kind = query.value(6).toString();
    p.dateBasis = query.value(7).toString();
    p.note = query.value(8).toString();
    p.sourceId = query.value(9).toLongLong();
    p.rowVersion = query.value(10).toInt();
    return p;
}

// established, established_year and precision as stored.
QVariantList dateValues(const QString& established)
{
    const auto date = EstablishedDate::parse(established);
    if (!date)
        return {QVariant(), QVariant(), QVariant()};
    return {date->toString(), date->year(), date->precisionName()};
}

} // namespace

QStringList PairingRepository::insertColumns()
{
    return {QStringLiteral("pairing_key"),      QStringLiteral("city_a"),
            QStringLiteral("city_b"),           QStringLiteral("established"),
            QStringLiteral("established_year"), QStringLiteral("precision"),
            QStringLiteral("status"),           QStringLiteral("kind"),
            QStringLiteral("date_basis"),       QStringLiteral("note"),
            QStringLiteral("source_id")};
}

QVariantList PairingRepository::insertValues(const Pairing& p)
{
    QVariantList values{sql::nullIfEmpty(p.key), p.cityA, p.cityB};
    values << dateValues(p.established);
    values << p.status << sql::nullIfEmpty(p.kind) << sql::nullIfEmpty(p.dateBasis.trimmed())
           << sql::nullIfEmpty(p.note.trimmed()) << p.sourceId;
    return values;
}

QString PairingRepository::validate(const Pairing& p, const QDate& today) const
{
    if (p.cityA == 0 || p.cityB == 0)
        return tr("a pairing needs two cities");
    if (p.cityA == p.cityB)
        return tr("a city cannot be paired with itself");
    for (qint64 city : {p.cityA, p.cityB})
        if (sql::scalar(m_database.prepared(QStringLiteral("SELECT 1 FROM cities WHERE id = ?")),
                        {city})
                .isNull())
            return tr("city %1 does not exist").arg(city);
    if (const QString why = EstablishedDate::validate(p.established, today); !why.isEmpty())
        return tr("date established: %1").arg(why);
    if (!Pairing::statuses().contains(p.status))
        return tr("\"%1\" is not a status: use active, dormant or ended").arg(p.status);
    if (!p.kind.isEmpty() && !Pairing::kinds().contains(p.kind))
        return tr("\"%1\" is not a kind: use sister, friendship or friendship-exchange")
            .arg(p.kind);
    if (p.sourceId == 0)
        return tr("a pairing needs a source: say where it was read");
    if (sql::scalar(m_database.prepared(QStringLiteral("SELECT 1 FROM sources WHERE id = ?")),
                    {p.sourceId})
            .isNull())
        return tr("source %1 does not exist").arg(p.sourceId);
    if (const auto existing = findPair(p.cityA, p.cityB); existing && *existing != p.id)
        return tr("these two cities are paired already (pairing %1)").arg(*existing);
    return {};
}

qint64 PairingRepository::add(const Pairing& p)
{
    m_database.requireWritable();
    if (const QString problem = validate(p); !problem.isEmpty())
        throw Error(Error::Kind::Invalid, problem);
    // The columns derived from the cities (schema 5) are filled by the trigger
    // pairings_derive_insert, as for an import's batches.
    static const QString statement =
        sql::insertStatement(QStringLiteral("pairings"), insertColumns()) +
        QLatin1String(" RETURNING id");
    return sql::insert(m_database.prepared(statement), insertValues(p));
}

std::optional<Pairing> PairingRepository::get(qint64 id) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QLatin1String(kColumns) + QStringLiteral(" WHERE id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    return pairingFrom(query);
}

std::optional<qint64> PairingRepository::findPair(qint64 cityA, qint64 cityB) const
{
    const QVariant id = sql::scalar(
        m_database.prepared(
            // The terms of the unique index pairings_pair, so that it is used.
            QStringLiteral("SELECT id FROM pairings WHERE %1 = ? AND %2 = ?")
                .arg(m_database.dialect().least(QStringLiteral("city_a"), QStringLiteral("city_b")),
                     m_database.dialect().greatest(QStringLiteral("city_a"),
                                                   QStringLiteral("city_b")))),
        {qMin(cityA, cityB), qMax(cityA, cityB)});
    if (id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

void PairingRepository::update(const Pairing& p)
{
    m_database.requireWritable();
    if (const QString problem = validate(p); !problem.isEmpty())
        throw Error(Error::Kind::Invalid, problem);
    QVariantList values = insertValues(p);
    values << p.id << p.rowVersion;
    QSqlQuery query =
        sql::run(m_database.connection(),
                 QStringLiteral("UPDATE pairings SET pairing_key = ?, city_a = ?, city_b = ?, "
                                "established = ?, established_year = ?, precision = ?, status = ?, "
                                "kind = ?, date_basis = ?, note = ?, source_id = ?, "
                                "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                 values);
    if (query.numRowsAffected() != 1)
        throw Error(Error::Kind::Conflict,
                    get(p.id)
                        ? tr("pairing %1 was changed by someone else since it was read").arg(p.id)
                        : tr("pairing %1 no longer exists").arg(p.id));
}

void PairingRepository::remove(qint64 id, int rowVersion)
{
    m_database.requireWritable();
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("DELETE FROM pairings WHERE id = ? AND row_version = ?"), {id, rowVersion});
    if (query.numRowsAffected() != 1)
        throw Error(
            Error::Kind::Conflict,
            tr("pairing %1 was changed or removed by someone else since it was read").arg(id));
}

} // namespace sc
