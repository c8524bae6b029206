#pragma once

#include "../PairingQuery.h"

#include <QJsonObject>
#include <QStringList>

namespace sc::pairingrecord {

// The columns of the pairings exchange format: what `pairings --format csv|json` and export
// write, and what import reads back.
QStringList columns();
// A listed pairing as the exchange format's fields, in columns() order. The source is given as
// its URL when it has one, else its title, which is how import finds it again.
QStringList fields(const PairingRow& row);
QJsonObject json(const PairingRow& row);
// The same object as JSON text, its keys in columns() order.
QString jsonText(const PairingRow& row);

} // namespace sc::pairingrecord
