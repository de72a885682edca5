#include "vocsync/storage/upstreamqueue.h"

#include "vocsync/storage/connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace vocsync::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}

Error queryError(const QSqlQuery &q, const QString &what)
{
    return Error{tr("%1: %2").arg(what, q.lastError().text()), QStringLiteral("upstream_queue")};
}

constexpr char kPacketColumns[] =
    "id, target_id, qn, cn, data_time_ms, frame, created_ms, attempts, next_try_ms, "
    "last_sent_ms, acked_ms, answer";

QueuedPacket packetFromRow(const QSqlQuery &q)
{
    QueuedPacket p;
    p.id = q.value(0).toLongLong();
    p.targetId = q.value(1).toInt();
    p.qn = q.value(2).toString().toLatin1();
    p.cn = q.value(3).toInt();
    p.dataTimeMs = q.value(4).toLongLong();
    p.frame = q.value(5).toByteArray();
    p.createdMs = q.value(6).toLongLong();
    p.attempts = q.value(7).toInt();
    p.nextTryMs = q.value(8).toLongLong();
    p.lastSentMs = q.value(9).toLongLong();
    p.ackedMs = q.value(10).toLongLong();
    p.answer = q.value(11).toString();
    return p;
}

} // namespace

struct UpstreamQueue::Impl
{
    Connection conn;

    QSqlDatabase db() const { return conn.db(); }

    /// Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it fails.
    template<typename F>
    Status transaction(F &&body)
    {
        if (Status s = exec(db(), QStringLiteral("BEGIN IMMEDIATE")); !s)
            return s;
        Status result = body();
        if (!result) {
            exec(db(), QStringLiteral("ROLLBACK"));
            return result;
        }
        if (Status s = exec(db(), QStringLiteral("COMMIT")); !s) {
            exec(db(), QStringLiteral("ROLLBACK"));
            return s;
        }
        return {};
    }
};

UpstreamQueue::UpstreamQueue() : d(std::make_unique<Impl>()) {}

UpstreamQueue::~UpstreamQueue() = default;

Result<std::unique_ptr<UpstreamQueue>> UpstreamQueue::open(const QString &dbPath)
{
    Result<Connection> conn = Connection::open(dbPath);
    if (!conn)
        return conn.error();
    std::unique_ptr<UpstreamQueue> queue(new UpstreamQueue);
    queue->d->conn = std::move(conn).value();
    // FULL: a commit is on the disk before enqueue() returns, so a power loss right after
    // cannot take back a packet the forwarder was told is stored (DESIGN.md, Storage).
    if (Status s = exec(queue->d->db(), QStringLiteral("PRAGMA synchronous=FULL")); !s)
        return Error{s.error().message, dbPath};
    return queue;
}

Result<QList<UpstreamTarget>> UpstreamQueue::targets()
{
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT id, name, host, port, mn, password, st, version, "
                               "source_kind, source_id, factor_map, enabled "
                               "FROM upstream_target ORDER BY id")))
        return queryError(q, tr("cannot read the upstream targets"));
    QList<UpstreamTarget> out;
    while (q.next()) {
        UpstreamTarget t;
        t.id = q.value(0).toInt();
        t.name = q.value(1).toString();
        t.host = q.value(2).toString();
        t.port = static_cast<quint16>(q.value(3).toUInt());
        t.mn = q.value(4).toString();
        t.password = q.value(5).toString();
        t.st = q.value(6).toString();
        t.version = q.value(7).toInt();
        t.sourceKind = q.value(8).toString();
        t.sourceId = q.value(9).toString();
        t.factorMap = q.value(10).toString();
        t.enabled = q.value(11).toBool();
        out.append(t);
    }
    return out;
}

Result<int> UpstreamQueue::saveTarget(const UpstreamTarget &target)
{
    if (target.sourceKind != QLatin1String("enterprise")
        && target.sourceKind != QLatin1String("transmitter"))
        return Error{tr("source kind must be \"enterprise\" or \"transmitter\", not \"%1\"")
                         .arg(target.sourceKind),
                     QStringLiteral("sourceKind")};
    QSqlQuery q(d->db());
    if (target.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO upstream_target(name, host, port, mn, password, "
                                 "st, version, source_kind, source_id, factor_map, enabled) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE upstream_target SET name = ?, host = ?, port = ?, "
                                 "mn = ?, password = ?, st = ?, version = ?, source_kind = ?, "
                                 "source_id = ?, factor_map = ?, enabled = ? WHERE id = ?"));
    }
    for (const QVariant &v :
         {QVariant(target.name), QVariant(target.host), QVariant(target.port),
          QVariant(target.mn), QVariant(target.password), QVariant(target.st),
          QVariant(target.version), QVariant(target.sourceKind), QVariant(target.sourceId),
          QVariant(target.factorMap), QVariant(target.enabled ? 1 : 0)})
        q.addBindValue(v);
    if (target.id != 0)
        q.addBindValue(target.id);
    if (!q.exec())
        return queryError(q, tr("cannot save the upstream target"));
    if (target.id == 0)
        return q.lastInsertId().toInt();
    if (q.numRowsAffected() == 0)
        return Error{tr("no upstream target with id %1").arg(target.id), QStringLiteral("id")};
    return target.id;
}

