#pragma once

#include "vocsync/core/result.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <cstdint>
#include <initializer_list>

namespace vocsync::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;

/// Translation in the CLI's context ("vocsync::cli").
QString tr(const char *text);
/// The --db FILE option every subcommand that opens a station database takes.
QCommandLineOption dbOption();

/// --from / --to as ISO 8601 (epoch milliseconds also accepted); `fallback` when absent.
/// The Error names the option.
Result<std::int64_t> timeOption(const QCommandLineParser &parser, const QCommandLineOption &opt,
                                std::int64_t fallback);

QTextStream &out();
QTextStream &err();

/// Prints "vocsync-cli <cmd>: <message>" on stderr and returns kExitUsage.
int usageError(const QString &command, const QString &message);
/// Prints the Error (with its place) on stderr and returns kExitBadInput.
int inputError(const QString &command, const Error &error);

/// Parses `args` (args[0] = the subcommand path for messages). Handles --help (prints and
/// returns kExitOk through `exitCode`). Returns false when the caller should return exitCode.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &command,
           int *exitCode);

/// One action of a subcommand group ("plant import"): its name and entry point, which gets
/// the arguments from the action's name on.
struct Action
{
    const char *name;
    int (*run)(const QStringList &args);
};

/// Runs the action named in args[1] of the group args[0]; prints `help` for --help, and a
/// usage error naming the expected actions otherwise.
int dispatch(const QStringList &args, std::initializer_list<Action> actions, const QString &help);

/// A progress bar on stderr: "[#####.....]  42%  12,345/30,000 days  ETA 3 s". Redraws at most
/// every 100 ms; finish() prints the final line.
class ProgressBar
{
public:
    ProgressBar(QString label, std::int64_t total, QString unit);
    void update(std::int64_t done);
    void finish(const QString &summary = {});

private:
    void draw(std::int64_t done);

    QString m_label;
    std::int64_t m_total;
    QString m_unit;
    QElapsedTimer m_clock;
    qint64 m_lastDrawMs = -1000;
};

} // namespace vocsync::cli
