#include "DatasetCompiler.h"

#include "Database.h"
#include "Error.h"
#include "EstablishedDate.h"
#include "NameKey.h"
#include "ReferenceData.h"
#include "RegisterChecks.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "model/City.h"
#include "model/Pairing.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::DatasetCompiler", text);
}

QStringList columns(const char* spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '));
}

[[noreturn]] void fail(const TsvTable& table, const TsvTable::Row& row, const QString& column,
                       const QString& why)
{
    throw Error(Error::Kind::Invalid, table.where(row, column) + QStringLiteral(": ") + why);
}

QString required(const TsvTable& table, const TsvTable::Row& row, const QString& column)
{
    const QString value = table.value(row, column);
    if (value.trimmed().isEmpty())
        fail(table, row, column,
             QCoreApplication::translate("sc::DatasetCompiler", "must not be empty"));
    return value;
}

Names names(const TsvTable& table, const TsvTable::Row& row, const QString& prefix)
{
    Names n;
    n.zh = table.value(row, prefix + QStringLiteral("zh"));
    n.ja = table.value(row, prefix + QStringLiteral("ja"));
    n.ko = table.value(row, prefix + QStringLiteral("ko"));
    n.en = table.value(row, prefix + QStringLiteral("en"));
    return n;
}

// Runs an insert and turns a driver error into one that names the fact file's row.
qint64 insert(const QSqlDatabase& db, const TsvTable& table, const TsvTable::Row& row,
              const QString& text, const QVariantList& values)
{
    try {
        // The id of a row inserted with RETURNING id (0 for the other statements).
        QSqlQuery query = sql::run(db, text, values);
        return query.next() ? query.value(0).toLongLong() : 0;
    } catch (const Error& error) {
        fail(table, row, QStringLiteral("row"), error.message());
    }
}

} // namespace

DatasetCompiler::DatasetCompiler(Database& database, const QString& factsDir)
    : m_database(database), m_dir(factsDir)
{
}

bool DatasetCompiler::exists(const QString& relative) const
{
    return QFileInfo::exists(m_dir + QLatin1Char('/') + relative);
}

TsvTable DatasetCompiler::table(const QString& relative, const QStringList& cols) const
{
    return TsvTable::read(m_dir + QLatin1Char('/') + relative, cols);
}

qint64 DatasetCompiler::sourceId(const TsvTable& t, const TsvTable::Row& row,
                                 const QString& column) const
{
    const QString key = required(t, row, column);
    const auto it = m_sources.constFind(key);
    if (it == m_sources.constEnd())
        fail(t, row, column, tr("no source has the key \"%1\"").arg(key));
    return *it;
}

DatasetCompiler::Summary DatasetCompiler::compile()
{
    Transaction transaction(m_database);
    loadSources(QStringLiteral("register"));
    loadSources(QStringLiteral("report"));
    loadCountries();
    loadDivisions();
    loadCities();
    loadPairings();
    loadPairingSources();
    checkRegister();
    loadSurveys();
    loadPublishedStatistics();
    transaction.commit();
    return m_summary;
}

void DatasetCompiler::checkRegister()
{
    if (!exists(QStringLiteral("register/pairings.tsv")) ||
        !exists(QStringLiteral("register/cities.tsv")))
        return;
    const TsvTable cities = table(QStringLiteral("register/cities.tsv"), cityColumns());
    const TsvTable pairings = table(QStringLiteral("register/pairings.tsv"), pairingColumns());
    const RegisterChecks checks(m_database.connection());
    checks.requireSourceUrls(pairings);
    checks.forbidDuplicatePlaces(pairings, cities);
    if (exists(QStringLiteral("register/unplaced.tsv"))) {
        const TsvTable unplaced =
            table(QStringLiteral("register/unplaced.tsv"), columns("city_key reason"));
        checks.requireDivisions(cities, &unplaced);
    } else {
        checks.requireDivisions(cities, nullptr);
    }
}

