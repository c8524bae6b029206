#include "CityRecord.h"

namespace sc::cityrecord {

QStringList columns()
{
    return {QStringLiteral("country"),     QStringLiteral("division"), QStringLiteral("level"),
            QStringLiteral("name_native"), QStringLiteral("name_zh"),  QStringLiteral("name_ja"),
            QStringLiteral("name_ko"),     QStringLiteral("name_en"),  QStringLiteral("source")};
}

} // namespace sc::cityrecord
