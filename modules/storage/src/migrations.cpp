#include "vocsync/storage/migrations.h"

#include "vocsync/storage/connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace vocsync::storage {

namespace {

// Version 1: the plant configuration (DOMAIN.md). Configuration tables hold text ids chosen by
// the station; monitoring points get a compact integer key that every sample carries.
const char *const kV1[] = {
    R"(CREATE TABLE enterprise(
         id TEXT PRIMARY KEY, name TEXT NOT NULL, credit_code TEXT NOT NULL DEFAULT '',
         legal_representative TEXT NOT NULL DEFAULT '', registration_status TEXT NOT NULL DEFAULT '',
         founded_on TEXT, registered_capital_wan REAL NOT NULL DEFAULT 0,
         staff_size INTEGER NOT NULL DEFAULT 0, enterprise_type TEXT NOT NULL DEFAULT '',
         business_scope TEXT NOT NULL DEFAULT '', industry TEXT NOT NULL DEFAULT '',
         address TEXT NOT NULL DEFAULT '', longitude REAL NOT NULL DEFAULT 0,
         latitude REAL NOT NULL DEFAULT 0, contacts_json TEXT NOT NULL DEFAULT '[]'))",
    R"(CREATE TABLE workshop(
         id TEXT PRIMARY KEY, enterprise_id TEXT NOT NULL REFERENCES enterprise(id),
         name TEXT NOT NULL))",
    R"(CREATE TABLE production_line(
         id TEXT PRIMARY KEY, workshop_id TEXT NOT NULL REFERENCES workshop(id),
         name TEXT NOT NULL))",
    R"(CREATE TABLE facility(
         id TEXT PRIMARY KEY, enterprise_id TEXT NOT NULL REFERENCES enterprise(id),
         workshop_id TEXT NOT NULL DEFAULT '', line_id TEXT NOT NULL DEFAULT '',
         name TEXT NOT NULL, kind TEXT NOT NULL CHECK(kind IN ('production','treatment')),
         type TEXT NOT NULL DEFAULT '', rated_power_kw REAL NOT NULL DEFAULT 0,
         state_quantity TEXT NOT NULL DEFAULT 'current_a', off_threshold REAL NOT NULL DEFAULT 0,
         run_threshold REAL NOT NULL DEFAULT 0, overload_threshold REAL NOT NULL DEFAULT 0,
         hysteresis REAL NOT NULL DEFAULT 0, min_dwell_s INTEGER NOT NULL DEFAULT 60))",
    R"(CREATE TABLE facility_link(
         production_id TEXT NOT NULL REFERENCES facility(id),
         treatment_id TEXT NOT NULL REFERENCES facility(id),
         lead_minutes REAL NOT NULL DEFAULT 0, lag_minutes REAL NOT NULL DEFAULT 0,
         PRIMARY KEY(production_id, treatment_id)))",
    R"(CREATE TABLE device(
         id TEXT PRIMARY KEY, enterprise_id TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL,
         model TEXT NOT NULL DEFAULT '', protocol TEXT NOT NULL DEFAULT '',
         address TEXT NOT NULL DEFAULT '', template_id TEXT NOT NULL DEFAULT '',
         firmware TEXT NOT NULL DEFAULT ''))",
    // channels: "current_a:3,voltage_v:1" (quantity key : decimals of the resolution).
    R"(CREATE TABLE point(
         key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
         facility_id TEXT NOT NULL REFERENCES facility(id), device_id TEXT NOT NULL DEFAULT '',
         name TEXT NOT NULL DEFAULT '', interval_s INTEGER NOT NULL DEFAULT 10,
         channels TEXT NOT NULL))",
    R"(CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT NOT NULL))",
};

