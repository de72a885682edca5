// make_scenarios <outdir> [--seed N] [--only NAME]...
// Writes each catalogue scenario as <name>.plant.json, <name>.samples.csv and <name>.truth.json
// (docs/scenarios.md), and prints one JSON line per scenario with its counts.
#include "scenario/scenario.h"

#include "vocsync/core/plantjson.h"
#include "vocsync/core/samplecsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <map>

using namespace vocsync;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

/// The samples CSV in canonical order: points by id, each point's samples by time.
bool writeSamples(const QString &path, const scenarios::Scenario &s, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    std::map<std::uint32_t, SampleBatch> byPoint;
    for (const Sample &x : s.samples)
        byPoint[x.point].push_back(x);
    QList<const MonitoringPoint *> points;
    for (const MonitoringPoint &p : s.plant.points)
        points << &p;
    std::sort(points.begin(), points.end(),
              [](const MonitoringPoint *a, const MonitoringPoint *b) { return a->id < b->id; });
    f.write(samplecsv::header().toUtf8() + '\n');
    samplecsv::Writer writer(&f);
    for (const MonitoringPoint *p : points) {
        if (!writer.write(*p, byPoint[p->key])) {
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
            return false;
        }
    }
    if (!f.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

int usage()
{
    QTextStream(stderr) << "usage: make_scenarios <outdir> [--seed N] [--only NAME]...\n"
                           "scenarios: "
                        << scenarios::scenarioNames().join(QStringLiteral(", ")) << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QString outDir;
    std::uint64_t seed = scenarios::kDefaultSeed;
    QStringList only;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return usage();
        if ((a == QLatin1String("--seed") || a == QLatin1String("--only")) && i + 1 < args.size()) {
            const QString value = args[++i];
            if (a == QLatin1String("--only")) {
                only << value;
                continue;
            }
            bool ok = false;
            seed = value.toULongLong(&ok);
            if (!ok) {
                QTextStream(stderr)
                    << "make_scenarios: --seed: '" << value << "' is not a whole number\n";
                return 2;
            }
            continue;
        }
        if (a.startsWith(QLatin1Char('-')) || !outDir.isEmpty())
            return usage();
        outDir = a;
    }
    if (outDir.isEmpty())
        return usage();
    const QStringList names = only.isEmpty() ? scenarios::scenarioNames() : only;
    if (!QDir().mkpath(outDir)) {
        QTextStream(stderr) << "make_scenarios: cannot create " << outDir << '\n';
        return 1;
    }
    const QDir dir(outDir);
    QTextStream out(stdout);
    for (const QString &name : names) {
        const std::optional<scenarios::Scenario> s = scenarios::makeScenario(name, seed);
        if (!s) {
            QTextStream(stderr) << "make_scenarios: unknown scenario '" << name << "'\n";
            return 2;
        }
        QString error;
        const QJsonObject truth = scenarios::truthToJson(*s, scenarios::scenarioZone());
        if (!writeFile(dir.filePath(name + QStringLiteral(".plant.json")),
                       plantjson::write(s->plant), &error) ||
            !writeSamples(dir.filePath(name + QStringLiteral(".samples.csv")), *s, &error) ||
            !writeFile(dir.filePath(name + QStringLiteral(".truth.json")),
                       QJsonDocument(truth).toJson(QJsonDocument::Indented), &error)) {
            QTextStream(stderr) << "make_scenarios: " << error << '\n';
            return 1;
        }
        for (const QString &p : s->problems)
            QTextStream(stderr) << "make_scenarios: " << name << ": " << p << '\n';
        const QJsonObject line{{QStringLiteral("scenario"), name},
                               {QStringLiteral("from"), truth.value(QStringLiteral("from"))},
                               {QStringLiteral("to"), truth.value(QStringLiteral("to"))},
                               {QStringLiteral("facilities"), s->plant.facilities.size()},
                               {QStringLiteral("samples"), static_cast<qint64>(s->samples.size())},
                               {QStringLiteral("events"), s->truth.events.size()},
                               {QStringLiteral("rejected_anomalies"), s->rejectedAnomalies},
                               {QStringLiteral("problems"), s->problems.size()}};
        out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return 0;
}
