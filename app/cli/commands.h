#pragma once

#include <QStringList>

namespace vocsync::cli {

/// One `vocsync-cli` subcommand. `args` starts with the subcommand's own name. Exit codes
/// (DESIGN.md): 0 success, 1 bad input (message on stderr naming file, line or field),
/// 2 usage error.
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

int runPlant(const QStringList &args);   // plant import|export
int runSamples(const QStringList &args); // samples import|export
int runDb(const QStringList &args);      // db stats
int runDemo(const QStringList &args);    // demo --days N --db FILE
int runAnalyze(const QStringList &args); // analyze --plant P --samples S | --db FILE
int runThresholds(const QStringList &args); // thresholds suggest --db FILE --facility ID
int runModbus(const QStringList &args);  // modbus read|scan
int runDlt645(const QStringList &args);  // dlt645 read
int runUpstream(const QStringList &args); // upstream list|add|remove
int runHj212(const QStringList &args);   // hj212 parse|crc|send|listen|simulate
/// `hj212 listen` (app/cli/cmd_hj212listen.cpp); `args` starts with "listen".
int runHj212Listen(const QStringList &args);
/// `hj212 simulate` (app/cli/cmd_hj212simulate.cpp); `args` starts with "simulate".
int runHj212Simulate(const QStringList &args);

} // namespace vocsync::cli
