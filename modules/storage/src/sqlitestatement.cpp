#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <utility>

namespace vocsync::storage {

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept : m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Result<Statement> Statement::prepare(sqlite3 *db, const char *sql)
{
    Statement s;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s.m_stmt, nullptr) != SQLITE_OK)
        return Error{QString::fromUtf8(sqlite3_errmsg(db)), QString::fromUtf8(sql).simplified()};
    return s;
}

Status Statement::run()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const QString msg = errorText();
        sqlite3_reset(m_stmt);
        return Error{msg, QString::fromUtf8(sqlite3_sql(m_stmt)).simplified().left(80)};
    }
    reset();
    return {};
}

QString Statement::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
}

Status execNative(sqlite3 *db, const char *sql)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        const QString text = QString::fromUtf8(msg ? msg : sqlite3_errmsg(db));
        sqlite3_free(msg);
        return Error{text, QString::fromUtf8(sql).simplified().left(80)};
    }
    return {};
}

} // namespace vocsync::storage
