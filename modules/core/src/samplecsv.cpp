#include "vocsync/core/samplecsv.h"

#include "csvtime.h"

#include "vocsync/core/timeutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cmath>

namespace vocsync::samplecsv {

namespace {

constexpr std::int64_t kEarliestMs = 946'684'800'000; ///< 2000-01-01T00:00:00Z
constexpr std::int64_t kLatestMs = 4'102'444'800'000; ///< 2100-01-01T00:00:00Z

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::samplecsv", text);
}

constexpr int kColumns = 2 + kQuantityCount;
constexpr std::int64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
constexpr int kMaxDecimals = 6;
// Values are kept as integers at the point's resolution; below 10^15 a double carries them
// exactly through value = n / 10^d and back with qRound64(value * 10^d).
constexpr std::int64_t kMaxScaled = 1000000000000000;
constexpr qint64 kWriteChunk = 1 << 16;

/// "-12.345" from a double at `decimals`, through an integer so that binary fractions never
/// show (0.1 + 0.2 is written 0.300, not 0.30000000000000004).
void appendFixed(QByteArray &out, double v, int decimals)
{
    const std::int64_t scale = kPow10[decimals];
    const std::int64_t n = qRound64(v * static_cast<double>(scale));
    const std::uint64_t a =
        n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    if (n < 0)
        out += '-';
    out += QByteArray::number(a / static_cast<std::uint64_t>(scale));
    if (decimals == 0)
        return;
    out += '.';
    const QByteArray frac = QByteArray::number(a % static_cast<std::uint64_t>(scale));
    out += QByteArray(decimals - frac.size(), '0');
    out += frac;
}

/// Strict decimal: optional '-', digits, optional '.' and digits. Returns the value scaled to
/// `decimals` as an integer, or an Error message (without the column).
std::optional<QString> parseScaled(QByteArrayView cell, int decimals, std::int64_t *scaled,
                                   const QString &pointId, Quantity q)
{
    qsizetype i = 0;
    const bool negative = !cell.isEmpty() && cell[0] == '-';
    if (negative)
        ++i;
    std::int64_t n = 0;
    qsizetype intDigits = 0;
    qsizetype fracDigits = 0;
    bool seenDot = false;
    const auto notANumber = [&] {
        return tr("'%1' is not a number; expected digits with an optional '-' and '.', "
                  "e.g. -12.345")
            .arg(QString::fromUtf8(cell));
    };
    for (; i < cell.size(); ++i) {
        const char c = cell[i];
        if (c == '.' && !seenDot) {
            seenDot = true;
            continue;
        }
        if (c < '0' || c > '9')
            return notANumber();
        if (seenDot) {
            ++fracDigits;
            if (fracDigits > decimals)
                continue; // counted for the message below
        } else {
            ++intDigits;
        }
        n = n * 10 + (c - '0');
        if (n >= kMaxScaled)
            return tr("'%1' has too many digits for this resolution (at most 15 digits)")
                .arg(QString::fromUtf8(cell));
    }
    if (intDigits == 0 || (seenDot && fracDigits == 0))
        return notANumber();
    if (fracDigits > decimals)
        return tr("'%1' has %2 decimals, but point %3 measures %4 to %5 decimals")
            .arg(QString::fromUtf8(cell))
            .arg(fracDigits)
            .arg(pointId, quantityKey(q))
            .arg(decimals);
    for (qsizetype k = fracDigits; k < decimals; ++k) {
        n *= 10;
        if (n >= kMaxScaled)
            return tr("'%1' has too many digits for this resolution (at most 15 digits)")
                .arg(QString::fromUtf8(cell));
    }
    *scaled = negative ? -n : n;
    return std::nullopt;
}

QString measuredList(const MonitoringPoint &p)
{
    QStringList keys;
    for (const Channel &c : p.channels)
        keys.append(quantityKey(c.quantity));
    return keys.join(QStringLiteral(", "));
}

/// Reads one file; holds the position for messages.
class Reader
{
public:
    Reader(const Plant &plant, const ReadOptions &options) : m_options(options)
    {
        for (const MonitoringPoint &p : plant.points)
            m_points.insert(p.id.toUtf8(), &p);
    }

    Error error(const QString &message) const
    {
        const QString place = m_options.fileName.isEmpty()
                                  ? tr("line %1").arg(m_line)
                                  : QStringLiteral("%1:%2").arg(m_options.fileName).arg(m_line);
        return Error{message, place};
    }
    Error columnError(const QString &column, const QString &message) const
    {
        return error(tr("column %1: %2").arg(column, message));
    }

    std::optional<Error> checkHeader(QByteArrayView line);
    std::optional<Error> row(QByteArrayView line, Sample *sample);

