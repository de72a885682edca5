#pragma once

#include "vocsync/core/result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <sqlite3.h>

#include <cstdint>

namespace vocsync::storage {

/// The sqlite3 handle behind a QSQLITE connection. The hot paths (appending samples,
/// compaction) use SQLite's C API directly: binding through QVariant costs several times the
/// insert itself. Qt's plugin and this module link the same shared libsqlite3.
sqlite3 *nativeHandle(const QSqlDatabase &db);

/// A prepared statement, finalized on destruction. Bind indexes are 1-based as in SQLite.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    static Result<Statement> prepare(sqlite3 *db, const char *sql);

    void bind(int i, std::int64_t v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    /// The blob is not copied: it must outlive the step.
    void bindBlob(int i, QByteArrayView blob)
    {
        sqlite3_bind_blob(m_stmt, i, blob.data(), static_cast<int>(blob.size()), SQLITE_STATIC);
    }
    /// SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_stmt); }
    /// step() for statements that return no rows; Error with SQLite's message otherwise.
    Status run();
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    std::int64_t int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    QByteArrayView blob(int col) const
    {
        const void *p = sqlite3_column_blob(m_stmt, col);
        return {static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, col)};
    }
    QString text(int col) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col)),
                                 sqlite3_column_bytes(m_stmt, col));
    }
    QString errorText() const;
    sqlite3_stmt *native() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

/// Runs SQL without results through the C API (BEGIN, COMMIT, DELETE ...).
Status execNative(sqlite3 *db, const char *sql);

} // namespace vocsync::storage
