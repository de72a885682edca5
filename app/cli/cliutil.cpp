#include "cliutil.h"

#include "vocsync/core/timeutil.h"

#include <QCoreApplication>

#include <cstdio>

namespace vocsync::cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::cli", text);
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), tr("Station database (SQLite file)."),
                              QStringLiteral("FILE"));
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString &command, const QString &message)
{
    err() << "vocsync-cli " << command << ": " << message << "\n"
          << QCoreApplication::translate("vocsync::cli", "Try 'vocsync-cli %1 --help'.")
                 .arg(command)
          << Qt::endl;
    return kExitUsage;
}

int inputError(const QString &command, const Error &error)
{
    err() << "vocsync-cli " << command << ": " << error.toString() << Qt::endl;
    return kExitBadInput;
}

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &command,
           int *exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("vocsync::cli", "Show this help."));
    parser.addOption(help);
    QStringList argv = args;
    argv.prepend(QStringLiteral("vocsync-cli"));
    if (!parser.parse(argv)) {
        *exitCode = usageError(command, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // helpText() starts "Usage: <argv[0] as typed> [options] ...": name the subcommand.
        QString text = parser.helpText();
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        const qsizetype options = text.left(eol).indexOf(QStringLiteral(" [options]"));
        if (options > 0)
            text = QStringLiteral("Usage: vocsync-cli %1").arg(command) + text.mid(options);
        out() << text << Qt::flush;
        *exitCode = kExitOk;
        return false;
    }
    return true;
}

int dispatch(const QStringList &args, std::initializer_list<Action> actions, const QString &help)
{
    const QString group = args.value(0);
    const QString action = args.value(1);
    QStringList names;
    for (const Action &a : actions) {
        if (action == QLatin1String(a.name))
            return a.run(args.mid(1));
        names << QString::fromLatin1(a.name);
    }
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        out() << help << Qt::flush;
        return kExitOk;
    }
    const QString expected = names.join(QStringLiteral(" or "));
    return usageError(group,
                      action.isEmpty()
                          ? QCoreApplication::translate("vocsync::cli", "expected an action: %1")
                                .arg(expected)
                          : QCoreApplication::translate("vocsync::cli",
                                                        "unknown action '%1'; expected %2")
                                .arg(action, expected));
}

ProgressBar::ProgressBar(QString label, std::int64_t total, QString unit)
    : m_label(std::move(label)), m_total(total > 0 ? total : 1), m_unit(std::move(unit))
{
    m_clock.start();
}

void ProgressBar::update(std::int64_t done)
{
    const qint64 now = m_clock.elapsed();
    if (now - m_lastDrawMs < 100 && done < m_total)
        return;
    m_lastDrawMs = now;
    draw(done);
}

void ProgressBar::draw(std::int64_t done)
{
    constexpr int kWidth = 30;
    const double f = std::clamp(static_cast<double>(done) / static_cast<double>(m_total), 0.0, 1.0);
    const int filled = static_cast<int>(f * kWidth);
    QString bar = QString(filled, QLatin1Char('#')) + QString(kWidth - filled, QLatin1Char('.'));
    const qint64 elapsed = m_clock.elapsed();
    QString eta;
    if (f > 0.01 && f < 1.0)
        eta = QStringLiteral("  ETA %1 s").arg(static_cast<qint64>(elapsed * (1 - f) / f / 1000));
    err() << "\r" << m_label << " [" << bar << "] " << qRound(f * 100) << "%  " << done << "/"
          << m_total << " " << m_unit << eta << "   " << Qt::flush;
}

void ProgressBar::finish(const QString &summary)
{
    draw(m_total);
    err() << "\n";
    if (!summary.isEmpty())
        err() << summary << "\n";
    err() << Qt::flush;
}

Result<std::int64_t> timeOption(const QCommandLineParser &parser, const QCommandLineOption &opt,
                                std::int64_t fallback)
{
    if (!parser.isSet(opt))
        return fallback;
    const QString text = parser.value(opt);
    bool isEpoch = false;
    const qlonglong epochMs = text.toLongLong(&isEpoch);
    if (isEpoch)
        return std::int64_t{epochMs};
    const Result<std::int64_t> t = timeutil::parseIso(text);
    if (!t)
        return Error{t.error().message, QStringLiteral("--") + opt.names().constFirst()};
    return t;
}

} // namespace vocsync::cli
