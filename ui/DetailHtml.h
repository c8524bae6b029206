#pragma once

#include <QString>

class QTextBrowser;
class QWidget;

namespace sc {

struct Names;

// The small pieces of HTML that the detail panes are made of: one look for every pane.
namespace DetailHtml {

QString escaped(const QString& text);
// One label-and-value line of a pane's table; html is inserted as it is.
QString row(const QString& label, const QString& html);
// The text, or "unknown" in italics where there is none.
QString orUnknown(const QString& text);
// A link for an http(s) address; any other address is shown as plain text, never followed.
QString link(const QString& address, const QString& text);
// A place's names in its own script and in the four languages, one row each.
QString namesTable(const Names& names, const QString& nativeLabel);

// The pane's one child: a frameless browser filling it, whose links open outside; named
// "browser", where tests read what the pane shows.
QTextBrowser* fillWithBrowser(QWidget* pane);

} // namespace DetailHtml

} // namespace sc
