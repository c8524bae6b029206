// A whole-process probe of the figure gallery, for docs/PERFORMANCE.md (never run by ctest):
//   gallery_probe --db FILE [--lang CODE] [--shots DIR] [--synchronous]
// shows the gallery (1300×720, offscreen unless QT_QPA_PLATFORM says otherwise), waits for its
// figures, then "types" four filters a tenth of a second apart, as a user refining a selection
// does, and prints how long until the last filter's figures were all drawn and the longest the
// event loop waited meanwhile (a 10 ms timer's largest gap: what a user feels as a frozen
// window) with the CPU time the GUI thread spent in that gap (what the gap costs on an idle
// machine), and the figure queries the worker started. --synchronous replays instead what the
// gallery did before its worker (main 89d54ec): on each change, every figure's query and
// thumbnail, then the chosen figure's query and chart, in the GUI thread. --shots keeps the
// gallery pending and drawn as DIR/gallery-pending-CODE.png and DIR/gallery-drawn-CODE.png, its
// first thumbnail as DIR/gallery-thumbnail-CODE.png, and the chosen figure's "All sources…" list
// as DIR/gallery-sources-CODE.png (the probe prints what opening that list cost).
#include "Application.h"
#include "ChartBuilder.h"
#include "Database.h"
#include "Error.h"
#include "FigureExporter.h"
#include "ProbeOptions.h"
#include "gallery/FigureGallery.h"
#include "gallery/FigureWorker.h"
#include "i18n/Translations.h"

#include <QChart>
#include <QDialog>
#include <QElapsedTimer>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <memory>

namespace {

// The GUI thread's own CPU time: unlike the wall clock, it does not grow when other processes
// take the cores.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

// The longest wait of the event loop between two firings of a 10 ms timer, in wall time and in
// the CPU time the GUI thread spent meanwhile.
class LoopWatch final {
public:
    LoopWatch()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { turn(); });
    }
    void start()
    {
        longestMs = 0;
        longestCpuMs = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        turn();
        return m_clock.nsecsElapsed() / 1e6;
    }
    double longestMs = 0;
    double longestCpuMs = 0;

private:
    void turn()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        longestMs = std::max(longestMs, (now - m_last) / 1e6);
        longestCpuMs = std::max(longestCpuMs, cpu - m_lastCpu);
        m_last = now;
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_lastCpu = 0;
};

// What FigureGallery::setFilter ran in the GUI thread before the worker: refreshList() (each
// figure's query and thumbnail) and showCurrent() (the chosen figure's query and chart).
void synchronousRefresh(sc::Database& database, const QStringList& ids,
                        const sc::PairingFilter& filter, sc::Language language)
{
    for (const QString& id : ids) {
        try {
            const sc::FigureData data = sc::FigureWorker::figure(database, id, filter, language);
            sc::FigureExporter::image(data, QSize(240, 160), 192);
        } catch (const sc::Error&) {
        }
    }
    try {
        const sc::FigureData data =
            sc::FigureWorker::figure(database, ids.first(), filter, language);
        delete sc::ChartBuilder::build(data);
    } catch (const sc::Error&) {
    }
}

} // namespace

int main(int argc, char** argv)
{
    probe::offscreenUnlessAsked();
    sc::Application app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&args](const char* name) {
        return probe::option(args, name);
    };
    if (option("--db").isEmpty()) {
        std::fprintf(stderr, "usage: gallery_probe --db FILE [--lang CODE] [--shots DIR] "
                             "[--synchronous]\n");
        return 2;
    }
    const QString code = option("--lang").isEmpty() ? QStringLiteral("en") : option("--lang");
    const sc::Language language = sc::language::fromCode(code).value_or(sc::Language::En);
    sc::Translations::instance().install(language);
    const bool synchronous = args.contains(QStringLiteral("--synchronous"));
    const QString shots = option("--shots");

    auto database = sc::Database::open(option("--db"), sc::Database::Mode::ReadOnly);
    sc::FigureGallery gallery(*database, nullptr, sc::FigureGallery::Drawing::WhenShown);
    gallery.setLanguage(language);
    gallery.resize(1300, 720);
    gallery.show();
    QElapsedTimer first;
    first.start();
    while (!gallery.isDrawing())
        QCoreApplication::processEvents(); // the request goes out from the event loop
    while (gallery.isDrawing())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    std::printf("first show: every figure drawn after %lld ms\n", first.elapsed());
    QStringList ids;
    auto* list = gallery.findChild<QListWidget*>(QStringLiteral("figureList"));
    for (int row = 0; row < list->count(); ++row)
        ids << list->item(row)->data(Qt::UserRole).toString();

    // A user narrowing the selection: Korea, then Korea since 1990, then active ones, then
    // sister cities only; a change every 100 ms.
    QVector<sc::PairingFilter> filters(4);
    filters[0].countries = {QStringLiteral("KR")};
    filters[1] = filters[0];
    filters[1].fromYear = 1990;
    filters[2] = filters[1];
    filters[2].status = QStringLiteral("active");
    filters[3] = filters[2];
    filters[3].kind = QStringLiteral("sister");

    const auto* worker = gallery.findChild<sc::FigureWorker*>(QStringLiteral("figureWorker"));
    const int queriesBefore = worker->queriesStarted();
    LoopWatch watch;
    watch.start();
    int typed = 0;
    QTimer typing;
    typing.setInterval(100);
    QObject::connect(&typing, &QTimer::timeout, [&] {
        const sc::PairingFilter& filter = filters.at(typed++);
        if (synchronous)
            synchronousRefresh(*database, ids, filter, language);
        else
            gallery.setFilter(filter);
        if (typed == 1 && !shots.isEmpty()) {
            QCoreApplication::processEvents(); // the next frame: "Computing…" laid out
            gallery.grab().save(shots + QStringLiteral("/gallery-pending-") + code + ".png");
        }
        if (typed == filters.size())
            typing.stop();
    });
    typing.start();
    while (typing.isActive() || gallery.isDrawing())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double ms = watch.stop();
    std::printf("%s: %d filter changes 100 ms apart, last one's figures drawn after %.0f ms, "
                "longest wait of the event loop %.0f ms (GUI thread's CPU in it %.0f ms), %d "
                "figure queries started in the worker\n",
                synchronous ? "synchronous (before)" : "worker (after)", int(filters.size()), ms,
                watch.longestMs, watch.longestCpuMs, worker->queriesStarted() - queriesBefore);
    if (!shots.isEmpty()) {
        gallery.grab().save(shots + QStringLiteral("/gallery-drawn-") + code + ".png");
        // The first thumbnail at the resolution it is drawn at (twice the list's icon size).
        list->item(0)->icon().pixmap(240, 160).save(shots + QStringLiteral("/gallery-thumbnail-") +
                                                    code + ".png");
    }

    // "All sources…" on the chosen figure: the list of every source, opened and painted once.
    const double before = threadCpuMs();
    gallery.findChild<QPushButton*>(QStringLiteral("figureAllSources"))->click();
    auto* sources = gallery.findChild<QDialog*>(QStringLiteral("sourceList"));
    QCoreApplication::processEvents();
    const QPixmap picture = sources->grab();
    std::printf("all sources: the list of the chosen figure's %d sources opened and painted in "
                "%.0f ms of the GUI thread's CPU\n",
                int(gallery.currentData().sources.size()), threadCpuMs() - before);
    if (!shots.isEmpty())
        picture.save(shots + QStringLiteral("/gallery-sources-") + code + ".png");
    return 0;
}
