#pragma once

#include "DivisionShape.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace sc {

// The boundaries compiled into the application (resources/maps/divisions.json, made by
// tools/maps/build_divisions_map.py from Natural Earth): every first-level division of China,
// Japan and Korea, and the land around them that no division of the register covers.
class DivisionShapes final {
public:
    // The bundled shapes, read once. Throws Error::Kind::Invalid when the resource is damaged.
    static const DivisionShapes& bundled();
    // Reads a resource file in the converter's format; throws Error naming the file and why.
    static DivisionShapes read(const QString& path);

    const QVector<DivisionShape>& shapes() const { return m_shapes; }
    const DivisionShape* find(const QString& code) const;
    // The divisions of `country` (context land excluded).
    QVector<const DivisionShape*> divisions(const QString& country) const;
    QVector<const DivisionShape*> context() const;
    QString source() const { return m_source; }

private:
    QVector<DivisionShape> m_shapes;
    QHash<QString, int> m_index;
    QString m_source;
};

} // namespace sc