QStringList DatasetCompiler::cityColumns()
{
    return columns("city_key country division parent_key level name_native name_zh name_ja "
                   "name_ko name_en source_key");
}

QStringList DatasetCompiler::pairingColumns()
{
    return columns("pairing_key city_a city_b established precision status kind date_basis note "
                   "source_key verification ended end_reason successor end_source_key");
}

DatasetCompiler::Summary DatasetCompiler::compileReference()
{
    Transaction transaction(m_database);
    for (const QString& folder : {QStringLiteral("register"), QStringLiteral("report")}) {
        const QString file = folder + QStringLiteral("/sources.tsv");
        if (!exists(file))
            continue;
        const TsvTable t = table(file, columns("source_key title publisher url date_read licence"));
        for (const auto& row : t.rows())
            m_sources.insert(required(t, row, QStringLiteral("source_key")), 0);
    }
    loadCountries();
    loadDivisions();
    transaction.commit();
    return m_summary;
}

void DatasetCompiler::loadSources(const QString& folder)
{
    const QString file = folder + QStringLiteral("/sources.tsv");
    if (!exists(file))
        return;
    const TsvTable t = table(file, columns("source_key title publisher url date_read licence"));
    for (const auto& row : t.rows()) {
        const QString key = required(t, row, QStringLiteral("source_key"));
        if (m_sources.contains(key))
            fail(t, row, QStringLiteral("source_key"), tr("\"%1\" is defined twice").arg(key));
        m_sources.insert(
            key,
            insert(m_database.connection(), t, row,
                   QStringLiteral("INSERT INTO sources (source_key, title, publisher, url, "
                                  "date_read, licence) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                   {key, required(t, row, QStringLiteral("title")),
                    sql::nullIfEmpty(t.value(row, QStringLiteral("publisher"))),
                    sql::nullIfEmpty(t.value(row, QStringLiteral("url"))),
                    sql::nullIfEmpty(t.value(row, QStringLiteral("date_read"))),
                    sql::nullIfEmpty(t.value(row, QStringLiteral("licence")))}));
        ++m_summary.sources;
    }
}

void DatasetCompiler::loadCountries()
{
    const TsvTable t = table(QStringLiteral("register/countries.tsv"),
                             columns("code name_zh name_ja name_ko name_en source_key"));
    ReferenceData reference(m_database);
    for (const auto& row : t.rows()) {
        Country country{required(t, row, QStringLiteral("code")),
                        names(t, row, QStringLiteral("name_")), 0};
        for (const QString& lang : language::codes())
            required(t, row, QStringLiteral("name_") + lang);
        sourceId(t, row);
        try {
            reference.addCountry(country);
        } catch (const Error& error) {
            fail(t, row, QStringLiteral("code"), error.message());
        }
        ++m_summary.countries;
    }
}

void DatasetCompiler::loadDivisions()
{
    const TsvTable t =
        table(QStringLiteral("register/divisions.tsv"),
              columns("code country name_zh name_ja name_ko name_en region source_key"));
    ReferenceData reference(m_database);
    for (const auto& row : t.rows()) {
        Division division{
            required(t, row, QStringLiteral("code")), required(t, row, QStringLiteral("country")),
            names(t, row, QStringLiteral("name_")), t.value(row, QStringLiteral("region")), 0};
        for (const QString& lang : language::codes())
            required(t, row, QStringLiteral("name_") + lang);
        if (division.country == QLatin1String("CN") && division.region.isEmpty())
            fail(t, row, QStringLiteral("region"), tr("a Chinese division needs its region"));
        sourceId(t, row);
        try {
            reference.addDivision(division);
        } catch (const Error& error) {
            fail(t, row, QStringLiteral("code"), error.message());
        }
        ++m_summary.divisions;
    }
}

