#include "CliContext.h"
#include "Commands.h"
#include "Error.h"
#include "ExportShare.h"
#include "FigureExporter.h"
#include "FilterOptions.h"
#include "MapExporter.h"
#include "TextTable.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "figures/FigureRecord.h"
#include "io/CsvWriter.h"
#include "maps/MapCatalog.h"
#include "maps/MapQuery.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace sc::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::cli", text);
}

int positiveNumber(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    // A value that rounds to 0 pixels or dots is no size either.
    if (!ok || qRound(value) < 1)
        throw UsageError(tr("--%1 takes a positive number, not \"%2\"")
                             .arg(option.names().first(), parser.value(option)));
    return qRound(value);
}

int list(CliContext& context, const QString& format)
{
    const Language language = context.language();
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const FigureSpec& spec : FigureCatalog::all())
            array.append(
                QJsonObject{{QStringLiteral("id"), spec.id},
                            {QStringLiteral("number"), spec.number},
                            {QStringLiteral("kind"), figurerecord::kindKey(spec.kind)},
                            {QStringLiteral("source"), spec.source == FigureSpec::Source::Survey
                                                           ? QStringLiteral("survey")
                                                           : QStringLiteral("pairings")},
                            {QStringLiteral("caption"), FigureCatalog::caption(spec, language)}});
        for (const MapSpec& spec : MapCatalog::all())
            array.append(
                QJsonObject{{QStringLiteral("id"), spec.id},
                            {QStringLiteral("kind"), QStringLiteral("map")},
                            {QStringLiteral("source"), QStringLiteral("pairings")},
                            {QStringLiteral("caption"), MapCatalog::caption(spec, language)}});
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    TextTable table({tr("id"), tr("kind"), tr("caption")});
    for (const FigureSpec& spec : FigureCatalog::all())
        table.add(
            {spec.id, figurerecord::kindKey(spec.kind), FigureCatalog::caption(spec, language)});
    for (const MapSpec& spec : MapCatalog::all())
        table.add({spec.id, QStringLiteral("map"), MapCatalog::caption(spec, language)});
    context.out() << table.render();
    return Success;
}

