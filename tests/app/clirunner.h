#pragma once

// Runs the built vocsync-cli (path from CMake: VOCSYNC_CLI) and captures what it says.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace clirunner {

struct Run
{
    int exitCode = -1; ///< -1 when the process crashed or timed out
    QByteArray out;
    QByteArray err;
};

/// Runs `vocsync-cli args...` in `workDir` (relative file names in messages then stay short).
inline Run run(const QStringList &args, const QString &workDir)
{
    QProcess p;
    p.setProgram(QStringLiteral(VOCSYNC_CLI));
    p.setArguments(args);
    p.setWorkingDirectory(workDir);
    p.start();
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (p.exitStatus() == QProcess::NormalExit)
        r.exitCode = p.exitCode();
    return r;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<cannot read>");
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// 1-based line of the first occurrence of `needle`, 0 when absent.
inline int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : static_cast<int>(text.left(at).count('\n')) + 1;
}

} // namespace clirunner
