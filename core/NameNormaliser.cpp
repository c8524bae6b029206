#include "NameNormaliser.h"

#include "NameKey.h"

#include <QCoreApplication>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::NameNormaliser", text);
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+") +
           QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// Format characters that only hide: a name that starts or ends with one lost nothing by losing
// it (spreadsheets and web pages leave them at the edges of copied text).
bool strippableAtEdge(char32_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

bool bidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

// Characters that draw nothing although Unicode calls them letters: Hangul fillers.
bool blankLetter(char32_t c)
{
    return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
}

bool isSpace(char32_t c)
{
    return QChar::isSpace(c);
}

} // namespace

QString NameNormaliser::whyRefused(char32_t c)
{
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))
        return tr("the control character %1").arg(codePoint(c));
    if (c == 0x2028 || c == 0x2029)
        return tr("the line separator %1").arg(codePoint(c));
    if (bidiControl(c))
        return tr("the bidirectional control %1 (it can make text display in another order than "
                  "it reads)")
            .arg(codePoint(c));
    if (blankLetter(c))
        return tr("the invisible character %1").arg(codePoint(c));
    switch (QChar::category(c)) {
    case QChar::Other_Format:
        return tr("the invisible character %1").arg(codePoint(c));
    case QChar::Other_PrivateUse:
        return tr("the private-use character %1").arg(codePoint(c));
    case QChar::Other_NotAssigned:
        return tr("the unassigned code point %1").arg(codePoint(c));
    case QChar::Other_Surrogate:
        return tr("the lone surrogate %1").arg(codePoint(c));
    default:
        return {};
    }
}

NameNormaliser::Result NameNormaliser::normalise(const QString& raw)
{
    Result result;
    QList<uint> chars = raw.normalized(QString::NormalizationForm_C).toUcs4();
    // Strip spaces and invisible format characters at both edges, noting the invisible ones.
    auto stripEdge = [&](bool front) {
        while (!chars.isEmpty()) {
            const char32_t c = front ? chars.first() : chars.last();
            if (strippableAtEdge(c))
                result.notes << (front ? tr("the invisible character %1 at its start was removed")
                                       : tr("the invisible character %1 at its end was removed"))
                                    .arg(codePoint(c));
            else if (!isSpace(c))
                return;
            front ? chars.removeFirst() : chars.removeLast();
        }
    };
    stripEdge(true);
    stripEdge(false);
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const QString why = whyRefused(chars.at(i));
        if (!why.isEmpty()) {
            result.problem =
                tr("holds %1 at character %2, which no name may hold").arg(why).arg(i + 1);
            return result;
        }
    }
    if (chars.isEmpty()) {
        result.problem = raw.isEmpty() ? tr("is empty")
                                       : tr("is empty once its invisible characters and spaces "
                                            "are removed");
        return result;
    }
    result.name =
        QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData()), chars.size());
    return result;
}

QString NameNormaliser::visible(const QString& text)
{
    QString out;
    for (const char32_t c : text.toUcs4()) {
        if (whyRefused(c).isEmpty())
            out += QString::fromUcs4(&c, 1);
        else
            out += QLatin1Char('<') + codePoint(c) + QLatin1Char('>');
    }
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString NameNormaliser::matchKey(const QString& name)
{
    return namekey::normalize(name);
}

} // namespace sc
