#include "cliutil.h"
#include "commands.h"

#include "vocsync/storage/dbstats.h"

#include <QJsonDocument>

namespace vocsync::cli {

int runDb(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "vocsync-cli db stats --db FILE\n\nPrints one JSON object: points, samples, raw rows "
        "not yet compacted, chunks, file bytes (database + WAL) and bytes per sample."));
    const QCommandLineOption dbOpt = dbOption();
    parser.addOption(dbOpt);
    parser.addPositionalArgument(QStringLiteral("stats"), QStringLiteral("The action."));
    int rc = kExitOk;
    if (!parse(parser, args, QStringLiteral("db"), &rc))
        return rc;
    const QStringList pos = parser.positionalArguments().mid(1);
    if (pos != QStringList{QStringLiteral("stats")})
        return usageError(QStringLiteral("db"), QStringLiteral("expected the action 'stats'"));
    if (!parser.isSet(dbOpt))
        return usageError(QStringLiteral("db stats"), QStringLiteral("--db FILE is required"));
    const Result<storage::DbStats> stats = storage::readDbStats(parser.value(dbOpt));
    if (!stats)
        return inputError(QStringLiteral("db stats"), stats.error());
    out() << QJsonDocument(stats->toJson()).toJson(QJsonDocument::Compact) << "\n" << Qt::flush;
    return kExitOk;
}

} // namespace vocsync::cli
