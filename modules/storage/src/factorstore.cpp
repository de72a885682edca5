#include "vocsync/storage/factorstore.h"

#include "sqlitestatement.h"

#include "vocsync/storage/connection.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <sqlite3.h>

#include <cmath>

namespace vocsync::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}

// Part bits in the column order of factor_sample (rtd, min, avg, max, cou).
constexpr std::uint8_t kParts[] = {FactorSample::Rtd, FactorSample::Min, FactorSample::Avg,
                                   FactorSample::Max, FactorSample::Cou};

double *partValue(FactorSample &s, int i)
{
    double *values[] = {&s.rtd, &s.min, &s.avg, &s.max, &s.cou};
    return values[i];
}

double partValue(const FactorSample &s, int i)
{
    const double values[] = {s.rtd, s.min, s.avg, s.max, s.cou};
    return values[i];
}

bool knownPeriod(FactorPeriod p)
{
    return p == FactorPeriod::RealTime || p == FactorPeriod::Minute || p == FactorPeriod::Hour ||
           p == FactorPeriod::Day;
}

void bindText(Statement &st, int i, const QByteArray &utf8)
{
    sqlite3_bind_text(st.native(), i, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
}

void bindText(Statement &st, int i, const QString &text)
{
    bindText(st, i, text.toUtf8());
}

Error sqlError(sqlite3 *db, const QString &path)
{
    return Error{QString::fromUtf8(sqlite3_errmsg(db)), path};
}

} // namespace

struct FactorStore::Statements
{
    Statement insert;
    Statement queryCode;
    Statement firstPair;
    Statement nextPair;
    Statement newest;
    Statement firstCode;
    Statement nextCode;
};

FactorStore::~FactorStore()
{
    m_statements.reset(); // statements are finalized before their connection closes
    if (m_db)
        sqlite3_close(m_db);
}

Result<std::unique_ptr<FactorStore>> FactorStore::open(const QString &dbPath)
{
    // Create or migrate the file, and switch it to WAL, the way every connection does.
    if (Result<Connection> conn = Connection::open(dbPath); !conn)
        return conn.error();

    std::unique_ptr<FactorStore> store(new FactorStore);
    store->m_path = dbPath;
    const int rc =
        sqlite3_open_v2(dbPath.toUtf8().constData(), &store->m_db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK)
        return Error{tr("cannot open the database: %1")
                         .arg(QString::fromUtf8(store->m_db ? sqlite3_errmsg(store->m_db)
                                                            : sqlite3_errstr(rc))),
                     dbPath};
    sqlite3_busy_timeout(store->m_db, 5000);
    // Values arrive every few seconds from many transmitters: like the samples, a commit
    // survives a crash of the process (WAL + NORMAL), not necessarily a power cut.
    if (Status s = execNative(store->m_db, "PRAGMA synchronous=NORMAL"); !s)
        return Error{s.error().message, dbPath};

    auto st = std::make_unique<Statements>();
    const std::pair<Statement *, const char *> sql[] = {
        {&st->insert, "INSERT OR IGNORE INTO factor_sample(mn, code, period_s, t_ms, rtd, min, "
                      "avg, max, cou, quality) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
        {&st->queryCode, "SELECT t_ms, rtd, min, avg, max, cou, quality FROM factor_sample "
                         "WHERE mn = ?1 AND code = ?2 AND period_s = ?3 AND t_ms >= ?4 AND "
                         "t_ms < ?5 ORDER BY t_ms"},
        // The distinct (MN, code) pairs are found by seeking the primary key from one pair to
        // the next, not by scanning years of values.
        {&st->firstPair, "SELECT mn, code FROM factor_sample ORDER BY mn, code LIMIT 1"},
        {&st->nextPair, "SELECT mn, code FROM factor_sample WHERE (mn, code) > (?1, ?2) "
                        "ORDER BY mn, code LIMIT 1"},
        {&st->newest, "SELECT max(t_ms) FROM factor_sample WHERE mn = ?1 AND code = ?2 AND "
                      "period_s = ?3"},
        {&st->firstCode, "SELECT code FROM factor_sample WHERE mn = ?1 ORDER BY code LIMIT 1"},
        {&st->nextCode, "SELECT code FROM factor_sample WHERE mn = ?1 AND code > ?2 "
                        "ORDER BY code LIMIT 1"},
    };
    for (const auto &[statement, text] : sql) {
        Result<Statement> prepared = Statement::prepare(store->m_db, text);
        if (!prepared)
            return Error{prepared.error().message, dbPath};
        *statement = std::move(prepared).value();
    }
    store->m_statements = std::move(st);
    return store;
}

Status FactorStore::check(const FactorSample &sample)
{
    if (sample.source.isEmpty())
        return Error{tr("a value of factor '%1' has no MN").arg(sample.code), QString()};
    if (sample.code.isEmpty())
        return Error{tr("a factor value of transmitter %1 has no factor code").arg(sample.source),
                     QString()};
    if (!knownPeriod(sample.period))
        return Error{
            tr("value of factor %1 of transmitter %2 has an unknown period %3 s")
                .arg(sample.code, sample.source, QString::number(static_cast<int>(sample.period))),
            QString()};
    return {};
}

Result<int> FactorStore::write(const FactorBatch &batch)
{
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (Status s = check(batch[i]); !s)
            return Error{s.error().message, tr("%1, value %2 of the batch").arg(m_path).arg(i)};
    }
    if (batch.empty())
        return 0;
    if (Status s = execNative(m_db, "BEGIN IMMEDIATE"); !s)
        return Error{s.error().message, m_path};
    auto rollback = qScopeGuard([this] { execNative(m_db, "ROLLBACK"); });

    Statement &insert = m_statements->insert;
    int added = 0;
    // Batches come per transmitter: convert the MN and code only when they change.
    const QString *lastMn = nullptr;
    const QString *lastCode = nullptr;
    QByteArray mnUtf8;
    QByteArray codeUtf8;
    for (const FactorSample &s : batch) {
        if (!lastMn || *lastMn != s.source)
            mnUtf8 = s.source.toUtf8();
        if (!lastCode || *lastCode != s.code)
            codeUtf8 = s.code.toUtf8();
        lastMn = &s.source;
        lastCode = &s.code;
        bindText(insert, 1, mnUtf8);
        bindText(insert, 2, codeUtf8);
        insert.bind(3, static_cast<std::int64_t>(s.period));
        insert.bind(4, s.tMs);
        for (int p = 0; p < 5; ++p) {
            // SQLite stores a NaN as NULL anyway; say so explicitly.
            const double v = partValue(s, p);
            if ((s.mask & kParts[p]) && !std::isnan(v))
                sqlite3_bind_double(insert.native(), 5 + p, v);
            else
                insert.bindNull(5 + p);
        }
        insert.bind(10, s.quality);
        if (Status st = insert.run(); !st)
            return Error{st.error().message, m_path};
        added += sqlite3_changes(m_db);
    }
    if (Status s = execNative(m_db, "COMMIT"); !s)
        return Error{s.error().message, m_path};
    rollback.dismiss();
    return added;
}