// Version 2: sample storage (DESIGN.md, Storage; docs/chunk-encoding.md).
// sample_raw: recent samples in arrival order (rowid table, no index: appends stay fast);
// values are integers at the point's declared resolution, NULL when not measured.
// sample_chunk: one compressed blob per point and UTC hour, with that hour's minute rollups.
// rollup_hour / rollup_day: per quantity count, min, max, sum (and first/last for counters),
// as integers at the point's resolution; the day is the UTC day.
const char *const kV2[] = {
    R"(CREATE TABLE sample_raw(
         point_key INTEGER NOT NULL, t_ms INTEGER NOT NULL, quality INTEGER NOT NULL DEFAULT 0,
         current_a INTEGER, voltage_v INTEGER, power_kw INTEGER, energy_kwh INTEGER,
         frequency_hz INTEGER))",
    R"(CREATE TABLE sample_chunk(
         point_key INTEGER NOT NULL, hour_ms INTEGER NOT NULL, n INTEGER NOT NULL,
         t_first INTEGER NOT NULL, t_last INTEGER NOT NULL, samples BLOB NOT NULL,
         minutes BLOB NOT NULL))",
    R"(CREATE UNIQUE INDEX sample_chunk_point_hour ON sample_chunk(point_key, hour_ms))",
    R"(CREATE TABLE rollup_hour(point_key INTEGER NOT NULL, t_ms INTEGER NOT NULL,
         stats BLOB NOT NULL, PRIMARY KEY(point_key, t_ms)) WITHOUT ROWID)",
    R"(CREATE TABLE rollup_day(point_key INTEGER NOT NULL, t_ms INTEGER NOT NULL,
         stats BLOB NOT NULL, PRIMARY KEY(point_key, t_ms)) WITHOUT ROWID)",
};

// Version 3: alarms (docs/alarms.md) and relative run thresholds.
// alarm_rule: one row per AlarmRule; event_type '' matches any event type; recipients and
// channels are comma-separated lists (phone numbers and channel names hold no comma).
// alarm: one row per condition (rule + condition key), updated through its lifecycle; times
// are UTC ms, 0 when not (yet) happened; evidence is the event's evidence as JSON text.
// rule_id is not a foreign key: the history of an alarm outlives a removed rule.
// alarm_delivery: every delivery attempt a channel reported.
// facility.threshold_basis/rated_level: RunThresholds::relative and ratedLevel.
const char *const kV3[] = {
    R"(CREATE TABLE alarm_rule(
         id INTEGER PRIMARY KEY, name TEXT NOT NULL, enabled INTEGER NOT NULL DEFAULT 1,
         scope TEXT NOT NULL CHECK(scope IN ('station','enterprise','facility','point')),
         scope_id TEXT NOT NULL DEFAULT '',
         kind TEXT NOT NULL CHECK(kind IN ('event','threshold')),
         event_type TEXT NOT NULL DEFAULT '', quantity TEXT NOT NULL DEFAULT 'current_a',
         above INTEGER NOT NULL DEFAULT 1, limit_value REAL NOT NULL DEFAULT 0,
         duration_s INTEGER NOT NULL DEFAULT 0,
         level TEXT NOT NULL CHECK(level IN ('warning','alarm')),
         escalate_after_s INTEGER NOT NULL DEFAULT 0, renotify_minutes INTEGER NOT NULL DEFAULT 0,
         schedule_days INTEGER NOT NULL DEFAULT 127, schedule_from TEXT NOT NULL DEFAULT '00:00',
         schedule_to TEXT NOT NULL DEFAULT '00:00', recipients TEXT NOT NULL DEFAULT '',
         channels TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE alarm(
         id INTEGER PRIMARY KEY, rule_id INTEGER NOT NULL, condition_key TEXT NOT NULL,
         type TEXT NOT NULL, enterprise TEXT NOT NULL DEFAULT '',
         facility TEXT NOT NULL DEFAULT '', related TEXT NOT NULL DEFAULT '',
         point TEXT NOT NULL DEFAULT '', level TEXT NOT NULL CHECK(level IN ('warning','alarm')),
         state TEXT NOT NULL
           CHECK(state IN ('active_unack','active_ack','cleared_unack','normal')),
         start_ms INTEGER NOT NULL, raised_ms INTEGER NOT NULL,
         cleared_ms INTEGER NOT NULL DEFAULT 0, ack_ms INTEGER NOT NULL DEFAULT 0,
         ack_by TEXT NOT NULL DEFAULT '', ack_comment TEXT NOT NULL DEFAULT '',
         shelved_until_ms INTEGER NOT NULL DEFAULT 0, shelved_by TEXT NOT NULL DEFAULT '',
         shelve_reason TEXT NOT NULL DEFAULT '',
         last_notified_ms INTEGER NOT NULL DEFAULT 0, notifications INTEGER NOT NULL DEFAULT 0,
         message TEXT NOT NULL DEFAULT '', evidence TEXT NOT NULL DEFAULT '{}'))",
    R"(CREATE INDEX alarm_raised ON alarm(raised_ms))",
    R"(CREATE INDEX alarm_enterprise ON alarm(enterprise, raised_ms))",
    R"(CREATE INDEX alarm_state ON alarm(state))",
    R"(CREATE INDEX alarm_condition ON alarm(rule_id, condition_key))",
    R"(CREATE TABLE alarm_delivery(
         id INTEGER PRIMARY KEY, alarm_id INTEGER NOT NULL REFERENCES alarm(id),
         notification_id INTEGER NOT NULL, channel TEXT NOT NULL,
         recipient TEXT NOT NULL DEFAULT '', ok INTEGER NOT NULL, detail TEXT NOT NULL DEFAULT '',
         at_ms INTEGER NOT NULL))",
    R"(CREATE INDEX alarm_delivery_alarm ON alarm_delivery(alarm_id))",
    R"(ALTER TABLE facility ADD COLUMN threshold_basis TEXT NOT NULL DEFAULT 'absolute'
         CHECK(threshold_basis IN ('absolute','rated')))",
    R"(ALTER TABLE facility ADD COLUMN rated_level REAL NOT NULL DEFAULT 0)",
};