void DatasetCompiler::loadCities()
{
    const QString file = QStringLiteral("register/cities.tsv");
    if (!exists(file))
        return;
    const TsvTable t = table(file, cityColumns());
    const QSqlDatabase db = m_database.connection();
    for (const auto& row : t.rows()) {
        const QString key = required(t, row, QStringLiteral("city_key"));
        if (m_cities.contains(key))
            fail(t, row, QStringLiteral("city_key"), tr("\"%1\" is defined twice").arg(key));
        const QString level = required(t, row, QStringLiteral("level"));
        if (!City::levels().contains(level))
            fail(t, row, QStringLiteral("level"), tr("\"%1\" is not a level").arg(level));
        Names n = names(t, row, QStringLiteral("name_"));
        n.native = required(t, row, QStringLiteral("name_native"));
        if (t.value(row, QStringLiteral("country")) == QLatin1String("CN"))
            m_chineseCities.insert(key);
        m_cities.insert(
            key,
            insert(db, t, row,
                   QStringLiteral(
                       "INSERT INTO cities (city_key, country, division, level, "
                       "name_native, name_zh, name_ja, name_ko, name_en, source_id, "
                       "search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                   {key, required(t, row, QStringLiteral("country")),
                    sql::nullIfEmpty(t.value(row, QStringLiteral("division"))), level, n.native,
                    sql::nullIfEmpty(n.zh), sql::nullIfEmpty(n.ja), sql::nullIfEmpty(n.ko),
                    sql::nullIfEmpty(n.en), sourceId(t, row), namekey::searchText(n.all())}));
        ++m_summary.cities;
    }
    // Parents in a second pass: a district may come before its city in key order.
    for (const auto& row : t.rows()) {
        const QString parent = t.value(row, QStringLiteral("parent_key"));
        if (parent.isEmpty())
            continue;
        if (!m_cities.contains(parent))
            fail(t, row, QStringLiteral("parent_key"),
                 tr("no city has the key \"%1\"").arg(parent));
        insert(db, t, row, QStringLiteral("UPDATE cities SET parent_id = ? WHERE id = ?"),
               {m_cities.value(parent), m_cities.value(t.value(row, QStringLiteral("city_key")))});
    }
}