Status UpstreamQueue::removeTarget(int id)
{
    return d->transaction([&]() -> Status {
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("DELETE FROM upstream_queue WHERE target_id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return queryError(q, tr("cannot remove the queue of the upstream target"));
        q.prepare(QStringLiteral("DELETE FROM upstream_target WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return queryError(q, tr("cannot remove the upstream target"));
        return {};
    });
}

Status UpstreamQueue::enqueue(const QList<QueuedPacket> &packets)
{
    if (packets.isEmpty())
        return {};
    return d->transaction([&]() -> Status {
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("INSERT INTO upstream_queue(target_id, qn, cn, data_time_ms, "
                                 "frame, created_ms, attempts, next_try_ms, last_sent_ms) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QueuedPacket &p : packets) {
            q.addBindValue(p.targetId);
            q.addBindValue(QString::fromLatin1(p.qn));
            q.addBindValue(p.cn);
            q.addBindValue(static_cast<qlonglong>(p.dataTimeMs));
            q.addBindValue(p.frame);
            q.addBindValue(static_cast<qlonglong>(p.createdMs));
            q.addBindValue(p.attempts);
            q.addBindValue(static_cast<qlonglong>(p.nextTryMs));
            q.addBindValue(static_cast<qlonglong>(p.lastSentMs));
            if (!q.exec())
                return Error{tr("cannot queue the packet with QN %1: %2")
                                 .arg(QString::fromLatin1(p.qn), q.lastError().text()),
                             QStringLiteral("upstream_queue")};
        }
        return {};
    });
}

Result<QList<QueuedPacket>> UpstreamQueue::pending(int targetId, int limit)
{
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM upstream_queue WHERE target_id = ? AND acked_ms = 0 "
                             "ORDER BY id LIMIT ?")
                  .arg(QLatin1String(kPacketColumns)));
    q.addBindValue(targetId);
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(q, tr("cannot read the pending packets"));
    QList<QueuedPacket> out;
    while (q.next())
        out.append(packetFromRow(q));
    return out;
}

Status UpstreamQueue::markSent(std::int64_t id, std::int64_t nowMs, std::int64_t nextTryMs)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("UPDATE upstream_queue SET attempts = attempts + 1, "
                             "last_sent_ms = ?, next_try_ms = ? WHERE id = ?"));
    q.addBindValue(static_cast<qlonglong>(nowMs));
    q.addBindValue(static_cast<qlonglong>(nextTryMs));
    q.addBindValue(static_cast<qlonglong>(id));
    if (!q.exec())
        return queryError(q, tr("cannot record a sent packet"));
    return {};
}

Result<bool> UpstreamQueue::markAcked(int targetId, const QByteArray &qn, std::int64_t nowMs,
                                      const QString &answer)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("UPDATE upstream_queue SET acked_ms = ?, answer = ?, next_try_ms = 0 "
                             "WHERE target_id = ? AND qn = ? AND acked_ms = 0"));
    // acked_ms 0 means pending: an answer in the same millisecond as the epoch cannot happen,
    // but a clock set to 1970 must not make an acked packet pending again.
    q.addBindValue(static_cast<qlonglong>(std::max<std::int64_t>(nowMs, 1)));
    q.addBindValue(answer);
    q.addBindValue(targetId);
    q.addBindValue(QString::fromLatin1(qn));
    if (!q.exec())
        return queryError(q, tr("cannot record an answered packet"));
    return q.numRowsAffected() > 0;
}

Result<UpstreamQueueStats> UpstreamQueue::stats(int targetId)
{
    UpstreamQueueStats out;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT count(*), min(created_ms) FROM upstream_queue "
                             "WHERE target_id = ? AND acked_ms = 0"));
    q.addBindValue(targetId);
    if (!q.exec() || !q.next())
        return queryError(q, tr("cannot count the pending packets"));
    out.pending = q.value(0).toLongLong();
    out.oldestPendingMs = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    q.prepare(QStringLiteral("SELECT count(*) FROM upstream_queue "
                             "WHERE target_id = ? AND acked_ms > 0"));
    q.addBindValue(targetId);
    if (!q.exec() || !q.next())
        return queryError(q, tr("cannot count the answered packets"));
    out.acked = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT acked_ms, answer FROM upstream_queue "
                             "WHERE target_id = ? AND acked_ms > 0 "
                             "ORDER BY acked_ms DESC, id DESC LIMIT 1"));
    q.addBindValue(targetId);
    if (!q.exec())
        return queryError(q, tr("cannot read the last answer"));
    if (q.next()) {
        out.lastAckedMs = q.value(0).toLongLong();
        out.lastAnswer = q.value(1).toString();
    }
    return out;
}

Result<int> UpstreamQueue::pruneAcked(std::int64_t beforeMs)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("DELETE FROM upstream_queue WHERE acked_ms > 0 AND acked_ms < ?"));
    q.addBindValue(static_cast<qlonglong>(beforeMs));
    if (!q.exec())
        return queryError(q, tr("cannot prune the answered packets"));
    return q.numRowsAffected();
}

Result<QByteArray> UpstreamQueue::latestQn()
{
    QSqlQuery q(d->db());
    // QNs are fixed-width digits, so the text order is the time order.
    if (!q.exec(QStringLiteral("SELECT max(qn) FROM upstream_queue")) || !q.next())
        return queryError(q, tr("cannot read the latest QN"));
    return q.value(0).isNull() ? QByteArray() : q.value(0).toString().toLatin1();
}

} // namespace vocsync::storage