Result<FactorBatch> FactorStore::query(const QString &mn, const QString &code, FactorPeriod period,
                                       std::int64_t fromMs, std::int64_t toMs)
{
    // Every code: one range seek per code in the primary key (mn, code, period_s, t_ms), which
    // comes out in time order; one query over all codes would sort in a temporary B-tree.
    QStringList codeList{code};
    if (code.isEmpty()) {
        Result<QStringList> all = codes(mn);
        if (!all)
            return all.error();
        codeList = std::move(all).value();
    }
    FactorBatch out;
    Statement &q = m_statements->queryCode;
    for (const QString &c : codeList) {
        const auto reset = qScopeGuard([&q] { q.reset(); });
        bindText(q, 1, mn);
        bindText(q, 2, c);
        q.bind(3, static_cast<std::int64_t>(period));
        q.bind(4, fromMs);
        q.bind(5, toMs);
        int rc = SQLITE_ROW;
        while ((rc = q.step()) == SQLITE_ROW) {
            FactorSample s;
            s.source = mn;
            s.code = c;
            s.tMs = q.int64(0);
            s.period = period;
            for (int p = 0; p < 5; ++p) {
                if (q.isNull(1 + p))
                    continue;
                *partValue(s, p) = sqlite3_column_double(q.native(), 1 + p);
                s.mask |= kParts[p];
            }
            s.quality = static_cast<std::uint8_t>(q.int64(6));
            out.push_back(std::move(s));
        }
        if (rc != SQLITE_DONE)
            return sqlError(m_db, m_path);
    }
    return out;
}

Result<QHash<QString, std::int64_t>> FactorStore::lastTimes(FactorPeriod period)
{
    QHash<QString, std::int64_t> times;
    Statement *pair = &m_statements->firstPair;
    QString mn;
    QString code;
    for (;;) {
        const int rc = pair->step();
        if (rc == SQLITE_DONE) {
            pair->reset();
            break;
        }
        if (rc != SQLITE_ROW) {
            const Error error = sqlError(m_db, m_path);
            pair->reset();
            return error;
        }
        mn = pair->text(0);
        code = pair->text(1);
        pair->reset();

        Statement &newest = m_statements->newest;
        bindText(newest, 1, mn);
        bindText(newest, 2, code);
        newest.bind(3, static_cast<std::int64_t>(period));
        const int nrc = newest.step();
        const bool found = nrc == SQLITE_ROW && !newest.isNull(0);
        const std::int64_t t = found ? newest.int64(0) : 0;
        const Error error = nrc == SQLITE_ROW ? Error{} : sqlError(m_db, m_path);
        newest.reset();
        if (nrc != SQLITE_ROW)
            return error;
        if (found) {
            auto it = times.find(mn);
            if (it == times.end())
                times.insert(mn, t);
            else if (t > it.value())
                it.value() = t;
        }

        pair = &m_statements->nextPair;
        bindText(*pair, 1, mn);
        bindText(*pair, 2, code);
    }
    return times;
}

Result<QStringList> FactorStore::codes(const QString &mn)
{
    QStringList out;
    Statement *q = &m_statements->firstCode;
    bindText(*q, 1, mn);
    for (;;) {
        const int rc = q->step();
        if (rc == SQLITE_DONE) {
            q->reset();
            break;
        }
        if (rc != SQLITE_ROW) {
            const Error error = sqlError(m_db, m_path);
            q->reset();
            return error;
        }
        out.append(q->text(0));
        q->reset();
        q = &m_statements->nextCode;
        bindText(*q, 1, mn);
        bindText(*q, 2, out.last());
    }
    return out;
}

} // namespace vocsync::storage