void DatasetCompiler::loadPairings()
{
    const QString file = QStringLiteral("register/pairings.tsv");
    if (!exists(file))
        return;
    const TsvTable t = table(file, pairingColumns());
    const QSqlDatabase db = m_database.connection();
    for (const auto& row : t.rows()) {
        const QString key = required(t, row, QStringLiteral("pairing_key"));
        if (m_pairings.contains(key))
            fail(t, row, QStringLiteral("pairing_key"), tr("\"%1\" is defined twice").arg(key));
        qint64 cities[2] = {0, 0};
        bool china = false;
        for (int i = 0; i < 2; ++i) {
            const QString column = i == 0 ? QStringLiteral("city_a") : QStringLiteral("city_b");
            const QString city = required(t, row, column);
            if (!m_cities.contains(city))
                fail(t, row, column, tr("no city has the key \"%1\"").arg(city));
            cities[i] = m_cities.value(city);
            china = china || m_chineseCities.contains(city);
        }
        if (cities[0] == cities[1])
            fail(t, row, QStringLiteral("city_b"), tr("a city cannot be paired with itself"));
        const QString established = t.value(row, QStringLiteral("established"));
        RegisterChecks::requireDate(t, row, QStringLiteral("established"), china);
        const auto date = EstablishedDate::parse(established);
        const QString precision = t.value(row, QStringLiteral("precision"));
        if ((date ? date->precisionName() : QString()) != precision)
            fail(t, row, QStringLiteral("precision"),
                 tr("\"%1\" does not match the date \"%2\"").arg(precision, established));
        const QString status = required(t, row, QStringLiteral("status"));
        if (!Pairing::statuses().contains(status))
            fail(t, row, QStringLiteral("status"), tr("\"%1\" is not a status").arg(status));
        const QString kind = t.value(row, QStringLiteral("kind"));
        if (!kind.isEmpty() && !Pairing::kinds().contains(kind))
            fail(t, row, QStringLiteral("kind"), tr("\"%1\" is not a kind").arg(kind));
        const QString verification = required(t, row, QStringLiteral("verification"));
        if (verification != QLatin1String("verified") &&
            verification != QLatin1String("unverified"))
            fail(t, row, QStringLiteral("verification"),
                 tr("\"%1\" is neither verified nor unverified").arg(verification));
        RegisterChecks::requireDate(t, row, QStringLiteral("ended"), china);
        const QString endReason = t.value(row, QStringLiteral("end_reason"));
        if (!endReason.isEmpty() && endReason != QLatin1String("suspended") &&
            endReason != QLatin1String("dissolved") && endReason != QLatin1String("renamed"))
            fail(t, row, QStringLiteral("end_reason"),
                 tr("\"%1\" is not suspended, dissolved or renamed").arg(endReason));
        const QString successor = t.value(row, QStringLiteral("successor"));
        if (!successor.isEmpty() && !m_cities.contains(successor))
            fail(t, row, QStringLiteral("successor"),
                 tr("no city has the key \"%1\"").arg(successor));
        const bool changed = !t.value(row, QStringLiteral("ended")).isEmpty() ||
                             !endReason.isEmpty() || !successor.isEmpty();
        if (changed && t.value(row, QStringLiteral("end_source_key")).isEmpty())
            fail(t, row, QStringLiteral("end_source_key"),
                 tr("a change of status needs the source that states it"));
        m_pairings.insert(
            key, insert(db, t, row,
                        QStringLiteral(
                            "INSERT INTO pairings (pairing_key, city_a, city_b, "
                            "established, established_year, precision, status, kind, "
                            "date_basis, note, source_id, verification, ended, "
                            "end_reason, successor_id, end_source_id) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                        {key, cities[0], cities[1], sql::nullIfEmpty(established),
                         date ? QVariant(date->year()) : QVariant(), sql::nullIfEmpty(precision),
                         status, sql::nullIfEmpty(kind),
                         sql::nullIfEmpty(t.value(row, QStringLiteral("date_basis"))),
                         sql::nullIfEmpty(t.value(row, QStringLiteral("note"))), sourceId(t, row),
                         verification, sql::nullIfEmpty(t.value(row, QStringLiteral("ended"))),
                         sql::nullIfEmpty(endReason),
                         successor.isEmpty() ? QVariant() : QVariant(m_cities.value(successor)),
                         changed ? QVariant(sourceId(t, row, QStringLiteral("end_source_key")))
                                 : QVariant()}));
        ++m_summary.pairings;
    }
}

void DatasetCompiler::loadPairingSources()
{
    const QString file = QStringLiteral("register/pairing_sources.tsv");
    if (!exists(file))
        return;
    const TsvTable t = table(file, columns("pairing_key source_key established relation note"));
    for (const auto& row : t.rows()) {
        const QString key = required(t, row, QStringLiteral("pairing_key"));
        if (!m_pairings.contains(key))
            fail(t, row, QStringLiteral("pairing_key"),
                 tr("no pairing has the key \"%1\"").arg(key));
        const QString established = t.value(row, QStringLiteral("established"));
        if (const QString why = EstablishedDate::validate(established); !why.isEmpty())
            fail(t, row, QStringLiteral("established"), why);
        insert(m_database.connection(), t, row,
               QStringLiteral("INSERT INTO pairing_sources (pairing_id, source_id, established, "
                              "relation, note) VALUES (?, ?, ?, ?, ?)"),
               {m_pairings.value(key), sourceId(t, row), sql::nullIfEmpty(established),
                sql::nullIfEmpty(t.value(row, QStringLiteral("relation"))),
                sql::nullIfEmpty(t.value(row, QStringLiteral("note")))});
        ++m_summary.pairingSources;
    }
}