// A map's numbers: one row per division (with its colour class, 0 for none) or per link.
void writeMapData(CliContext& context, const MapData& data, const QString& kind)
{
    QVector<QStringList> rows;
    QStringList header;
    if (data.kind == MapSpec::Kind::Links) {
        header = QStringList{QStringLiteral("from"),  QStringLiteral("from_name"),
                             QStringLiteral("to"),    QStringLiteral("to_name"),
                             QStringLiteral("pairs"), QStringLiteral("class")};
        for (const MapLink& link : data.links)
            rows << QStringList{link.from,
                                data.name(link.from),
                                link.to,
                                data.name(link.to),
                                QString::number(link.count),
                                QString::number(data.breaks.classOf(link.count) + 1)};
    } else {
        header = QStringList{QStringLiteral("division"), QStringLiteral("name"),
                             QStringLiteral("pairs"), QStringLiteral("class")};
        QStringList codes = data.names.keys();
        codes.sort();
        for (const QString& code : std::as_const(codes))
            if (code.startsWith(data.home + QLatin1Char('-')))
                rows << QStringList{code, data.name(code), QString::number(data.count(code)),
                                    QString::number(data.breaks.classOf(data.count(code)) + 1)};
    }
    if (kind == QLatin1String("json")) {
        QJsonArray array;
        for (const QStringList& row : std::as_const(rows)) {
            QJsonObject object;
            for (int i = 0; i < header.size(); ++i)
                object.insert(header.at(i), row.at(i));
            array.append(object);
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    context.out() << csv::record(header) << "\r\n";
    for (const QStringList& row : std::as_const(rows))
        context.out() << csv::record(row) << "\r\n";
}

// All figures drawn by `parts` processes: this one draws share 0 with `drawOwn`, one more
// process each of the others. The files written are listed in the catalog's order, as one
// process lists them; the other processes' messages are passed on, and a failure of any
// process is the export's.
int exportInShares(CliContext& context, int parts,
                   const std::function<QStringList(int parts)>& drawOwn, const QStringList& skipped)
{
    std::vector<std::unique_ptr<ExportShare>> others;
    for (int share = 1; share < parts; ++share)
        others.push_back(
            std::make_unique<ExportShare>(QCoreApplication::arguments().mid(1), share, parts));
    // An error of this process's own share is thrown from here: the others are stopped.
    const QStringList own = drawOwn(parts);
    QSet<QString> done(own.cbegin(), own.cend());
    QString errors;
    bool ok = skipped.isEmpty();
    for (const auto& other : others) {
        QStringList written;
        QString messages;
        ok = other->finish(written, messages) && ok;
        done.unite(QSet<QString>(written.cbegin(), written.cend()));
        errors += messages;
    }
    // Every process names its files as saveAll() does (folder/stem-language.format): put them
    // back into the catalog's order by each one's place in the lists.
    QStringList all = done.values();
    std::sort(all.begin(), all.end(), [](const QString& a, const QString& b) {
        return std::make_pair(FigureExporter::catalogOrder(a), a) <
               std::make_pair(FigureExporter::catalogOrder(b), b);
    });
    for (const QString& path : std::as_const(all))
        context.out() << QDir::toNativeSeparators(path) << Qt::endl;
    for (const QString& problem : skipped)
        context.err() << "sistercities-cli: " << problem << Qt::endl;
    context.err() << errors;
    return ok ? Success : RuntimeFailure;
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int& argc, char* argv[])
{
    // `figures` draws charts (export) or may come to (its options stand in any order, so the
    // action cannot be told from the word after it): a QApplication, headless, on the offscreen
    // platform. Every other command stays a QCoreApplication and needs no display library.
    bool figures = false;
    for (int i = 1; i < argc && !figures; ++i)
        figures = QByteArray(argv[i]) == "figures";
    if (!figures)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

int runFigures(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption id(QStringLiteral("id"),
                                tr("The figure: fig1 … fig17, tension or a map (map-cn-provinces, "
                                   "map-cn-japan, map-cn-korea, map-jp-prefectures, "
                                   "map-kr-provinces, map-links; export: all figures when "
                                   "omitted)."),
                                QStringLiteral("ID"));
    const QCommandLineOption custom(
        QStringLiteral("custom"),
        tr("data/export: a chart of the filtered pairings instead of a report figure: "
           "per-year, cumulative, by-country, by-division or by-region. The first --country is "
           "the home side (default CN)."),
        QStringLiteral("MEASURE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("list: table or json; data: csv or json; export: png, "
                                       "svg or pdf."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), tr("Resolution (default 300)."),
                                 QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption width(QStringLiteral("width"), tr("Width in pixels."),
                                   QStringLiteral("PX"));
    const QCommandLineOption height(QStringLiteral("height"), tr("Height in pixels."),
                                    QStringLiteral("PX"));
    const QCommandLineOption widthMm(QStringLiteral("width-mm"),
                                     tr("Width in millimetres at --dpi (default 160)."),
                                     QStringLiteral("MM"));
    const QCommandLineOption heightMm(QStringLiteral("height-mm"),
                                      tr("Height in millimetres at --dpi (default 100)."),
                                      QStringLiteral("MM"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The folder to write into."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption jobs(
        QStringLiteral("jobs"),
        tr("export: processes drawing all figures at once (default 2 with two or more CPUs, "
           "else 1)."),
        QStringLiteral("N"));
    // Set by the export on the processes it starts itself: which share of the figures to draw.
    QCommandLineOption part(QStringLiteral("part"), QString(), QStringLiteral("K/N"));
    part.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({id, custom, format, dpi, width, height, widthMm, heightMm, out, jobs, part});
    if (!context.parse(
            parser, arguments, QStringLiteral("figures"),
            tr("The report's figures: figures list | data --id ID [filters] "
               "[--format csv|json] | export [--id ID] [filters] [--format "
               "png|svg|pdf] [--dpi N] [--width PX] [--height PX] [--jobs N] --out DIR")))
        return Success;
    const QStringList operands = CliContext::operands(parser);
    if (operands.size() != 1)
        throw UsageError(tr("figures takes one of list, data or export"));
    const QString action = operands.first();

    if (action == QLatin1String("list")) {
        const QString kind =
            parser.value(format).isEmpty() ? QStringLiteral("table") : parser.value(format);
        if (kind != QLatin1String("table") && kind != QLatin1String("json"))
            throw UsageError(tr("figures list: --format takes table or json"));
        return list(context, kind);
    }
    if (action != QLatin1String("data") && action != QLatin1String("export"))
        throw UsageError(tr("unknown figures action \"%1\": use list, data or export").arg(action));
    if (parser.isSet(id) && parser.isSet(custom))
        throw UsageError(tr("--id and --custom exclude each other"));
    const MapSpec* map = parser.isSet(id) ? MapCatalog::find(parser.value(id)) : nullptr;
    if (parser.isSet(id) && !map && !FigureCatalog::find(parser.value(id)))
        throw UsageError(tr("there is no figure \"%1\": see 'figures list'").arg(parser.value(id)));
    std::optional<CustomFigure::Measure> measure;
    if (parser.isSet(custom)) {
        measure = CustomFigure::measureFromKey(parser.value(custom));
        if (!measure)
            throw UsageError(tr("--custom takes per-year, cumulative, by-country, by-division "
                                "or by-region, not \"%1\"")
                                 .arg(parser.value(custom)));
    }

    Database& database = context.database();
    const PairingFilter filter = filters.read(parser, database);
    const Language language = context.language();
    const FigureQuery query(database);
    auto figure = [&](const FigureSpec* spec) {
        return measure ? query.run(CustomFigure{*measure, filter}, language)
                       : query.run(*spec, filter, language);
    };

    if (action == QLatin1String("data")) {
        if (!parser.isSet(id) && !measure)
            throw UsageError(tr("figures data needs --id (or --custom)"));
        const QString kind =
            parser.value(format).isEmpty() ? QStringLiteral("csv") : parser.value(format);
        if (kind != QLatin1String("csv") && kind != QLatin1String("json"))
            throw UsageError(tr("figures data: --format takes csv or json"));
        if (map) {
            writeMapData(context, MapQuery(database).run(*map, filter, language), kind);
            return Success;
        }
        const FigureData data = figure(FigureCatalog::find(parser.value(id)));
        if (kind == QLatin1String("json")) {
            context.out()
                << QJsonDocument(figurerecord::json(data)).toJson(QJsonDocument::Indented);
        } else {
            context.out() << csv::record(figurerecord::csvHeader()) << "\r\n";
            for (const QStringList& row : figurerecord::csvRows(data))
                context.out() << csv::record(row) << "\r\n";
        }
        return Success;
    }

    // export
    if (!parser.isSet(out))
        throw UsageError(tr("figures export needs --out DIR"));
    const auto exportFormat = FigureExporter::formatFromKey(
        parser.value(format).isEmpty() ? QStringLiteral("png") : parser.value(format));
    if (!exportFormat)
        throw UsageError(tr("figures export: --format takes png, svg or pdf"));
    const double resolution = positiveNumber(parser, dpi);
    QSizeF millimetres(160, 100);
    if (parser.isSet(widthMm))
        millimetres.setWidth(parser.value(widthMm).toDouble());
    if (parser.isSet(heightMm))
        millimetres.setHeight(parser.value(heightMm).toDouble());
    if (millimetres.width() <= 0 || millimetres.height() <= 0)
        throw UsageError(tr("--width-mm and --height-mm take positive numbers"));
    QSize pixels = FigureExporter::pixelsFor(millimetres, resolution);
    if (parser.isSet(width) && parser.isSet(height)) {
        pixels = QSize(positiveNumber(parser, width), positiveNumber(parser, height));
    } else if (parser.isSet(width)) {
        const int w = positiveNumber(parser, width);
        pixels = QSize(w, qRound(w * millimetres.height() / millimetres.width()));
    } else if (parser.isSet(height)) {
        const int h = positiveNumber(parser, height);
        pixels = QSize(qRound(h * millimetres.width() / millimetres.height()), h);
    }
    const int figureCount = int(FigureCatalog::all().size());
    int share = 0;
    int shares = 1;
    if (parser.isSet(part) &&
        (parser.isSet(id) || measure ||
         !ExportShare::parsePart(parser.value(part), figureCount, share, shares)))
        throw UsageError(
            tr("--part is the export's own option, not \"%1\"").arg(parser.value(part)));
    int processes = QThread::idealThreadCount() >= 2 ? 2 : 1;
    if (parser.isSet(jobs)) {
        bool ok = false;
        processes = parser.value(jobs).toInt(&ok);
        if (!ok || processes < 1)
            throw UsageError(
                tr("--jobs takes a whole number from 1, not \"%1\"").arg(parser.value(jobs)));
    }
    const QString folder = parser.value(out);
    QStringList written;
    QStringList skipped; // figures the database cannot draw (e.g. no survey in it)
    if (map) {
        if (!QDir().mkpath(folder))
            throw Error(Error::Kind::Io, tr("cannot create the folder \"%1\"").arg(folder));
        const MapData data = MapQuery(database).run(*map, filter, language);
        const QString path = QDir(folder).filePath(MapExporter::fileName(data, *exportFormat));
        MapExporter::save(data, path, *exportFormat, pixels, resolution);
        written << path;
    } else if (parser.isSet(id) || measure) {
        if (!QDir().mkpath(folder))
            throw Error(Error::Kind::Io, tr("cannot create the folder \"%1\"").arg(folder));
        const FigureData data = figure(FigureCatalog::find(parser.value(id)));
        const QString path = QDir(folder).filePath(FigureExporter::fileName(data, *exportFormat));
        FigureExporter::save(data, path, *exportFormat, pixels, resolution);
        written << path;
    } else if (parser.isSet(part) || processes == 1) {
        written = FigureExporter::saveAll(database, filter, language, folder, *exportFormat, pixels,
                                          resolution, &skipped, -1, share, shares);
    } else {
        return exportInShares(
            context, std::min(processes, figureCount),
            [&](int parts) {
                return FigureExporter::saveAll(database, filter, language, folder, *exportFormat,
                                               pixels, resolution, &skipped, -1, 0, parts);
            },
            skipped);
    }
    for (const QString& path : std::as_const(written))
        context.out() << QDir::toNativeSeparators(path) << Qt::endl;
    for (const QString& problem : std::as_const(skipped))
        context.err() << "sistercities-cli: " << problem << Qt::endl;
    return skipped.isEmpty() ? Success : RuntimeFailure;
}

} // namespace sc::cli
