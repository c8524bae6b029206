#pragma once

#include "gallery/FigureGallery.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QThread>

#include <gtest/gtest.h>

namespace sc::testsupport {

// Runs the event loop until the gallery has drawn every figure it asked for: they are computed
// on the gallery's worker thread and drawn one a turn. Not a timing: the deadline only turns a
// hang into a failure.
inline void waitForFigures(FigureGallery& gallery)
{
    const QDeadlineTimer deadline(120 * 1000);
    QCoreApplication::processEvents();
    while (gallery.isDrawing() && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        QThread::msleep(1);
    }
    EXPECT_FALSE(gallery.isDrawing()) << "the gallery's figures never arrived";
}

// Runs the event loop until the chosen figure is drawn for the gallery's filter and language (its
// "Computing…" gone), leaving the thumbnails to come: a test of the chart, its table or its caption
// need not wait for two dozen thumbnails.
inline void waitForChosenFigure(FigureGallery& gallery)
{
    const QLabel* status = gallery.findChild<QLabel*>(QStringLiteral("figureStatus"));
    ASSERT_TRUE(status);
    const QDeadlineTimer deadline(120 * 1000);
    QCoreApplication::processEvents();
    while (!status->text().isEmpty() && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        QThread::msleep(1);
    }
    EXPECT_TRUE(status->text().isEmpty()) << "the chosen figure never arrived";
}

} // namespace sc::testsupport
