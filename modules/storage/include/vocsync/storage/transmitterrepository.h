#pragma once

#include "vocsync/core/result.h"
#include "vocsync/core/transmitter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace vocsync::storage {

/// Loads and saves the HJ 212 MN registry (table hj212_transmitter, schema version 5).
/// Entries are checked with transmitterjson::validateTransmitter before they are stored, and
/// every change is one transaction with synchronous=FULL (configuration, DESIGN.md Storage).
namespace transmitterrepository {

/// The registered transmitters in the order they were first stored (an update keeps an
/// entry's place).
Result<QList<TransmitterConfig>> load(const QSqlDatabase &db);

/// Adds `transmitter`, or replaces the stored entry with its MN in place. Refused when it
/// fails validation (the Error's `where` is the field, e.g. "password") or when another entry
/// has the same MN in another letter case.
Status save(const QSqlDatabase &db, const TransmitterConfig &transmitter);

/// Removes the entry with this MN; an MN that is not stored is an error.
Status remove(const QSqlDatabase &db, const QString &mn);

/// Replaces the whole registry with `transmitters` (an import) in ONE transaction: on any
/// error nothing changes. The list must pass transmitterjson::validate.
Status replaceAll(const QSqlDatabase &db, const QList<TransmitterConfig> &transmitters);

/// The same on a connection of their own to `dbPath` (call them from a worker thread, or
/// from the CLI); each returns the registry as stored after the change.
Result<QList<TransmitterConfig>> loadAt(const QString &dbPath);
/// Removes `removeMn` unless it is empty, then saves `transmitter` unless its MN is empty, in
/// one transaction (a changed MN is both).
Result<QList<TransmitterConfig>>
changeAt(const QString &dbPath, const TransmitterConfig &transmitter, const QString &removeMn);
Result<QList<TransmitterConfig>> replaceAllAt(const QString &dbPath,
                                              const QList<TransmitterConfig> &transmitters);

} // namespace transmitterrepository
} // namespace vocsync::storage
