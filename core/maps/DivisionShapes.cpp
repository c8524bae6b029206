#include "DivisionShapes.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sc {

namespace {

Error damaged(const QString& path, const QString& why)
{
    return Error(
        Error::Kind::Invalid,
        QCoreApplication::translate("sc::DivisionShapes", "%1: not a map file: %2").arg(path, why));
}

DivisionShape shapeFrom(const QJsonObject& object, bool context, double scale, const QString& path)
{
    DivisionShape shape;
    shape.code = object.value(QLatin1String("code")).toString();
    shape.context = context;
    shape.country = shape.code.left(2);
    if (shape.code.isEmpty())
        throw damaged(path, QStringLiteral("a shape without a code"));
    for (const QJsonValue& ringValue : object.value(QLatin1String("rings")).toArray()) {
        const QJsonArray flat = ringValue.toArray();
        if (flat.size() < 6 || flat.size() % 2 != 0)
            throw damaged(
                path, QStringLiteral("%1: a ring of %2 numbers").arg(shape.code).arg(flat.size()));
        QVector<QPointF> ring;
        ring.reserve(flat.size() / 2);
        for (int i = 0; i < flat.size(); i += 2)
            ring << QPointF(flat.at(i).toDouble() / scale, flat.at(i + 1).toDouble() / scale);
        shape.rings << ring;
    }
    if (shape.rings.isEmpty())
        throw damaged(path, QStringLiteral("%1 has no outline").arg(shape.code));
    const QJsonArray label = object.value(QLatin1String("label")).toArray();
    if (label.size() == 2)
        shape.label = QPointF(label.at(0).toDouble() / scale, label.at(1).toDouble() / scale);
    else if (!context)
        throw damaged(path, QStringLiteral("%1 has no label point").arg(shape.code));
    return shape;
}

} // namespace

const DivisionShapes& DivisionShapes::bundled()
{
    static const DivisionShapes shapes = read(QStringLiteral(":/maps/divisions.json"));
    return shapes;
}

DivisionShapes DivisionShapes::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("sc::DivisionShapes", "cannot read \"%1\": %2")
                        .arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (document.isNull())
        throw damaged(path, error.errorString());
    const QJsonObject root = document.object();
    const double scale = root.value(QLatin1String("scale")).toDouble();
    if (scale <= 0)
        throw damaged(path, QStringLiteral("no scale"));
    DivisionShapes out;
    out.m_source = root.value(QLatin1String("source")).toString();
    for (const bool context : {false, true}) {
        const QString key = context ? QStringLiteral("context") : QStringLiteral("divisions");
        for (const QJsonValue& value : root.value(key).toArray()) {
            DivisionShape shape = shapeFrom(value.toObject(), context, scale, path);
            if (out.m_index.contains(shape.code))
                throw damaged(path, QStringLiteral("two shapes for %1").arg(shape.code));
            out.m_index.insert(shape.code, int(out.m_shapes.size()));
            out.m_shapes << shape;
        }
    }
    return out;
}

const DivisionShape* DivisionShapes::find(const QString& code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.constEnd() ? nullptr : &m_shapes.at(*it);
}

QVector<const DivisionShape*> DivisionShapes::divisions(const QString& country) const
{
    QVector<const DivisionShape*> out;
    for (const DivisionShape& shape : m_shapes)
        if (!shape.context && shape.country == country)
            out << &shape;
    return out;
}

QVector<const DivisionShape*> DivisionShapes::context() const
{
    QVector<const DivisionShape*> out;
    for (const DivisionShape& shape : m_shapes)
        if (shape.context)
            out << &shape;
    return out;
}

} // namespace sc
