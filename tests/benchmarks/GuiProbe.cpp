// Whole-process probes of the window, for scripts/bench.sh (never run by ctest):
//   gui_probe startup --db FILE [--lang zh]  prints the milliseconds from main() to the first
//                                            paint of the main window, then exits;
//   gui_probe scroll --db FILE               scrolls the pairings table from the first row to
//                                            the last and prints the rows reached, the time and
//                                            the peak resident memory (getrusage).
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "Application.h"
#include "Database.h"
#include "MainWindow.h"
#include "i18n/Translations.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

namespace {

// Stops the event loop at the first paint of the window it watches.
class FirstPaint final : public QObject {
public:
    explicit FirstPaint(const QElapsedTimer& clock) : m_clock(clock) {}
    qint64 elapsed = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && elapsed < 0) {
            elapsed = m_clock.elapsed();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
};

QTableView* pairingTable(QWidget& window)
{
    // The table with the most rows is the pairings table.
    QTableView* best = nullptr;
    for (QTableView* view : window.findChildren<QTableView*>())
        if (view->model() && (!best || view->model()->rowCount() > best->model()->rowCount()))
            best = view;
    return best;
}

long peakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer clock;
    clock.start();
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    sc::Application app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int db = int(args.indexOf(QStringLiteral("--db")));
    if (args.size() < 4 || db < 0 || db + 1 >= args.size()) {
        std::fprintf(stderr, "usage: gui_probe startup|scroll --db FILE [--lang CODE]\n");
        return 2;
    }
    const int lang = int(args.indexOf(QStringLiteral("--lang")));
    const auto language =
        lang > 0 ? sc::language::fromCode(args.value(lang + 1)) : std::optional(sc::Language::En);
    sc::Translations::instance().install(language.value_or(sc::Language::En));
    sc::MainWindow window(sc::Database::open(args.at(db + 1), sc::Database::Mode::ReadOnly));

    if (args.at(1) == QLatin1String("startup")) {
        FirstPaint watcher(clock);
        window.installEventFilter(&watcher);
        window.show();
        app.exec();
        std::printf("first paint after %lld ms (peak %ld KiB)\n", watcher.elapsed, peakKiB());
        return watcher.elapsed < 0 ? 1 : 0;
    }

    window.resize(1200, 800);
    window.show();
    QCoreApplication::processEvents();
    QTableView* view = pairingTable(window);
    if (!view)
        return 1;
    QElapsedTimer scrolling;
    scrolling.start();
    QScrollBar* bar = view->verticalScrollBar();
    // A page down at a time would take an hour at a million rows: a tenth of the visible page
    // count per step still shows every part of the table, and every page the model loads.
    int steps = 0;
    while (true) {
        const int before = bar->value();
        bar->setValue(before + std::max(1, bar->pageStep()) * 10);
        QCoreApplication::processEvents();
        ++steps;
        if (bar->value() == before && !view->model()->canFetchMore({}))
            break;
    }
    const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
    std::printf("scrolled to row %d of %d in %d steps, %lld ms, peak %ld KiB\n",
                view->rowAt(view->viewport()->height() - 1) + 1, view->model()->rowCount(), steps,
                scrolling.elapsed(), peakKiB());
    return last.isValid() ? 0 : 1;
}
