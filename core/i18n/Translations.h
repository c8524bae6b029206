#pragma once

#include "../Language.h"

#include <QLocale>
#include <QObject>

class QTranslator;

namespace sc {

// The application's translations (zh, ja, ko; English is the source) and Qt's own, installed
// together so that our words and Qt's standard buttons and dialogs speak the same language.
// Installing posts QEvent::LanguageChange to every widget, which retranslates itself.
class Translations final : public QObject {
    Q_OBJECT

public:
    static Translations& instance();

    // Replaces the installed translators with those of `language`. Returns false when our
    // catalogue for it could not be loaded (English needs none).
    bool install(Language language);
    Language current() const { return m_current; }
    // The language of the system locale when it is one of ours, else English.
    static Language systemLanguage();
    // The locale that formats numbers and dates for `language`.
    static QLocale locale(Language language);

    // `source` translated into `language`, whatever language is installed: a figure exported in
    // Korean from a window shown in Chinese needs both at once. Falls back to `source`.
    static QString translate(Language language, const char* context, const char* source,
                             const char* disambiguation = nullptr, int n = -1);

signals:
    void languageChanged(sc::Language language);

private:
    Translations() = default;
    Language m_current = Language::En;
    QList<QTranslator*> m_installed;
};

} // namespace sc
