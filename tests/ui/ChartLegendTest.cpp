// A pie's legend names every slice: Qt Charts does not shrink a legend that is too tall for
// its chart, it pushes the last entries out of sight, so each entry must be short enough.
#include "ChartBuilder.h"
#include "figures/FigureQuery.h"
#include "support/BundledDatabaseTest.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace sc;

namespace {

class ChartLegend : public BundledDatabaseTest {
protected:
    // The texts the legend shows inside its own bounds once the chart is laid out at `size`.
    static QStringList shownTexts(QChart* chart, const QSizeF& size)
    {
        QGraphicsScene scene;
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        QCoreApplication::sendPostedEvents();
        const QRectF bounds = chart->legend()->sceneBoundingRect();
        QStringList shown;
        const std::function<void(QGraphicsItem*)> walk = [&](QGraphicsItem* item) {
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item))
                if (text->isVisible() && bounds.contains(text->sceneBoundingRect()))
                    shown << text->document()->toPlainText();
            for (QGraphicsItem* child : item->childItems())
                walk(child);
        };
        walk(chart->legend());
        scene.removeItem(chart);
        return shown;
    }
};

} // namespace

TEST_F(ChartLegend, EverySliceOfTheCountryPieIsNamedInEveryLanguageAtTheSmallestExportSize)
{
    for (const Language language : {Language::En, Language::Zh, Language::Ja, Language::Ko}) {
        const FigureData data = FigureQuery(*db).run(QStringLiteral("fig1"), {}, language);
        std::unique_ptr<QChart> chart(ChartBuilder::build(data));
        QStringList labels;
        for (QLegendMarker* marker : chart->legend()->markers()) {
            QTextDocument document;
            document.setHtml(marker->label());
            labels << document.toPlainText();
        }
        // The bundled register has more partner countries than slices: all ten are drawn, the
        // last of them "Other".
        ASSERT_EQ(labels.size(), ChartBuilder::kMaxSlices) << int(language);

        // An export never lays a pie out smaller than its minimum size; the footer (the source
        // line, up to three lines at 7.5 pt) takes about 60 px of it.
        const QSizeF minimum = ChartBuilder::minimumSize(data);
        const QStringList shown =
            shownTexts(chart.get(), QSizeF(minimum.width(), minimum.height() - 60));
        for (const QString& label : labels)
            EXPECT_TRUE(shown.contains(label))
                << "language " << int(language) << ": " << label.toStdString()
                << " is out of sight; shown: " << shown.join(QStringLiteral(" | ")).toStdString();
    }
}
