#include "hj212listenlog.h"

#include "cliutil.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/hj212/messages.h"

#include <QJsonDocument>

namespace vocsync::cli::hj212cli {

using acquisition::CommandResult;
using acquisition::PacketRecord;
using acquisition::TransmitterStatus;

QByteArray headerField(const QByteArray &raw, QByteArrayView key)
{
    qsizetype begin = raw.startsWith("##") ? 6 : 0; // "##" and the 4-digit length
    const qsizetype cp = raw.indexOf("CP=", begin);
    const qsizetype end = cp < 0 ? raw.size() : cp;
    while (begin < end) {
        qsizetype semi = raw.indexOf(';', begin);
        if (semi < 0 || semi > end)
            semi = end;
        const QByteArrayView item(raw.constData() + begin, semi - begin);
        if (item.size() > key.size() && item.startsWith(key) && item.at(key.size()) == '=')
            return item.sliced(key.size() + 1).toByteArray();
        begin = semi + 1;
    }
    return {};
}

ListenLog::ListenLog(bool json, QObject *parent) : QObject(parent), m_json(json) {}

void ListenLog::packet(const PacketRecord &record)
{
    if (!record.incoming)
        ++m_out;
    else if (record.ok)
        ++m_in;
    else
        ++m_errors;
    m_pending.append({record, 0});
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, &ListenLog::flush, Qt::QueuedConnection);
}

void ListenLog::values(std::size_t count)
{
    m_values += count;
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        if (m_pending[i].record.incoming) {
            m_pending[i].values += count;
            return;
        }
    }
}

void ListenLog::flush()
{
    m_flushQueued = false;
    const QList<Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending)
        print(p);
}

void ListenLog::print(const Pending &p)
{
    const PacketRecord &r = p.record;
    const QByteArray cn = headerField(r.raw, "CN");
    if (m_json) {
        QJsonObject o{
            {QStringLiteral("time"), timeutil::toIso(r.tMs)},
            {QStringLiteral("dir"), r.incoming ? QStringLiteral("in") : QStringLiteral("out")},
            {QStringLiteral("peer"), r.peer},
            {QStringLiteral("mn"), r.mn},
            {QStringLiteral("cn"), cn.isEmpty() ? QJsonValue() : QJsonValue(cn.toInt())},
            {QStringLiteral("qn"), QString::fromLatin1(headerField(r.raw, "QN"))},
            {QStringLiteral("ok"), r.ok}};
        if (!r.ok)
            o.insert(QStringLiteral("error"), r.error);
        if (r.incoming)
            o.insert(QStringLiteral("samples"), static_cast<qint64>(p.values));
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    const QString what = cn.isEmpty() ? tr("packet") : hj212::commandName(cn.toInt());
    QString line =
        QStringLiteral("%1 %2 %3 %4 %5")
            .arg(timeutil::toIso(r.tMs), r.incoming ? QStringLiteral("in ") : QStringLiteral("out"),
                 r.peer, r.mn.isEmpty() ? QStringLiteral("-") : r.mn, what);
    if (!r.ok)
        line += tr(": rejected: %1").arg(r.error);
    else if (r.incoming && p.values > 0)
        line += tr(": %1 values").arg(p.values);
    out() << line << Qt::endl;
}

void ListenLog::command(const CommandResult &r)
{
    flush(); // the packets that led to it come first
    if (m_json) {
        const QJsonObject o{{QStringLiteral("event"), QStringLiteral("command")},
                            {QStringLiteral("mn"), r.mn},
                            {QStringLiteral("cn"), r.cn},
                            {QStringLiteral("qn"), QString::fromLatin1(r.qn)},
                            {QStringLiteral("ok"), r.ok},
                            {QStringLiteral("qn_rtn"), r.qnRtn},
                            {QStringLiteral("exe_rtn"), r.exeRtn},
                            {QStringLiteral("records"), r.records},
                            {QStringLiteral("message"), r.message}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    out() << tr("command %1 to %2: %3, %4 records (%5)")
                 .arg(hj212::commandName(r.cn), r.mn, r.ok ? tr("ok") : tr("failed"))
                 .arg(r.records)
                 .arg(r.message)
          << Qt::endl;
}

QJsonObject ListenLog::transmitterJson(const TransmitterStatus &s)
{
    return QJsonObject{
        {QStringLiteral("mn"), s.mn},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("enterprise"), s.enterpriseId},
        {QStringLiteral("connected"), s.connected},
        {QStringLiteral("peer"), s.peer},
        {QStringLiteral("packets"), static_cast<qint64>(s.packets)},
        {QStringLiteral("errors"), static_cast<qint64>(s.errors)},
        {QStringLiteral("samples"), static_cast<qint64>(s.samples)},
        {QStringLiteral("backfilled"), static_cast<qint64>(s.backfilled)},
        {QStringLiteral("last_data_time"),
         s.lastDataTimeMs > 0 ? QJsonValue(timeutil::toIso(s.lastDataTimeMs)) : QJsonValue()},
        {QStringLiteral("last_error"), s.lastError},
        {QStringLiteral("backfill"), s.backfillState},
    };
}

} // namespace vocsync::cli::hj212cli
