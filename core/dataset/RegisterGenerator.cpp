#include "RegisterGenerator.h"

#include "BundledDataset.h"
#include "CityDisplayName.h"
#include "Database.h"
#include "Error.h"
#include "HangulRomanizer.h"
#include "NameKey.h"
#include "SqlSupport.h"
#include "SqliteDialect.h"
#include "Transaction.h"
#include "io/DeferredNameSearch.h"
#include "io/DeferredTallies.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVector>

#include <cmath>
#include <random>
#include <unordered_set>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::RegisterGenerator", text);
}

// Choices from one std::mt19937_64 stream, by arithmetic that is the same everywhere.
class Dice {
public:
    explicit Dice(std::uint64_t seed) : m_engine(seed) {}
    // Uniform in [0, 1), from the top 53 bits.
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return int(unit() * n); }
    // Index in [0, n) with a power-law skew: low indexes much more often (u^2.5; sqrt is exact
    // in IEEE arithmetic, pow is not guaranteed to be).
    int skewed(int n)
    {
        const double u = unit();
        return std::min(n - 1, int(n * u * u * std::sqrt(u)));
    }
    // Index into cumulative weights (the last is the total).
    int pick(const QVector<double>& cumulative)
    {
        const double target = unit() * cumulative.last();
        int i = 0;
        while (i + 1 < cumulative.size() && cumulative.at(i) <= target)
            ++i;
        return i;
    }

private:
    std::mt19937_64 m_engine;
};

struct Syllable {
    const char* native;
    const char* latin;
};

// Hanzi with pinyin, kanji with their Japanese reading, hangul (romanised by HangulRomanizer),
// and Latin syllables for the rest of the world.
const Syllable kChinese[] = {
    {"安", "an"},    {"宝", "bao"},   {"北", "bei"},   {"昌", "chang"}, {"城", "cheng"},
    {"川", "chuan"}, {"大", "da"},    {"德", "de"},    {"东", "dong"},  {"丰", "feng"},
    {"福", "fu"},    {"广", "guang"}, {"海", "hai"},   {"和", "he"},    {"华", "hua"},
    {"淮", "huai"},  {"吉", "ji"},    {"江", "jiang"}, {"金", "jin"},   {"景", "jing"},
    {"开", "kai"},   {"兰", "lan"},   {"乐", "le"},    {"林", "lin"},   {"龙", "long"},
    {"梅", "mei"},   {"明", "ming"},  {"南", "nan"},   {"宁", "ning"},  {"平", "ping"},
    {"清", "qing"},  {"泉", "quan"},  {"山", "shan"},  {"石", "shi"},   {"顺", "shun"},
    {"泰", "tai"},   {"天", "tian"},  {"通", "tong"},  {"武", "wu"},    {"西", "xi"},
    {"新", "xin"},   {"阳", "yang"},  {"义", "yi"},    {"永", "yong"},  {"云", "yun"},
    {"镇", "zhen"},  {"州", "zhou"},  {"庄", "zhuang"}};
const Syllable kJapanese[] = {{"青", "ao"},    {"朝", "asa"},   {"千", "chi"},     {"藤", "fuji"},
                              {"浜", "hama"},  {"原", "hara"},  {"東", "higashi"}, {"平", "hira"},
                              {"本", "hon"},   {"井", "i"},     {"石", "ishi"},    {"川", "kawa"},
                              {"北", "kita"},  {"小", "ko"},    {"松", "matsu"},   {"三", "mi"},
                              {"宮", "miya"},  {"森", "mori"},  {"長", "naga"},    {"中", "naka"},
                              {"西", "nishi"}, {"大", "o"},     {"岡", "oka"},     {"佐", "sa"},
                              {"沢", "sawa"},  {"島", "shima"}, {"新", "shin"},    {"田", "ta"},
                              {"高", "taka"},  {"谷", "tani"},  {"富", "tomi"},    {"津", "tsu"},
                              {"山", "yama"},  {"横", "yoko"},  {"吉", "yoshi"},   {"和", "wa"}};
