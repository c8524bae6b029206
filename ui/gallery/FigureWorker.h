#pragma once

#include "GalleryFigure.h"
#include "Language.h"
#include "PairingFilter.h"
#include "figures/CustomFigure.h"
#include "figures/FigureData.h"

#include <QAtomicInt>
#include <QMutex>
#include <QStringList>
#include <QThread>
#include <QWaitCondition>

namespace sc {

class Database;

// Computes figures' data on a thread of its own, over its own read-only connection to the
// window's database (Database::openReader: QSqlDatabase connections belong to one thread), so
// that a figure's query (0.2–0.5 s of CPU at a million pairings) never holds up the window.
//
// A request names figures over one filter and language and gets a new generation: the figures
// of older requests that have not started are dropped, and every result carries its generation,
// so that the receiver drops one that arrives after a newer request. Results arrive by queued
// signal in the thread that made the worker. The connection is opened when work comes and
// closed when the queue runs dry: nothing holds the file (or a server's session) between bursts
// of typing, and a server's lost connection is simply made anew.
class FigureWorker final : public QThread {
    Q_OBJECT

public:
    explicit FigureWorker(const Database& database, QObject* parent = nullptr);
    // Drops what waits and waits for the figure being computed, if any.
    ~FigureWorker() override;

    // Replaces whatever waits by `ids` (FigureGallery's ids: "fig3", customId(…)), computed in
    // that order; returns the generation their results will carry.
    quint64 request(const QStringList& ids, const PairingFilter& filter, Language language);
    // Puts `id` of the current request first (the user chose it), queuing it if it was not.
    void prioritise(const QString& id);
    // Drops whatever waits; results still on their way are of an old generation.
    void cancel();
    // Figures whose query was started since the worker was made: a gallery that is hidden
    // while the filter changes must start none.
    int queriesStarted() const { return m_started.loadRelaxed(); }

    // The figure `id` over `filter`, read from `database` in the calling thread: what the
    // worker runs, and what an export asks for when the figure has not arrived yet.
    static FigureData figure(Database& database, const QString& id, const PairingFilter& filter,
                             Language language);
    // "custom:per-year": a chart kind of the register over the user's selection.
    static QString customId(CustomFigure::Measure measure);

signals:
    void computed(quint64 generation, const QString& id, const sc::GalleryFigure& figure);
    void failed(quint64 generation, const QString& id, const QString& message);

protected:
    void run() override;

private:
    const QString m_location;
    const QString m_password; // a server's, as the window's connection was given it
    QMutex m_mutex;
    QWaitCondition m_wake;
    // Guarded by m_mutex: the current request's figures not started yet, and its parameters.
    QStringList m_queue;
    PairingFilter m_filter;
    Language m_language = Language::En;
    quint64 m_generation = 0;
    bool m_stopping = false;
    QAtomicInt m_started;
};

} // namespace sc
