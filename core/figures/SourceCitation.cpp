#include "SourceCitation.h"

#include "i18n/Translations.h"

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
    for (const FigureSource& source : sources) {
        const QString name = groupName(source, language);
        auto it = std::find_if(out.begin(), out.end(),
                               [&name](const Group& group) { return group.name == name; });
        if (it == out.end())
            it = out.insert(out.end(), Group{name, 0, 0});
        it->values += source.count;
        ++it->sources;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Group& a, const Group& b) { return a.values > b.values; });
    return out;
}

QString SourceCitation::line(const QVector<FigureSource>& sources, Language language)
{
    const QLocale locale = Translations::locale(language);
    QStringList parts;
    for (const Group& group : groups(sources, language))
        parts << (group.values > 0
                      ? tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", "%1 (%2)"))
                            .arg(group.name, locale.toString(group.values))
                      : group.name);
    const QString list =
        parts.isEmpty() ? tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", "none"))
                        : parts.join(tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", ", ")));
    return tr(language, QT_TRANSLATE_NOOP("sc::SourceCitation", "Sources: %1")).arg(list);
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