const Syllable kKorean[] = {{"가", ""}, {"강", ""}, {"경", ""}, {"고", ""}, {"광", ""}, {"구", ""},
                            {"군", ""}, {"김", ""}, {"남", ""}, {"대", ""}, {"동", ""}, {"목", ""},
                            {"문", ""}, {"부", ""}, {"산", ""}, {"상", ""}, {"서", ""}, {"성", ""},
                            {"수", ""}, {"순", ""}, {"안", ""}, {"양", ""}, {"영", ""}, {"오", ""},
                            {"용", ""}, {"울", ""}, {"원", ""}, {"인", ""}, {"정", ""}, {"제", ""},
                            {"주", ""}, {"진", ""}, {"창", ""}, {"천", ""}, {"청", ""}, {"춘", ""},
                            {"충", ""}, {"평", ""}, {"포", ""}, {"하", ""}, {"한", ""}, {"해", ""}};
const Syllable kLatin[] = {
    {"ba", ""},  {"ber", ""}, {"bra", ""}, {"burg", ""}, {"dor", ""}, {"el", ""},  {"fa", ""},
    {"gen", ""}, {"ham", ""}, {"ka", ""},  {"lan", ""},  {"le", ""},  {"li", ""},  {"ma", ""},
    {"mon", ""}, {"na", ""},  {"nor", ""}, {"o", ""},    {"pa", ""},  {"ri", ""},  {"ro", ""},
    {"sa", ""},  {"san", ""}, {"ta", ""},  {"ton", ""},  {"va", ""},  {"vil", ""}, {"wa", ""}};

template <std::size_t N> QVector<int> syllablesOf(const Syllable (&)[N], qint64 index)
{
    // Two syllables for the first N², three for the next N³, ...: every index its own name.
    const qint64 base = qint64(N);
    int length = 2;
    qint64 span = base * base;
    while (index >= span) {
        index -= span;
        span *= base;
        ++length;
    }
    QVector<int> digits;
    for (int i = 0; i < length; ++i) {
        digits << int(index % base);
        index /= base;
    }
    return digits;
}

template <std::size_t N>
QString join(const Syllable (&table)[N], const QVector<int>& digits, bool latin)
{
    QString out;
    for (int d : digits)
        out += QString::fromUtf8(latin ? table[d].latin : table[d].native);
    return out;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

struct CityNames {
    QVariant native, zh, ja, ko, en;
};

CityNames namesFor(const QString& country, qint64 index)
{
    CityNames names;
    if (country == QLatin1String("CN")) {
        const QVector<int> d = syllablesOf(kChinese, index);
        const QString hanzi = join(kChinese, d, false) + QStringLiteral("市");
        names.native = names.zh = names.ja = hanzi;
        names.en = capitalised(join(kChinese, d, true));
    } else if (country == QLatin1String("JP")) {
        const QVector<int> d = syllablesOf(kJapanese, index);
        const QString kanji = join(kJapanese, d, false) + QStringLiteral("市");
        names.native = names.ja = names.zh = kanji;
        names.en = capitalised(join(kJapanese, d, true));
    } else if (country == QLatin1String("KR")) {
        const QString hangul = join(kKorean, syllablesOf(kKorean, index), false);
        names.native = names.ko = hangul + QStringLiteral("시");
        names.en = HangulRomanizer::romanize(hangul);
    } else {
        names.native = names.en = capitalised(join(kLatin, syllablesOf(kLatin, index), false));
    }
    return names;
}

// The countries a pair joins, after the real register's shares.
struct PairKind {
    const char* a; // nullptr: another country
    const char* b;
    double weight;
};
const PairKind kPairKinds[] = {{"CN", "JP", 30},    {"CN", "KR", 25},   {"JP", "KR", 10},
                               {"CN", nullptr, 25}, {"JP", nullptr, 6}, {"KR", nullptr, 4}};

// The real register's most frequent partners come first, then the rest in the table's order.
const char* kLeadingPartners[] = {"US", "RU", "AU", "DE", "FR", "CA", "GB", "BR", "TR", "IT"};

QVector<double> cumulative(const QVector<double>& weights)
{
    QVector<double> out;
    double sum = 0;
    for (double w : weights)
        out << (sum += w);
    return out;
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        throw Error(Error::Kind::Database, query.lastError().text());
}

struct Pool {
    QString country;
    qint64 firstId = 0;
    int size = 0;
    QStringList divisions;
};

} // namespace