void DatasetCompiler::loadSurveys()
{
    if (!exists(QStringLiteral("report/surveys.tsv")))
        return;
    const QSqlDatabase db = m_database.connection();
    // Questions, options and groups are keyed within their survey (and option within question).
    QHash<QString, qint64> surveys, questions, options, groups;
    auto lookup = [](const QHash<QString, qint64>& ids, const TsvTable& t, const TsvTable::Row& row,
                     const QString& column, const QString& key) {
        const auto it = ids.constFind(key);
        if (it == ids.constEnd())
            fail(t, row, column,
                 tr("\"%1\" is not defined").arg(key.section(QLatin1Char('|'), -1)));
        return *it;
    };
    auto field = [](const TsvTable& t, const TsvTable::Row& row, const char* column) {
        return required(t, row, QString::fromLatin1(column));
    };

    const TsvTable s = table(QStringLiteral("report/surveys.tsv"),
                             columns("survey_key year title_zh title_ja title_ko title_en "
                                     "source_key"));
    for (const auto& row : s.rows()) {
        const QString key = field(s, row, "survey_key");
        const Names n = names(s, row, QStringLiteral("title_"));
        surveys.insert(
            key, insert(db, s, row,
                        QStringLiteral("INSERT INTO surveys (survey_key, year, "
                                       "title_zh, title_ja, title_ko, title_en, "
                                       "source_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                        {key, s.value(row, QStringLiteral("year")).toInt(), n.zh, n.ja, n.ko, n.en,
                         sourceId(s, row)}));
        ++m_summary.surveys;
    }

    const TsvTable q = table(QStringLiteral("report/survey_questions.tsv"),
                             columns("survey_key question_key position kind text_zh text_ja "
                                     "text_ko text_en figures"));
    for (const auto& row : q.rows()) {
        const QString survey = field(q, row, "survey_key");
        const QString key = survey + QLatin1Char('|') + field(q, row, "question_key");
        const Names n = names(q, row, QStringLiteral("text_"));
        questions.insert(
            key, insert(db, q, row,
                        QStringLiteral("INSERT INTO survey_questions (survey_id, question_key, "
                                       "position, kind, text_zh, text_ja, text_ko, text_en, "
                                       "figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                        {lookup(surveys, q, row, QStringLiteral("survey_key"), survey),
                         field(q, row, "question_key"), field(q, row, "position").toInt(),
                         field(q, row, "kind"), n.zh, n.ja, n.ko, n.en,
                         sql::nullIfEmpty(q.value(row, QStringLiteral("figures")))}));
    }

    const TsvTable o = table(QStringLiteral("report/survey_options.tsv"),
                             columns("survey_key question_key option_key position label_zh "
                                     "label_ja label_ko label_en"));
    for (const auto& row : o.rows()) {
        const QString question =
            field(o, row, "survey_key") + QLatin1Char('|') + field(o, row, "question_key");
        const Names n = names(o, row, QStringLiteral("label_"));
        options.insert(
            question + QLatin1Char('|') + field(o, row, "option_key"),
            insert(db, o, row,
                   QStringLiteral("INSERT INTO survey_options (question_id, option_key, position, "
                                  "label_zh, label_ja, label_ko, label_en) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                   {lookup(questions, o, row, QStringLiteral("question_key"), question),
                    field(o, row, "option_key"), field(o, row, "position").toInt(), n.zh, n.ja,
                    n.ko, n.en}));
    }

    const TsvTable g = table(QStringLiteral("report/survey_groups.tsv"),
                             columns("survey_key group_key position respondents label_zh "
                                     "label_ja label_ko label_en source_key"));
    for (const auto& row : g.rows()) {
        const QString survey = field(g, row, "survey_key");
        const QString respondents = g.value(row, QStringLiteral("respondents"));
        bool ok = true;
        const int n = respondents.toInt(&ok);
        if (!respondents.isEmpty() && (!ok || n < 0))
            fail(g, row, QStringLiteral("respondents"),
                 tr("\"%1\" is not a count").arg(respondents));
        const Names labels = names(g, row, QStringLiteral("label_"));
        groups.insert(
            survey + QLatin1Char('|') + field(g, row, "group_key"),
            insert(db, g, row,
                   QStringLiteral("INSERT INTO survey_groups (survey_id, group_key, position, "
                                  "respondents, label_zh, label_ja, label_ko, label_en, "
                                  "source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                   {lookup(surveys, g, row, QStringLiteral("survey_key"), survey),
                    field(g, row, "group_key"), field(g, row, "position").toInt(),
                    respondents.isEmpty() ? QVariant() : QVariant(n), labels.zh, labels.ja,
                    labels.ko, labels.en, sourceId(g, row)}));
    }

    const TsvTable t = table(QStringLiteral("report/survey_tallies.tsv"),
                             columns("survey_key group_key question_key option_key count "
                                     "percent source_key location note"));
    for (const auto& row : t.rows()) {
        const QString survey = field(t, row, "survey_key");
        const QString group = survey + QLatin1Char('|') + field(t, row, "group_key");
        const QString option = survey + QLatin1Char('|') + field(t, row, "question_key") +
                               QLatin1Char('|') + field(t, row, "option_key");
        const QString countText = t.value(row, QStringLiteral("count"));
        const QString percentText = t.value(row, QStringLiteral("percent"));
        bool ok = true;
        const int count = countText.toInt(&ok);
        if (!countText.isEmpty() && (!ok || count < 0))
            fail(t, row, QStringLiteral("count"), tr("\"%1\" is not a count").arg(countText));
        const double percent = percentText.toDouble(&ok);
        if (!percentText.isEmpty() && (!ok || percent < 0 || percent > 100))
            fail(t, row, QStringLiteral("percent"),
                 tr("\"%1\" is not a percentage").arg(percentText));
        insert(db, t, row,
               QStringLiteral("INSERT INTO survey_tallies (group_id, option_id, count, percent, "
                              "source_id, location, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {lookup(groups, t, row, QStringLiteral("group_key"), group),
                lookup(options, t, row, QStringLiteral("option_key"), option),
                countText.isEmpty() ? QVariant() : QVariant(count),
                percentText.isEmpty() ? QVariant() : QVariant(percent), sourceId(t, row),
                sql::nullIfEmpty(t.value(row, QStringLiteral("location"))),
                sql::nullIfEmpty(t.value(row, QStringLiteral("note")))});
        ++m_summary.tallies;
    }
}

