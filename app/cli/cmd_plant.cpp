// vocsync-cli plant import|export: the plant configuration as JSON (docs/plant-json.md).
#include "cliutil.h"
#include "commands.h"

#include "vocsync/core/plantjson.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/plantrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace vocsync::cli {

namespace {

const QString kImport = QStringLiteral("plant import");
const QString kExport = QStringLiteral("plant export");

int plantImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "vocsync-cli plant import --db FILE PLANT.json\n\n"
        "Checks the plant file completely (docs/plant-json.md), then replaces the configuration "
        "stored in the database with it in one transaction; creates the database if it does not "
        "exist. Points keep their storage keys (and samples) when their id already exists. A "
        "point that still has samples cannot be removed. Prints one JSON object with the counts."));
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("PLANT.json"), tr("The plant file."));
    int rc = kExitOk;
    if (!parse(parser, args, kImport, &rc))
        return rc;
    const QStringList files = parser.positionalArguments().mid(1);
    if (!parser.isSet(db))
        return usageError(kImport, tr("--db FILE is required"));
    if (files.size() != 1)
        return usageError(kImport, tr("expected one plant file, got %1").arg(files.size()));

    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return inputError(kImport,
                          Error{tr("cannot read: %1").arg(file.errorString()), file.fileName()});
    const Result<Plant> plant = plantjson::read(file.readAll(), files.first());
    if (!plant)
        return inputError(kImport, plant.error());

    Result<storage::Connection> conn = storage::Connection::open(parser.value(db));
    if (!conn)
        return inputError(kImport, conn.error());
    const Result<Plant> before = storage::plantrepository::load(conn->db());
    if (!before)
        return inputError(kImport, before.error());
    if (Status s = storage::plantrepository::save(conn->db(), plant.value()); !s)
        return inputError(kImport, s.error());

    QSet<QString> oldIds, newIds;
    for (const MonitoringPoint &p : before->points)
        oldIds.insert(p.id);
    for (const MonitoringPoint &p : plant->points)
        newIds.insert(p.id);
    const QJsonObject summary{
        {QStringLiteral("enterprises"), static_cast<qint64>(plant->enterprises.size())},
        {QStringLiteral("workshops"), static_cast<qint64>(plant->workshops.size())},
        {QStringLiteral("lines"), static_cast<qint64>(plant->lines.size())},
        {QStringLiteral("facilities"), static_cast<qint64>(plant->facilities.size())},
        {QStringLiteral("links"), static_cast<qint64>(plant->links.size())},
        {QStringLiteral("devices"), static_cast<qint64>(plant->devices.size())},
        {QStringLiteral("points"), static_cast<qint64>(plant->points.size())},
        {QStringLiteral("points_added"),
         static_cast<qint64>(QSet<QString>(newIds).subtract(oldIds).size())},
        {QStringLiteral("points_removed"),
         static_cast<qint64>(QSet<QString>(oldIds).subtract(newIds).size())},
    };
    out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << "\n" << Qt::flush;
    return kExitOk;
}

int plantExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("vocsync-cli plant export --db FILE [-o OUT]\n\n"
           "Writes the plant configuration stored in the database as a plant file "
           "(docs/plant-json.md), to standard output or to OUT."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to this file instead of standard output."),
                                    QStringLiteral("OUT"));
    parser.addOption(db);
    parser.addOption(output);
    int rc = kExitOk;
    if (!parse(parser, args, kExport, &rc))
        return rc;
    if (!parser.isSet(db))
        return usageError(kExport, tr("--db FILE is required"));
    if (parser.positionalArguments().size() > 1)
        return usageError(kExport,
                          tr("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));

    Result<storage::Connection> conn =
        storage::Connection::open(parser.value(db), storage::OpenMode::ReadOnly);
    if (!conn)
        return inputError(kExport, conn.error());
    const Result<Plant> plant = storage::plantrepository::load(conn->db());
    if (!plant)
        return inputError(kExport, plant.error());
    const QByteArray json = plantjson::write(plant.value());
    if (!parser.isSet(output)) {
        out() << QString::fromUtf8(json) << Qt::flush;
        return kExitOk;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return inputError(
            kExport, Error{tr("cannot write: %1").arg(file.errorString()), parser.value(output)});
    return kExitOk;
}

} // namespace

int runPlant(const QStringList &args)
{
    return dispatch(args, {{"import", &plantImport}, {"export", &plantExport}},
                    tr("Usage: vocsync-cli plant import --db FILE PLANT.json\n"
                        "       vocsync-cli plant export --db FILE [-o OUT]\n\n"
                        "Imports or exports the plant configuration as JSON (docs/plant-json.md).\n"
                        "Run 'vocsync-cli plant import --help' for an action's options.\n"));
}

} // namespace vocsync::cli
