// A whole-process probe of the import dialog, for docs/PERFORMANCE.md (never run by ctest):
//   import_dialog_probe --db FILE CSV [--lang CODE] [--shots DIR]
// opens the dialog on CSV (its preview and the check of every row), runs the import and cancels
// it past the middle, then runs it to the end, and prints for each step the time, the progress
// bar's last value and the longest the event loop waited (what a user would feel as a frozen
// window), then the peak resident memory (getrusage). Runs offscreen unless QT_QPA_PLATFORM says
// otherwise. --shots keeps pictures of the dialog and of its progress dialog as DIR/NAME-CODE.png.
#include "Application.h"
#include "Database.h"
#include "ProbeOptions.h"
#include "i18n/Translations.h"
#include "io/ImportDialog.h"

#include <QElapsedTimer>
#include <QPixmap>
#include <QProgressDialog>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <limits>
#include <sys/resource.h>

namespace {

long peakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Fires whenever the event loop runs (a zero timer): the longest gap between two firings is the
// longest the window could not repaint or take a click. Cancels the progress dialog past
// `cancelAbove`.
class LoopWatch final {
public:
    explicit LoopWatch(QWidget& dialog, std::function<void(QProgressDialog&)> atFull)
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, &dialog, [this, &dialog, atFull] {
            const qint64 now = m_clock.nsecsElapsed();
            longestMs = std::max(longestMs, (now - m_last) / 1e6);
            m_last = now;
            if (auto* progress = dialog.findChild<QProgressDialog*>()) {
                if (progress->value() >= 0)
                    lastValue = progress->value();
                if (progress->value() > cancelAbove)
                    progress->cancel();
                if (progress->value() >= 0 && progress->value() == progress->maximum() &&
                    progress->isVisible() && atFull)
                    atFull(*progress);
            }
        });
    }
    void start(int cancelAt)
    {
        cancelAbove = cancelAt;
        longestMs = 0;
        lastValue = -1;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        longestMs = std::max(longestMs, (m_clock.nsecsElapsed() - m_last) / 1e6);
        return m_clock.nsecsElapsed() / 1e6;
    }
    double longestMs = 0;
    int lastValue = -1;
    int cancelAbove = 0;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
};

} // namespace

int main(int argc, char** argv)
{
    probe::offscreenUnlessAsked();
    sc::Application app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&args](const char* name) {
        return probe::option(args, name);
    };
    const QString csv = args.value(3);
    if (args.size() < 4 || args.at(1) != QLatin1String("--db") || csv.startsWith('-')) {
        std::fprintf(stderr,
                     "usage: import_dialog_probe --db FILE CSV [--lang CODE] [--shots DIR]\n");
        return 2;
    }
    const QString code = option("--lang").isEmpty() ? QStringLiteral("en") : option("--lang");
    sc::Translations::instance().install(sc::language::fromCode(code).value_or(sc::Language::En));
    const QString shots = option("--shots");
    const auto keep = [&](QWidget& widget, const QString& name) {
        if (!shots.isEmpty())
            widget.grab().save(shots + '/' + name + '-' + code + ".png");
    };
    auto database = sc::Database::open(args.at(2));

    sc::ImportDialog dialog(*database);
    dialog.resize(900, 700);
    dialog.show();
    bool kept = true; // until the last run
    LoopWatch watch(dialog, [&](QProgressDialog& progress) {
        if (kept)
            return;
        kept = true;
        keep(progress, "import-progress-finishing");
    });

    // The preview and the check of every row (setFile runs both).
    watch.start(std::numeric_limits<int>::max());
    dialog.setFile(csv);
    double ms = watch.stop();
    const int rows = dialog.report().rows;
    std::printf("preview and check of %d rows: %.0f ms, longest wait of the event loop %.0f ms, "
                "import %s\n",
                rows, ms, watch.longestMs, dialog.canImport() ? "possible" : "refused");
    if (!dialog.canImport())
        return 1;

    watch.start(rows / 2);
    const bool cancelledWrote = dialog.importNow();
    ms = watch.stop();
    std::printf("import cancelled past the middle (bar at %d): %.0f ms, longest wait %.0f ms, "
                "%s\n",
                watch.lastValue, ms, watch.longestMs,
                cancelledWrote ? "WROTE (wrong)" : "nothing written");

    kept = false;
    watch.start(std::numeric_limits<int>::max());
    const bool wrote = dialog.importNow();
    ms = watch.stop();
    std::printf("import to the end (bar at %d): %.0f ms, longest wait %.0f ms, %s %d pairings\n",
                watch.lastValue, ms, watch.longestMs, wrote ? "wrote" : "did NOT write",
                dialog.report().added);
    keep(dialog, "import-dialog-done");
    std::printf("peak %ld KiB\n", peakKiB());
    return wrote && !cancelledWrote ? 0 : 1;
}
