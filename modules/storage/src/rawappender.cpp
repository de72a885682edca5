#include "rawappender.h"

#include "vocsync/core/timeutil.h"

#include <QCoreApplication>

namespace vocsync::storage {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}
} // namespace

IntSample readRawRow(const Statement &q, int firstCol)
{
    IntSample s;
    s.tMs = q.int64(firstCol);
    s.quality = static_cast<std::uint8_t>(q.int64(firstCol + 1));
    for (int i = 0; i < kQuantityCount; ++i) {
        if (q.isNull(firstCol + 2 + i))
            continue;
        s.v[static_cast<size_t>(i)] = q.int64(firstCol + 2 + i);
        s.mask |= static_cast<std::uint8_t>(1u << i);
    }
    return s;
}

Status RawAppender::prepare()
{
    Result<Statement> insert = Statement::prepare(
        m_db, "INSERT INTO sample_raw(point_key,t_ms,quality,current_a,voltage_v,power_kw,"
              "energy_kwh,frequency_hz) VALUES(?,?,?,?,?,?,?,?)");
    if (!insert)
        return insert.error();
    m_insert = std::move(insert).value();
    return {};
}

const PointInfo *RawAppender::accept(const Sample &sample, std::int64_t nowMs,
                                     std::int64_t maxFutureMs)
{
    if (!m_last || m_last->key != sample.point) {
        auto it = m_points.find(sample.point);
        m_last = it == m_points.end() ? nullptr : &it->second;
    }
    if (!m_last) {
        m_report(tr("sample for unknown point key %1 refused").arg(sample.point));
        return nullptr;
    }
    if (sample.tMs > nowMs + maxFutureMs) {
        m_report(tr("point %1: sample at %2 is ahead of this computer's clock (%3); refused, "
                     "check the meter's or transmitter's clock")
                     .arg(m_last->id, timeutil::toIso(sample.tMs), timeutil::toIso(nowMs)));
        return nullptr;
    }
    return m_last;
}

Status RawAppender::append(const std::vector<SampleBatch> &batches, std::int64_t nowMs,
                           std::int64_t maxFutureMs, std::vector<Row> *rows,
                           std::uint64_t *rejected)
{
    m_last = nullptr;
    for (const SampleBatch &batch : batches) {
        for (const Sample &sample : batch) {
            const PointInfo *info = accept(sample, nowMs, maxFutureMs);
            if (!info) {
                ++*rejected;
                continue;
            }
            std::uint8_t dropped = 0;
            const IntSample s = info->quantize(sample, &dropped);
            if (dropped)
                m_report(tr("point %1: values of quantities it does not declare, or not "
                             "finite, were dropped at %2")
                             .arg(info->id, timeutil::toIso(sample.tMs)));
            if (!s.mask) {
                ++*rejected;
                continue;
            }
            m_insert.bind(1, sample.point);
            m_insert.bind(2, s.tMs);
            m_insert.bind(3, s.quality);
            for (int i = 0; i < kQuantityCount; ++i) {
                if (s.mask & (1u << i))
                    m_insert.bind(4 + i, s.v[static_cast<size_t>(i)]);
                else
                    m_insert.bindNull(4 + i);
            }
            const int rc = m_insert.step();
            sqlite3_reset(m_insert.native());
            if (rc != SQLITE_DONE)
                return Error{tr("cannot append samples: %1")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(m_db))),
                             {}};
            rows->push_back({sample.point, s, sqlite3_last_insert_rowid(m_db)});
        }
    }
    return {};
}

} // namespace vocsync::storage