// Version 4: how the station reaches each polled meter (plant.h, Device; docs/plant-json.md).
// port: serial device or host:port; the serial line settings, poll interval, reply timeout,
// transformer ratios (0: read from the meter) and whether the device is polled at all.
// Existing devices get the struct's defaults and an empty port.
const char *const kV4[] = {
    R"(ALTER TABLE device ADD COLUMN port TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE device ADD COLUMN baud INTEGER NOT NULL DEFAULT 9600)",
    R"(ALTER TABLE device ADD COLUMN parity TEXT NOT NULL DEFAULT 'N')",
    R"(ALTER TABLE device ADD COLUMN data_bits INTEGER NOT NULL DEFAULT 8)",
    R"(ALTER TABLE device ADD COLUMN stop_bits INTEGER NOT NULL DEFAULT 1)",
    R"(ALTER TABLE device ADD COLUMN frame_delay_ms INTEGER NOT NULL DEFAULT 0)",
    R"(ALTER TABLE device ADD COLUMN poll_interval_ms INTEGER NOT NULL DEFAULT 10000)",
    R"(ALTER TABLE device ADD COLUMN timeout_ms INTEGER NOT NULL DEFAULT 1000)",
    R"(ALTER TABLE device ADD COLUMN pt_ratio REAL NOT NULL DEFAULT 0)",
    R"(ALTER TABLE device ADD COLUMN ct_ratio REAL NOT NULL DEFAULT 0)",
    R"(ALTER TABLE device ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1)",
};

