#pragma once

#include <QDir>
#include <QString>
#include <QWidget>

// SISTERCITIES_SCREENSHOTS=DIR keeps a picture of a widget as DIR/NAME.png, to be looked at.
inline void keepPicture(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("SISTERCITIES_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}
