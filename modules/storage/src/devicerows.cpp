// The device table (schema versions 1 and 4): rows <-> vocsync::Device.
#include "plantrows.h"

#include <QCoreApplication>

namespace vocsync::storage::plantrepository::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}

// An upsert rather than INSERT OR REPLACE: REPLACE deletes the row and inserts a new one, so
// an edited device would move to the end of the exported file.
constexpr char kUpsert[] =
    "INSERT INTO device(id, enterprise_id, kind, model, protocol, address, template_id, "
    "firmware, port, baud, parity, data_bits, stop_bits, frame_delay_ms, poll_interval_ms, "
    "timeout_ms, pt_ratio, ct_ratio, enabled) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
    "ON CONFLICT(id) DO UPDATE SET enterprise_id = excluded.enterprise_id, "
    "kind = excluded.kind, model = excluded.model, protocol = excluded.protocol, "
    "address = excluded.address, template_id = excluded.template_id, "
    "firmware = excluded.firmware, port = excluded.port, baud = excluded.baud, "
    "parity = excluded.parity, data_bits = excluded.data_bits, "
    "stop_bits = excluded.stop_bits, frame_delay_ms = excluded.frame_delay_ms, "
    "poll_interval_ms = excluded.poll_interval_ms, timeout_ms = excluded.timeout_ms, "
    "pt_ratio = excluded.pt_ratio, ct_ratio = excluded.ct_ratio, enabled = excluded.enabled";

} // namespace

Result<QList<Device>> selectDevices(const QSqlDatabase &db)
{
    const QString sql = QStringLiteral(
        "SELECT id, enterprise_id, kind, model, protocol, address, template_id, firmware, port, "
        "baud, parity, data_bits, stop_bits, frame_delay_ms, poll_interval_ms, timeout_ms, "
        "pt_ratio, ct_ratio, enabled FROM device ORDER BY rowid");
    QSqlQuery q(db);
    if (!q.exec(sql))
        return queryError(q, sql);
    QList<Device> devices;
    while (q.next()) {
        Device d;
        d.id = q.value(0).toString();
        d.enterpriseId = q.value(1).toString();
        const auto kind = deviceKindFromKey(q.value(2).toString());
        if (!kind)
            return Error{tr("the stored kind '%1' is not known").arg(q.value(2).toString()),
                         tr("device '%1'").arg(d.id)};
        const QString parity = q.value(10).toString();
        if (parity.size() != 1)
            return Error{tr("the stored parity '%1' is not one letter").arg(parity),
                         tr("device '%1'").arg(d.id)};
        d.kind = *kind;
        d.model = q.value(3).toString();
        d.protocol = q.value(4).toString();
        d.address = q.value(5).toString();
        d.templateId = q.value(6).toString();
        d.firmware = q.value(7).toString();
        d.port = q.value(8).toString();
        d.serial.baud = q.value(9).toInt();
        d.serial.parity = parity.at(0).toLatin1();
        d.serial.dataBits = q.value(11).toInt();
        d.serial.stopBits = q.value(12).toInt();
        d.serial.frameDelayMs = q.value(13).toInt();
        d.pollIntervalMs = q.value(14).toInt();
        d.timeoutMs = q.value(15).toInt();
        d.ptRatio = q.value(16).toDouble();
        d.ctRatio = q.value(17).toDouble();
        d.enabled = q.value(18).toInt() != 0;
        devices.append(d);
    }
    return devices;
}

Status upsertDevice(const QSqlDatabase &db, const Device &d)
{
    const QString sql = QString::fromLatin1(kUpsert);
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return queryError(q, sql);
    for (const QVariant &v :
         {textValue(d.id), textValue(d.enterpriseId), QVariant(deviceKindKey(d.kind)),
          textValue(d.model), textValue(d.protocol), textValue(d.address), textValue(d.templateId),
          textValue(d.firmware), textValue(d.port), QVariant(d.serial.baud),
          QVariant(QString(QLatin1Char(d.serial.parity))), QVariant(d.serial.dataBits),
          QVariant(d.serial.stopBits), QVariant(d.serial.frameDelayMs), QVariant(d.pollIntervalMs),
          QVariant(d.timeoutMs), QVariant(d.ptRatio), QVariant(d.ctRatio),
          QVariant(d.enabled ? 1 : 0)})
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, sql);
    return {};
}

} // namespace vocsync::storage::plantrepository::detail