    qint64 m_line = 0;

private:
    const ReadOptions &m_options;
    QHash<QByteArray, const MonitoringPoint *> m_points;
};

std::optional<Error> Reader::checkHeader(QByteArrayView line)
{
    const QList<QByteArray> found = line.toByteArray().split(',');
    const QStringList expected = samplecsv::header().split(QLatin1Char(','));
    for (qsizetype i = 0; i < std::max(found.size(), expected.size()); ++i) {
        const QString f = QString::fromUtf8(found.value(i));
        const QString e = expected.value(i);
        if (f == e)
            continue;
        if (e.isEmpty())
            return error(tr("column %1: unexpected column '%2'; the header is '%3'")
                             .arg(i + 1)
                             .arg(f, samplecsv::header()));
        return error(tr("column %1: expected '%2', found '%3'; the header is '%4'")
                         .arg(i + 1)
                         .arg(e, f, samplecsv::header()));
    }
    return std::nullopt;
}

std::optional<Error> Reader::row(QByteArrayView line, Sample *sample)
{
    QByteArrayView cells[kColumns];
    int count = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i < line.size() && line[i] != ',')
            continue;
        if (count < kColumns)
            cells[count] = line.sliced(start, i - start);
        ++count;
        start = i + 1;
    }
    if (count != kColumns)
        return error(tr("the row has %1 columns, expected %2 (%3)")
                         .arg(count)
                         .arg(kColumns)
                         .arg(samplecsv::header()));

    const QString pointId = QString::fromUtf8(cells[1]);
    const MonitoringPoint *point = m_points.value(cells[1].toByteArray());
    if (!point)
        return columnError(QStringLiteral("point"), pointId.isEmpty()
                                                        ? tr("the point id is empty")
                                                        : tr("unknown point '%1'").arg(pointId));
    std::int64_t tMs = 0;
    bool epochOk = false;
    const qlonglong epochMs = cells[0].toLongLong(&epochOk); // epoch milliseconds, UTC
    if (epochOk && !cells[0].isEmpty() && cells[0][0] != '+') {
        tMs = epochMs;
    } else if (!detail::parseCanonicalTime(cells[0], &tMs)) {
        const Result<std::int64_t> t = timeutil::parseIso(QString::fromUtf8(cells[0]));
        if (!t)
            return columnError(QStringLiteral("time"), t.error().message);
        tMs = t.value();
    }
    // A stray date (a meter clock reset to 1970, a typo in the year) would stretch every
    // period it falls into over decades: refused here, where the line is known.
    if (tMs < kEarliestMs || tMs >= kLatestMs)
        return columnError(QStringLiteral("time"),
                           tr("'%1' is outside the years 2000 to 2099")
                               .arg(QString::fromUtf8(cells[0])));
    *sample = Sample{};
    sample->point = point->key;
    sample->tMs = tMs;
    sample->quality = QualityBackfilled;
    for (Quantity q : kAllQuantities) {
        const QByteArrayView cell = cells[2 + index(q)];
        if (cell.isEmpty())
            continue;
        const int decimals = point->decimals(q);
        if (decimals < 0)
            return columnError(quantityKey(q),
                               tr("point %1 does not measure %2 (it measures %3); leave the "
                                  "cell empty")
                                   .arg(point->id, quantityKey(q), measuredList(*point)));
        std::int64_t scaled = 0;
        const int d = std::clamp(decimals, 0, kMaxDecimals);
        if (const auto problem = parseScaled(cell, d, &scaled, point->id, q))
            return columnError(quantityKey(q), *problem);
        sample->set(q, static_cast<double>(scaled) / static_cast<double>(kPow10[d]));
    }
    if (sample->mask == 0)
        return error(tr("the row has no value; a sample needs at least one quantity"));
    return std::nullopt;
}

} // namespace

QString header()
{
    QStringList columns = {QStringLiteral("time"), QStringLiteral("point")};
    for (Quantity q : kAllQuantities)
        columns.append(quantityKey(q));
    return columns.join(QLatin1Char(','));
}

bool Writer::write(const MonitoringPoint &point, const SampleBatch &samples)
{
    std::array<int, kQuantityCount> decimals{};
    for (Quantity q : kAllQuantities)
        decimals[static_cast<size_t>(index(q))] = std::min(point.decimals(q), kMaxDecimals);
    const QByteArray id = point.id.toUtf8();
    QByteArray buffer;
    buffer.reserve(kWriteChunk + 256);
    for (const Sample &s : samples) {
        buffer += timeutil::toIso(s.tMs).toLatin1();
        buffer += ',';
        buffer += id;
        for (Quantity q : kAllQuantities) {
            buffer += ',';
            const int d = decimals[static_cast<size_t>(index(q))];
            if (d >= 0 && s.has(q) && std::isfinite(s.value(q)))
                appendFixed(buffer, s.value(q), d);
        }
        buffer += '\n';
        if (buffer.size() >= kWriteChunk) {
            if (m_out->write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return buffer.isEmpty() || m_out->write(buffer) == buffer.size();
}

Result<qint64> read(QIODevice *in, const Plant &plant, const ReadOptions &options,
                    const std::function<void(SampleBatch &&)> &sink)
{
    Reader reader(plant, options);
    const int batchSize = std::max(1, options.batchSize);
    SampleBatch batch;
    batch.reserve(static_cast<size_t>(batchSize));
    qint64 rows = 0;
    bool sawHeader = false;
    while (!in->atEnd()) {
        QByteArray line = in->readLine();
        ++reader.m_line;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (!sawHeader) {
            if (line.startsWith("\xEF\xBB\xBF")) // UTF-8 byte order mark (spreadsheets)
                line.remove(0, 3);
            if (auto e = reader.checkHeader(line))
                return *e;
            sawHeader = true;
            continue;
        }
        if (line.isEmpty())
            continue;
        Sample s;
        if (auto e = reader.row(line, &s))
            return *e;
        batch.push_back(s);
        ++rows;
        if (batch.size() >= static_cast<size_t>(batchSize)) {
            sink(std::move(batch));
            batch = SampleBatch();
            batch.reserve(static_cast<size_t>(batchSize));
        }
    }
    if (!sawHeader) {
        reader.m_line = 1;
        return reader.error(tr("the file is empty; expected the header '%1'").arg(header()));
    }
    if (!batch.empty())
        sink(std::move(batch));
    return rows;
}

} // namespace vocsync::samplecsv
