#pragma once
// What the whole-process probes share before they build their window: offscreen unless a
// platform is asked for, and "--name VALUE" options read from the command line.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace probe {

inline void offscreenUnlessAsked()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// The value after `name`, empty when the option is absent or has no value.
inline QString option(const QStringList& args, const char* name)
{
    const int at = int(args.indexOf(QLatin1String(name)));
    return at > 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
}

} // namespace probe
