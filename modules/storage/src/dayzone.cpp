#include "dayzone.h"

#include "vocsync/core/timeutil.h"

#include <QSqlQuery>

namespace vocsync::storage {

namespace {
const QString kKey = QStringLiteral("storage.day_zone");
}

QTimeZone dayZone(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(kKey);
    if (q.exec() && q.next()) {
        const QTimeZone zone(q.value(0).toString().toUtf8());
        if (zone.isValid())
            return zone;
    }
    return timeutil::stationZone(); // not recorded yet: what the writer will record
}

bool recordDayZone(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO setting(key, value) VALUES(?, ?)"));
    q.addBindValue(kKey);
    q.addBindValue(QString::fromUtf8(timeutil::stationZone().id()));
    return q.exec();
}

} // namespace vocsync::storage
