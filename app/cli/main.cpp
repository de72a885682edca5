// vocsync-cli: headless subcommands (DESIGN.md, Interfaces). Wiring only: every subcommand
// calls into the module libraries.
#include "cliutil.h"
#include "commands.h"

#include "vocsync/core/sample.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <array>
#include <cstring>

using namespace vocsync::cli;

namespace {

constexpr std::array<Command, 10> kCommands = {{
    {"plant", "Import or export the plant configuration as JSON", &runPlant},
    {"samples", "Import or export stored samples as CSV", &runSamples},
    {"db", "Inspect a station database (db stats)", &runDb},
    {"demo", "Fill a database with the simulated demo plant's history", &runDemo},
    {"analyze", "Run states, sync rate, anomalies and risk as JSON", &runAnalyze},
    {"thresholds", "Suggest a facility's run-state thresholds from its history", &runThresholds},
    {"modbus", "Read a Modbus meter by its template, or scan a bus for unit ids", &runModbus},
    {"dlt645", "Read a DL/T 645-2007 meter", &runDlt645},
    {"hj212", "Decode, frame, send or receive HJ 212 packets", &runHj212},
    {"upstream", "Central platforms the station forwards to over HJ 212", &runUpstream},
}};

void printUsage(QTextStream &s)
{
    s << "Usage: vocsync-cli <command> [options]\n\nCommands:\n";
    for (const Command &c : kCommands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(10) << c.summary << "\n";
    s << "\nRun 'vocsync-cli <command> --help' for a command's options.\n" << Qt::flush;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vocsync-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("VocSync"));
    qRegisterMetaType<vocsync::SampleBatch>();
    // Progress and errors are the commands' own output; module info logs only on request.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("vocsync.*.info=false\nvocsync.acquisition.warning=false"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printUsage(err());
        return kExitUsage;
    }
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage(out());
        return kExitOk;
    }
    for (const Command &c : kCommands) {
        if (args.first() == QLatin1String(c.name))
            return c.run(args);
    }
    err() << "vocsync-cli: unknown command '" << args.first() << "'\n";
    printUsage(err());
    return kExitUsage;
}
