#pragma once

#include "vocsync/core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace vocsync::storage {

enum class OpenMode { ReadWrite, ReadOnly };

/// A named QSqlDatabase connection to the station database, removed again on destruction.
/// WAL journal, busy timeout 5 s, foreign keys on. Each thread opens its own (DESIGN.md,
/// Threads): the writer thread one, every reader one.
class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;

    /// Opens `path` (creating it in ReadWrite mode) and, in ReadWrite mode, migrates it to the
    /// latest schema. The connection name is made unique.
    static Result<Connection> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);

    QSqlDatabase db() const;
    QString path() const { return m_path; }
    bool isOpen() const { return !m_name.isEmpty(); }

private:
    QString m_name;
    QString m_path;
};

/// Runs one statement, returning an Error that names the statement on failure.
Status exec(const QSqlDatabase &db, const QString &sql);

} // namespace vocsync::storage
