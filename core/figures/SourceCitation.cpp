#include "SourceCitation.h"

#include "i18n/Translations.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace sc {

namespace {

const char* const kContext = "sc::SourceCitation";

QString tr(Language language, const char* source)
{
    return Translations::translate(language, kContext, source);
}

bool startsWithHan(const QString& text)
{
    return !text.isEmpty() && text.at(0).unicode() >= 0x3400 && text.at(0).unicode() <= 0x9FFF;
}

// A local government's own site: Korean .go.kr, Japanese .lg.jp and city./pref./town. hosts
// (also as a search engine's cached copy), Chinese .gov.cn.
bool isGovernment(const QString& host)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"((\.go\.kr|\.lg\.jp|\.gov\.cn)$|^(www\d?\.)?(city|pref|town|vill)\.|-(city|pref|town)-)"));
    return pattern.match(host).hasMatch();
}

QString groupName(const FigureSource& source, Language language)
{
    const QString host = QUrl(source.url).host().toLower();
    if (host.endsWith(QLatin1String("clair.or.jp")))
        return tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", "CLAIR sister-city data"));
    if (host == QLatin1String("en.wikipedia.org") ||
        source.title.startsWith(QLatin1String("List of twin towns")))
        return tr(language,
                  QT_TRANSLATE_NOOP("sc::SourceCitation",
                                    "English Wikipedia, lists of twin towns and sister cities"));
    if (host.contains(QLatin1String("wiki")) ||
        source.title.contains(QLatin1String("Chinese Wikipedia")) ||
        source.publisher.startsWith(QLatin1String("Chinese Wikipedia")))
        return tr(language,
                  QT_TRANSLATE_NOOP("sc::SourceCitation", "Chinese Wikipedia and its mirrors"));
    if (!host.isEmpty() && isGovernment(host))
        return tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", "local government websites"));
    // Any other page on the web (a news site, an association, a blog), whatever its title:
    // hundreds of them, one name for all in the line, each in the full list.
    if (!host.isEmpty())
        return tr(language,
                  QT_TRANSLATE_NOOP("sc::SourceCitation", "other web pages (news, associations)"));
    // A publication: cited by its title when that is in Chinese characters, which every reader
    // of the figure's languages cites as it is; else, in a CJK figure, by its publisher's name
    // in Chinese characters where the register has one.
    if (startsWithHan(source.title))
        return tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", "“%1”")).arg(source.title);
    if (language != Language::En && startsWithHan(source.publisher)) {
        static const QRegularExpression latinBrackets(QStringLiteral(R"(\s*\([ -~]*\))"));
        // "中国人民对外友好协会 (CPAFFC) and SSAP": the Chinese name, joined as the language lists.
        return QString(source.publisher)
            .remove(latinBrackets)
            .replace(QLatin1String(" and "),
                     tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", ", ")))
            .trimmed();
    }
    return source.title;
}

} // namespace

QString SourceCitation::name(const FigureSource& source, Language language)
{
    return groupName(source, language);
}

QVector<SourceCitation::Group> SourceCitation::groups(const QVector<FigureSource>& sources,
                                                      Language language)
{
    QVector<Group> out;
    // Each group found by its name in a hash: a register whose sources all differ gives as
    // many groups as sources, and a linear search made that quadratic (a second at 5,000).
    QHash<QString, qsizetype> index;
    for (const FigureSource& source : sources) {
        const QString name = groupName(source, language);
        auto found = index.constFind(name);
        if (found == index.constEnd()) {
            found = index.insert(name, out.size());
            out.append(Group{name, 0, 0});
        }
        Group& group = out[*found];
        group.values += source.count;
        ++group.sources;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Group& a, const Group& b) { return a.values > b.values; });
    return out;
}

namespace {

QString part(const SourceCitation::Group& group, Language language, const QLocale& locale)
{
    return group.values > 0 ? tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", "%1 (%2)"))
                                  .arg(group.name, locale.toString(group.values))
                            : group.name;
}

QString sourcesLine(const QStringList& parts, Language language)
{
    const QString list =
        parts.isEmpty() ? tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", "none"))
                        : parts.join(tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", ", ")));
    return tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", "Sources: %1")).arg(list);
}

} // namespace

QString SourceCitation::line(const QVector<FigureSource>& sources, Language language)
{
    const QLocale locale = Translations::locale(language);
    QStringList parts;
    for (const Group& group : groups(sources, language))
        parts << part(group, language, locale);
    return sourcesLine(parts, language);
}

QString SourceCitation::shortLine(const QVector<FigureSource>& sources, Language language,
                                  int maxCharacters)
{
    const QLocale locale = Translations::locale(language);
    const QVector<Group> all = groups(sources, language);
    const QString separator = tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", ", "));
    // What the line costs besides its groups ("Sources: "); the tail ("and 4,990 more") is
    // counted with each group that might be the last named.
    const int frame = int(sourcesLine({}, language).size() -
                          tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", "none")).size());
    const auto more = [&](qsizetype left) {
        return tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", "%1 and %n more"))
            .replace(QLatin1String("%n"), locale.toString(qint64(left)));
    };
    QStringList parts;
    int length = frame;
    for (const Group& group : all) {
        const QString text = part(group, language, locale);
        const int grown = length + int((parts.isEmpty() ? 0 : separator.size()) + text.size());
        const qsizetype left = all.size() - parts.size() - 1;
        const int tail = left > 0 ? int(more(left).size()) - 2 : 0;
        if (!parts.isEmpty() && grown + tail > maxCharacters)
            break;
        parts << text;
        length = grown;
    }
    if (parts.size() == all.size())
        return sourcesLine(parts, language);
    return sourcesLine({more(all.size() - parts.size()).arg(parts.join(separator))}, language);
}

QStringList SourceCitation::fullList(const QVector<FigureSource>& sources, Language language)
{
    const QLocale locale = Translations::locale(language);
    QStringList lines{line(sources, language), QString()};
    for (const FigureSource& source : sources) {
        QStringList fields{groupName(source, language), source.title};
        if (!source.publisher.isEmpty() && !source.title.contains(source.publisher))
            fields << source.publisher;
        if (!source.url.isEmpty())
            fields << source.url;
        fields << tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", "%n value(s)"))
                      .replace(QLatin1String("%n"), locale.toString(source.count));
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines;
}

} // namespace sc
