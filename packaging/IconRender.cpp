// sistercities-icon-render: draws the application's SVG icon as the PNG sizes of the hicolor
// icon theme, at build time, so that only the SVG is kept in the repository.
//
//   sistercities-icon-render ICON.svg NAME OUTDIR SIZE...
// writes OUTDIR/<SIZE>x<SIZE>/apps/NAME.png for each SIZE.
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5) {
        err << "usage: sistercities-icon-render ICON.svg NAME OUTDIR SIZE...\n";
        return 2;
    }
    const QString svg = arguments.at(1);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        err << svg << ": not a valid SVG image\n";
        return 1;
    }
    const QString name = arguments.at(2);
    for (const QString& text : arguments.mid(4)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size <= 0) {
            err << "not a size in pixels: " << text << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(3)).arg(size);
        const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
        if (!QDir().mkpath(dir) || !image.save(path)) {
            err << path << ": cannot write\n";
            return 1;
        }
    }
    return 0;
}
