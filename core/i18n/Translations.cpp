#include "Translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sc {

namespace {

// The catalogues are named by Qt's locale names: zh_CN for the simplified Chinese we write.
QString catalogueSuffix(Language language)
{
    return language == Language::Zh ? QStringLiteral("zh_CN") : language::code(language);
}

} // namespace

Translations& Translations::instance()
{
    static Translations* translations = new Translations;
    return *translations;
}

bool Translations::install(Language language)
{
    for (QTranslator* translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();

    bool loaded = true;
    if (language != Language::En) {
        const QString suffix = catalogueSuffix(language);
        auto* ours = new QTranslator;
        loaded = ours->load(QStringLiteral(":/i18n/sistercities_") + suffix);
        auto* qt = new QTranslator;
        // Debian's qt6-translations-l10n; missing is not an error (Qt's words stay English).
        const bool qtLoaded = qt->load(QStringLiteral("qtbase_") + suffix,
                                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        Q_UNUSED(qtLoaded); // an empty translator is dropped below
        for (QTranslator* translator : {qt, ours}) {
            if (translator->isEmpty()) {
                delete translator;
                continue;
            }
            QCoreApplication::installTranslator(translator);
            m_installed << translator;
        }
    }
    QLocale::setDefault(locale(language));
    m_current = language;
    emit languageChanged(language);
    return loaded;
}

QString Translations::translate(Language language, const char* context, const char* source,
                                const char* disambiguation, int n)
{
    if (language == Language::En)
        return QString::fromUtf8(source);
    // One catalogue per language, loaded on first use and kept: they are small.
    static QHash<int, QTranslator*> catalogues;
    QTranslator*& catalogue = catalogues[int(language)];
    if (!catalogue) {
        catalogue = new QTranslator;
        // A missing catalogue leaves the translator empty: every text falls back to English.
        const bool loaded =
            catalogue->load(QStringLiteral(":/i18n/sistercities_") + catalogueSuffix(language));
        Q_UNUSED(loaded);
    }
    const QString text = catalogue->translate(context, source, disambiguation, n);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

Language Translations::systemLanguage()
{
    for (const QString& name : QLocale::system().uiLanguages()) {
        if (const auto language = language::fromCode(name))
            return *language;
    }
    return Language::En;
}

QLocale Translations::locale(Language language)
{
    switch (language) {
    case Language::Zh:
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    case Language::Ja:
        return QLocale(QLocale::Japanese, QLocale::Japan);
    case Language::Ko:
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    case Language::En:
        break;
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace sc
