#pragma once

#include "../Language.h"

#include <QString>
#include <QStringList>

#include <utility>

namespace sc {

// A record's name in the four languages, plus its native form. The name shown in a language
// falls back to the native name, then to English, and is never empty while any name is known.
struct Names {
    QString native;
    QString zh;
    QString ja;
    QString ko;
    QString en;

    const QString& in(Language language) const
    {
        switch (language) {
        case Language::Zh:
            return zh;
        case Language::Ja:
            return ja;
        case Language::Ko:
            return ko;
        case Language::En:
            break;
        }
        return en;
    }
    QString& in(Language language)
    {
        return const_cast<QString&>(std::as_const(*this).in(language));
    }

    QString display(Language language) const
    {
        if (!in(language).isEmpty())
            return in(language);
        if (!native.isEmpty())
            return native;
        if (!en.isEmpty())
            return en;
        for (const QString* name : {&zh, &ja, &ko})
            if (!name->isEmpty())
                return *name;
        return {};
    }

    QStringList all() const { return {native, zh, ja, ko, en}; }
};

} // namespace sc