int RegisterGenerator::cityCount(int pairings)
{
    return std::max(200, pairings / 4);
}

int RegisterGenerator::sourceCount(int pairings)
{
    return std::max(5, pairings / 200);
}

RegisterGenerator::Summary RegisterGenerator::generate(const Options& options,
                                                       const Progress& progress)
{
    if (options.pairings < 1 || options.pairings > kMaxPairings)
        throw Error(Error::Kind::Invalid, tr("the number of pairings must be 1 to %1, not %2")
                                              .arg(kMaxPairings)
                                              .arg(options.pairings));
    if (QFileInfo::exists(options.path))
        throw Error(Error::Kind::Io,
                    tr("%1 exists already; it was left unchanged").arg(options.path));
    const QString partial = options.path + QStringLiteral(".generating");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix); // a leftover of an earlier crash, never the user's file
    Summary summary;
    try {
        {
            auto database = bundled::createDatabase(partial, true);
            Transaction transaction(*database);
            QSqlDatabase db = database->connection();
            // The rows go in first and the indexes are sorted afterwards: a few times faster
            // at a million pairings. The triggers stay, so the derived columns are theirs.
            SqliteDialect::setCacheMebibytes(db, 256);
            QStringList indexes = SqliteDialect::dropIndexes(db, QStringLiteral("pairings"));
            indexes += SqliteDialect::dropIndexes(db, QStringLiteral("cities"));
            // The figures' tallies counted once after the rows, not nine writes a pair.
            DeferredTallies tallies(*database);
            Dice dice(options.seed);

            // Countries: the three with divisions, then the rest by weight 1/rank.
            QStringList others;
            QSqlQuery countries =
                sql::run(db, QStringLiteral("SELECT code FROM countries ORDER BY code"), {});
            QStringList all;
            while (countries.next())
                all << countries.value(0).toString();
            for (const char* code : kLeadingPartners)
                if (all.contains(QLatin1String(code)))
                    others << QLatin1String(code);
            for (const QString& code : std::as_const(all))
                if (code != QLatin1String("CN") && code != QLatin1String("JP") &&
                    code != QLatin1String("KR") && !others.contains(code))
                    others << code;
            QVector<double> otherWeights;
            for (int i = 0; i < others.size(); ++i)
                otherWeights << 1.0 / (i + 1);
            const QVector<double> otherCumulative = cumulative(otherWeights);
            const double otherTotal = otherCumulative.last();

            // Each country's share of pair ends gives the size of its pool of cities.
            QHash<QString, double> ends;
            double kindTotal = 0;
            for (const PairKind& kind : kPairKinds)
                kindTotal += kind.weight;
            for (const PairKind& kind : kPairKinds) {
                const double share = kind.weight / kindTotal / 2;
                ends[QLatin1String(kind.a)] += share;
                if (kind.b)
                    ends[QLatin1String(kind.b)] += share;
                else
                    for (int i = 0; i < others.size(); ++i)
                        ends[others.at(i)] += share * otherWeights.at(i) / otherTotal;
            }
            const int cities = cityCount(options.pairings);
            QHash<QString, Pool> pools;
            qint64 nextId = 1;
            for (const QString& code :
                 QStringList{QStringLiteral("CN"), QStringLiteral("JP"), QStringLiteral("KR")} +
                     others) {
                Pool pool;
                pool.country = code;
                pool.firstId = nextId;
                pool.size = std::max(2, int(std::lround(cities * ends.value(code))));
                QSqlQuery divisions = sql::run(
                    db,
                    QStringLiteral("SELECT code FROM divisions WHERE country = ? ORDER BY code"),
                    {code});
                while (divisions.next())
                    pool.divisions << divisions.value(0).toString();
                nextId += pool.size;
                pools.insert(code, pool);
            }

            const int sources = sourceCount(options.pairings);
            QSqlQuery source(db);
            source.prepare(QStringLiteral("INSERT INTO sources (id, source_key, title, publisher) "
                                          "VALUES (?, ?, ?, ?)"));
            // Reference tables may have sources of their own: ours follow them.
            const qint64 firstSource =
                sql::scalar(db, QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM sources"), {})
                    .toLongLong();
            for (int i = 0; i < sources; ++i) {
                source.bindValue(0, firstSource + i);
                source.bindValue(1, QStringLiteral("generated-%1").arg(i + 1));
                source.bindValue(2, QStringLiteral("Generated source %1").arg(i + 1));
                source.bindValue(3, QStringLiteral("sistercities-cli generate"));
                exec(source);
            }

            // The name search's indexes are fed after the cities, in one statement each, as an
            // import feeds them.
            DeferredNameSearch nameSearch(*database);
            QSqlQuery city(db);
            city.prepare(QStringLiteral(
                "INSERT INTO cities (id, city_key, country, division, level, name_native, "
                "name_zh, name_ja, name_ko, name_en, search_text, source_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            QVector<Pool> ordered;
            for (const Pool& pool : std::as_const(pools))
                ordered << pool;
            std::sort(ordered.begin(), ordered.end(),
                      [](const Pool& x, const Pool& y) { return x.firstId < y.firstId; });
            for (const Pool& pool : std::as_const(ordered)) {
                for (int i = 0; i < pool.size; ++i) {
                    const CityNames names = namesFor(pool.country, i);
                    const bool placed = !pool.divisions.isEmpty() && dice.below(20) != 0;
                    const qint64 id = pool.firstId + i;
                    city.bindValue(0, id);
                    city.bindValue(1, QStringLiteral("GEN-%1-%2").arg(pool.country).arg(i + 1));
                    city.bindValue(2, pool.country);
                    city.bindValue(3, placed ? QVariant(pool.divisions.at(
                                                   dice.skewed(int(pool.divisions.size()))))
                                             : QVariant());
                    city.bindValue(4, pool.divisions.isEmpty() ? QStringLiteral("other")
                                                               : QStringLiteral("municipality"));
                    city.bindValue(5, names.native);
                    city.bindValue(6, names.zh);
                    city.bindValue(7, names.ja);
                    city.bindValue(8, names.ko);
                    city.bindValue(9, names.en);
                    QStringList all;
                    for (const QVariant& name :
                         {names.native, names.zh, names.ja, names.ko, names.en})
                        if (!name.isNull())
                            all << name.toString();
                    city.bindValue(10, namekey::searchText(all));
                    city.bindValue(11, firstSource + dice.skewed(sources));
                    exec(city);
                }
            }
            nameSearch.restore([] { return true; });

            QVector<double> kindWeights;
            for (const PairKind& kind : kPairKinds)
                kindWeights << kind.weight;
            const QVector<double> kinds = cumulative(kindWeights);
            QSqlQuery pairing(db);
            pairing.prepare(QStringLiteral(
                "INSERT INTO pairings (id, city_a, city_b, established, established_year, "
                "precision, status, kind, source_id, verification, end_reason) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            QSqlQuery cited(db);
            cited.prepare(QStringLiteral("INSERT INTO pairing_sources (pairing_id, source_id, "
                                         "established) VALUES (?, ?, ?)"));
            std::unordered_set<std::uint64_t> used;
            used.reserve(std::size_t(options.pairings) * 2);
            qint64 attempts = 0;
            const auto cityIn = [&](const QString& code) {
                const Pool& pool = pools[code];
                return pool.firstId + dice.skewed(pool.size);
            };
            for (int written = 0; written < options.pairings;) {
                if (++attempts > qint64(options.pairings) * 100 + 10000)
                    throw Error(Error::Kind::Invalid,
                                tr("%1 pairings do not fit between the generated cities")
                                    .arg(options.pairings));
                const PairKind& kind = kPairKinds[dice.pick(kinds)];
                const QString countryB =
                    kind.b ? QString::fromLatin1(kind.b) : others.at(dice.pick(otherCumulative));
                qint64 a = cityIn(QLatin1String(kind.a));
                qint64 b = cityIn(countryB);
                const std::uint64_t key =
                    (std::uint64_t(std::min(a, b)) << 32) | std::uint64_t(std::max(a, b));
                if (!used.insert(key).second)
                    continue;
                if (dice.below(2) == 0)
                    std::swap(a, b);

                QVariant established, year, precision;
                const bool dated = dice.below(5) != 0;
                if (dated) {
                    // A triangle over 1973–2025, highest around 1999.
                    const int y = 1973 + int(53 * (dice.unit() + dice.unit()) / 2);
                    const int p = dice.below(20);
                    const int month = 1 + dice.below(12);
                    const int day = 1 + dice.below(28);
                    year = y;
                    if (p < 12) {
                        precision = QStringLiteral("day");
                        established = QStringLiteral("%1-%2-%3")
                                          .arg(y)
                                          .arg(month, 2, 10, QLatin1Char('0'))
                                          .arg(day, 2, 10, QLatin1Char('0'));
                    } else if (p < 15) {
                        precision = QStringLiteral("month");
                        established =
                            QStringLiteral("%1-%2").arg(y).arg(month, 2, 10, QLatin1Char('0'));
                    } else {
                        precision = QStringLiteral("year");
                        established = QString::number(y);
                    }
                }
                const int s = dice.below(100);
                const QString status = s < 90   ? QStringLiteral("active")
                                       : s < 97 ? QStringLiteral("dormant")
                                                : QStringLiteral("ended");
                const int k = dice.below(20);
                const QVariant kindName = k < 9    ? QVariant(QStringLiteral("friendship"))
                                          : k < 14 ? QVariant(QStringLiteral("sister"))
                                          : k < 15 ? QVariant(QStringLiteral("friendship-exchange"))
                                                   : QVariant();
                const qint64 sourceId = firstSource + dice.skewed(sources);
                const qint64 id = written + 1;
                pairing.bindValue(0, id);
                pairing.bindValue(1, a);
                pairing.bindValue(2, b);
                pairing.bindValue(3, established);
                pairing.bindValue(4, year);
                pairing.bindValue(5, precision);
                pairing.bindValue(6, status);
                pairing.bindValue(7, kindName);
                pairing.bindValue(8, sourceId);
                pairing.bindValue(9, dated ? QStringLiteral("verified")
                                           : QStringLiteral("unverified"));
                pairing.bindValue(
                    10, status == QLatin1String("dormant") ? QVariant(QStringLiteral("suspended"))
                        : status == QLatin1String("ended") ? QVariant(QStringLiteral("dissolved"))
                                                           : QVariant());
                exec(pairing);
                cited.bindValue(0, id);
                cited.bindValue(1, sourceId);
                cited.bindValue(2, established);
                exec(cited);
                ++written;
                if (progress && (written % 10000 == 0 || written == options.pairings) &&
                    !progress(written, options.pairings))
                    throw Error(Error::Kind::Io,
                                tr("stopped; %1 was not created").arg(options.path));
            }
            SqliteDialect::createIndexes(db, indexes);
            tallies.restore([] { return true; });
            // The display names stored once, here, rather than by the first window that opens
            // the register (seconds at a million pairings).
            CityDisplayName::refreshAll(*database);
            // The planner's statistics, as a register that lived through migration 5 has them.
            sql::run(db, QStringLiteral("ANALYZE"));
            summary.pairings = options.pairings;
            summary.sources = sources;
            summary.cities = int(nextId - 1);
            transaction.commit();
        }
        // The connection is closed: the -wal is checkpointed into the file before the rename.
        if (QFileInfo::exists(options.path) || !QFile::rename(partial, options.path))
            throw Error(Error::Kind::Io, tr("cannot create %1").arg(options.path));
    } catch (...) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
        throw;
    }
    return summary;
}

} // namespace sc