// Version 5: HJ 212 (docs/hj212-server.md, docs/hj212-upstream.md).
// hj212_transmitter: the MN registry (core/transmitter.h); points is a JSON object
// {"channel": "point id"}.
// factor_sample: values of factors that are not point quantities (VOC analyzers, flue gas,
// facility state), per MN, code, period (0 real-time, 60, 3600, 86400 s) and DataTime; the
// primary key keeps the first value of an instant, so a backfill never duplicates one.
// Parts absent are NULL; quality holds SampleQuality bits and the DataFlag (sample.h).
// upstream_target: a central platform and what is forwarded to it (an enterprise's points or a
// transmitter's factors) under which MN and password.
// upstream_queue: store-and-forward, one row per packet in the order created; the QN is fixed
// when the row is written, so a resend carries the same QN. acked_ms 0 = not answered yet.
const char *const kV5[] = {
    R"(CREATE TABLE hj212_transmitter(
         mn TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '',
         enterprise_id TEXT NOT NULL DEFAULT '', password TEXT NOT NULL DEFAULT '',
         factor_map TEXT NOT NULL DEFAULT 'vocsync-electric',
         points TEXT NOT NULL DEFAULT '{}', backfill_cn INTEGER NOT NULL DEFAULT 2051,
         rtd_interval_s INTEGER NOT NULL DEFAULT 60,
         alarm_on_reject INTEGER NOT NULL DEFAULT 0, enabled INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE factor_sample(
         mn TEXT NOT NULL, code TEXT NOT NULL, period_s INTEGER NOT NULL, t_ms INTEGER NOT NULL,
         rtd REAL, min REAL, avg REAL, max REAL, cou REAL, quality INTEGER NOT NULL DEFAULT 0,
         PRIMARY KEY(mn, code, period_s, t_ms)) WITHOUT ROWID)",
    R"(CREATE TABLE upstream_target(
         id INTEGER PRIMARY KEY, name TEXT NOT NULL, host TEXT NOT NULL,
         port INTEGER NOT NULL, mn TEXT NOT NULL, password TEXT NOT NULL,
         st TEXT NOT NULL DEFAULT '31', version INTEGER NOT NULL DEFAULT 1,
         source_kind TEXT NOT NULL CHECK(source_kind IN ('enterprise','transmitter')),
         source_id TEXT NOT NULL, factor_map TEXT NOT NULL DEFAULT 'vocsync-electric',
         enabled INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE upstream_queue(
         id INTEGER PRIMARY KEY AUTOINCREMENT, target_id INTEGER NOT NULL, qn TEXT NOT NULL,
         cn INTEGER NOT NULL, data_time_ms INTEGER NOT NULL, frame BLOB NOT NULL,
         created_ms INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
         next_try_ms INTEGER NOT NULL DEFAULT 0, last_sent_ms INTEGER NOT NULL DEFAULT 0,
         acked_ms INTEGER NOT NULL DEFAULT 0, answer TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX upstream_queue_pending ON upstream_queue(target_id, acked_ms, id))",
    R"(CREATE UNIQUE INDEX upstream_queue_qn ON upstream_queue(target_id, qn))",
};

struct Migration
{
    const char *const *statements;
    size_t count;
};

const Migration kMigrations[] = {
    {kV1, std::size(kV1)},
    {kV2, std::size(kV2)},
    {kV3, std::size(kV3)},
    {kV4, std::size(kV4)},
    {kV5, std::size(kV5)},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(std::size(kMigrations));
}

int schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status migrate(const QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    // Fast path without the write lock: versions only go up.
    const int before = schemaVersion(db);
    if (before > latestSchemaVersion())
        return Error{tr("the database has schema version %1, newer than this program's %2; "
                        "update VocSync")
                         .arg(before)
                         .arg(latestSchemaVersion()),
                     db.databaseName()};
    if (before >= target)
        return {};
    for (int v = std::max(1, before + 1); v <= target; ++v) {
        // BEGIN IMMEDIATE takes the write lock first, and the version is read inside the
        // transaction: two programs opening a new file at once migrate it once.
        if (Status s = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !s)
            return Error{tr("cannot begin migration %1: %2").arg(v).arg(s.error().message),
                         db.databaseName()};
        const int current = schemaVersion(db);
        Status status;
        if (current < 0) {
            status = Error{tr("cannot read the schema version: %1").arg(db.lastError().text()),
                           db.databaseName()};
        } else if (current > latestSchemaVersion()) {
            status = Error{tr("the database has schema version %1, newer than this program's "
                              "%2; update VocSync")
                               .arg(current)
                               .arg(latestSchemaVersion()),
                           db.databaseName()};
        } else if (current < v) {
            const Migration &m = kMigrations[v - 1];
            for (size_t i = 0; status && i < m.count; ++i) {
                if (Status s = exec(db, QString::fromUtf8(m.statements[i])); !s)
                    status = Error{tr("migration to version %1 failed: %2")
                                       .arg(v)
                                       .arg(s.error().message),
                                   db.databaseName()};
            }
            if (status)
                status = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(v));
        }
        if (!status) {
            exec(db, QStringLiteral("ROLLBACK"));
            return status;
        }
        if (Status s = exec(db, QStringLiteral("COMMIT")); !s)
            return Error{tr("cannot commit migration %1: %2").arg(v).arg(s.error().message),
                         db.databaseName()};
    }
    return {};
}

} // namespace vocsync::storage
