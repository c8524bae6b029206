#include "DetailHtml.h"

#include "ValueText.h"
#include "model/Names.h"

#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace sc::DetailHtml {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QString& label, const QString& html)
{
    return QStringLiteral("<tr><td style='color:#555; padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(escaped(label), html);
}

QString orUnknown(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("<i>%1</i>").arg(escaped(ValueText::unknown()))
                          : escaped(text);
}

QString link(const QString& address, const QString& text)
{
    const QUrl url(address);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return escaped(text);
    return QStringLiteral("<a href='%1'>%2</a>")
        .arg(escaped(url.toString(QUrl::FullyEncoded)), escaped(text));
}

QString namesTable(const Names& names, const QString& nativeLabel)
{
    return row(nativeLabel, orUnknown(names.native)) +
           row(QStringLiteral("中文"), orUnknown(names.zh)) +
           row(QStringLiteral("日本語"), orUnknown(names.ja)) +
           row(QStringLiteral("한국어"), orUnknown(names.ko)) +
           row(QStringLiteral("English"), orUnknown(names.en));
}

QTextBrowser* fillWithBrowser(QWidget* pane)
{
    auto* browser = new QTextBrowser(pane);
    browser->setObjectName(QStringLiteral("browser"));
    browser->setOpenExternalLinks(true);
    browser->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(browser);
    return browser;
}

} // namespace sc::DetailHtml