void DatasetCompiler::loadPublishedStatistics()
{
    const QString file = QStringLiteral("report/published_statistics.tsv");
    if (!exists(file))
        return;
    const TsvTable t = table(file, columns("stat_key subject key value unit as_of source_key "
                                           "location note"));
    for (const auto& row : t.rows()) {
        bool ok = false;
        const double value = required(t, row, QStringLiteral("value")).toDouble(&ok);
        if (!ok)
            fail(t, row, QStringLiteral("value"),
                 tr("\"%1\" is not a number").arg(t.value(row, QStringLiteral("value"))));
        insert(m_database.connection(), t, row,
               QStringLiteral("INSERT INTO published_statistics (stat_key, subject, subject_key, "
                              "value, unit, as_of, source_id, location, note) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
               {required(t, row, QStringLiteral("stat_key")),
                required(t, row, QStringLiteral("subject")),
                required(t, row, QStringLiteral("key")), value,
                required(t, row, QStringLiteral("unit")),
                sql::nullIfEmpty(t.value(row, QStringLiteral("as_of"))), sourceId(t, row),
                sql::nullIfEmpty(t.value(row, QStringLiteral("location"))),
                sql::nullIfEmpty(t.value(row, QStringLiteral("note")))});
        ++m_summary.publishedStatistics;
    }
}

} // namespace sc
