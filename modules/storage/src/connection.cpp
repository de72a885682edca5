#include "vocsync/storage/connection.h"

#include "vocsync/storage/migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace vocsync::storage {

namespace {
QAtomicInt g_connectionCounter;

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::storage", text);
}
/// WAL is a property of the file: set once, it stays. Switching needs an exclusive lock, and
/// SQLite answers "database is locked" at once instead of waiting on the busy timeout when
/// another connection opens the new file at the same moment: retry for up to 5 s.
Status enableWal(const QSqlDatabase &db)
{
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return {};
    }
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        Status s = exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        if (s || clock.elapsed() > 5000)
            return s;
        QThread::msleep(20);
    }
}

} // namespace

Connection::~Connection()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Connection::Connection(Connection &&other) noexcept
    : m_name(std::exchange(other.m_name, {})), m_path(std::exchange(other.m_path, {}))
{
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        Connection old(std::move(*this));
        m_name = std::exchange(other.m_name, {});
        m_path = std::exchange(other.m_path, {});
    }
    return *this;
}

QSqlDatabase Connection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<Connection> Connection::open(const QString &path, OpenMode mode)
{
    if (mode == OpenMode::ReadOnly && !QFileInfo::exists(path))
        return Error{tr("no such database file"), path};
    Connection c;
    c.m_path = path;
    c.m_name = QStringLiteral("vocsync-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c.m_name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == OpenMode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return Error{tr("cannot open the database: %1").arg(db.lastError().text()), path};
    if (mode == OpenMode::ReadWrite) {
        // A new file frees the pages of compacted raw rows with incremental vacuum (the writer
        // runs it after compaction); auto_vacuum can only be chosen before the first table.
        bool empty = false;
        {
            QSqlQuery tables(db);
            empty = tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
                    && tables.next() && tables.value(0).toInt() == 0;
        }
        // 16 KiB pages hold several ~2 KiB chunk rows each (4 KiB pages waste about a quarter).
        if (empty) {
            exec(db, QStringLiteral("PRAGMA page_size=16384"));
            exec(db, QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"));
        }
        // WAL lets readers run beside the one writer (DESIGN.md, Storage). NORMAL keeps every
        // commit across a process crash; configuration writes ask for FULL themselves.
        if (Status s = enableWal(db); !s)
            return Error{s.error().message, path};
        // wal_autocheckpoint counts pages: 256 pages of 16 KiB keep the WAL near 4 MiB.
        for (const char *pragma : {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA wal_autocheckpoint=256"}) {
            if (Status s = exec(db, QString::fromLatin1(pragma)); !s)
                return Error{s.error().message, path};
        }
        if (Status s = migrate(db); !s)
            return s.error();
    } else {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA query_only=ON"));
    }
    return c;
}

Status exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error{tr("%1 (in: %2)").arg(q.lastError().text(), sql.simplified().left(120)), {}};
    return {};
}

} // namespace vocsync::storage
