// vocsync-cli modbus read|scan: a field engineer's Modbus poll tool on the station's own
// acquisition code (docs/acquisition.md).
#include "cliutil.h"
#include "commands.h"
#include "meteroptions.h"
#include "meterread.h"

#include "vocsync/acquisition/busscanner.h"

#include <QEventLoop>

namespace vocsync::cli {

namespace {

const QString kRead = QStringLiteral("modbus read");
const QString kScan = QStringLiteral("modbus scan");

Result<int> number(const QCommandLineParser &p, const QCommandLineOption &o, int lo, int hi)
{
    bool ok = false;
    const int v = p.value(o).toInt(&ok, 0);
    if (!ok || v < lo || v > hi)
        return Error{
            tr("expected a number from %1 to %2, found '%3'").arg(lo).arg(hi).arg(p.value(o)),
            QStringLiteral("--") + o.names().constFirst()};
    return v;
}

int read(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "vocsync-cli modbus read --template ID|FILE.json (--tcp HOST:PORT | --rtu-tcp HOST:PORT |\n"
        "    --serial DEV [--baud N] [--parity N|E|O]) --unit N [--json] [--count N] [--interval "
        "MS]\n\n"
        "Reads a meter by its device template and prints the decoded values (a table, or one JSON\n"
        "object per reading with --json). PT/CT ratios come from the meter's registers where the\n"
        "template has them, or from --pt/--ct. Exit 1 when the meter does not answer."));
    PortOptions port;
    port.addTo(parser, true);
    ReadOptions reading;
    reading.addTo(parser);
    const QCommandLineOption tmpl(QStringLiteral("template"), tr("Template id or .json file."),
                                  QStringLiteral("ID"));
    const QCommandLineOption unit(QStringLiteral("unit"), tr("Unit id (slave address)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption pt(QStringLiteral("pt"), tr("PT ratio (default: from the meter)."),
                                QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption ct(QStringLiteral("ct"), tr("CT ratio (default: from the meter)."),
                                QStringLiteral("R"), QStringLiteral("0"));
    parser.addOptions({tmpl, unit, pt, ct});
    int rc = kExitOk;
    if (!parse(parser, args, kRead, &rc))
        return rc;
    if (!parser.isSet(tmpl))
        return usageError(kRead, tr("--template ID is required"));
    auto templates = acquisition::TemplateLibrary::withUserDirectory();
    Result<Device> device = meterDevice(parser, port, templates, parser.value(tmpl),
                                        QStringLiteral("modbus"), QStringLiteral("modbus_rtu"));
    if (!device)
        return deviceError(kRead, device.error());
    Device d = std::move(device).value();
    const bool tcp = d.protocol == QLatin1String("modbus_tcp");
    const auto u = number(parser, unit, tcp ? 0 : 1, tcp ? 255 : 247);
    if (!u)
        return inputError(kRead, u.error());
    const Result<ReadPlan> plan = reading.plan(parser, port, &d);
    if (!plan)
        return inputError(kRead, plan.error());
    bool ptOk = false;
    bool ctOk = false;
    d.ptRatio = parser.value(pt).toDouble(&ptOk);
    d.ctRatio = parser.value(ct).toDouble(&ctOk);
    if (!ptOk || !ctOk || d.ptRatio < 0 || d.ctRatio < 0)
        return inputError(kRead,
                          Error{tr("ratios must be numbers >= 0"), QStringLiteral("--pt/--ct")});
    d.address = QString::number(*u);
    return readMeter(kRead, templates, d, *plan);
}

int scan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "vocsync-cli modbus scan (--serial DEV [--baud N] [--parity N|E|O] | --tcp HOST:PORT |\n"
        "    --rtu-tcp HOST:PORT) [--from 1] [--to 247] [--function 3] [--address 0] [--json]\n\n"
        "Finds the unit ids that answer on a bus or behind a gateway: reads one register of each\n"
        "unit id in turn. A unit that answers with an exception is there too. Use a short\n"
        "--timeout (e.g. 200) to scan a whole bus quickly."));
    PortOptions port;
    port.addTo(parser, true);
    const QCommandLineOption from(QStringLiteral("from"), tr("First unit id (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last unit id (default 247)."),
                                QStringLiteral("N"), QStringLiteral("247"));
    const QCommandLineOption function(QStringLiteral("function"), tr("3 or 4 (default 3)."),
                                      QStringLiteral("F"), QStringLiteral("3"));
    const QCommandLineOption address(QStringLiteral("address"),
                                     tr("Register to read (default 0; 0x.. accepted)."),
                                     QStringLiteral("A"), QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), tr("JSON Lines output."));
    parser.addOptions({from, to, function, address, json});
    int rc = kExitOk;
    if (!parse(parser, args, kScan, &rc))
        return rc;
    Result<Device> device = port.device(parser, QStringLiteral("modbus_rtu"), 9600, 'N');
    if (!device)
        return deviceError(kScan, device.error());
    const auto f = number(parser, from, 0, 255);
    const auto l = number(parser, to, 0, 255);
    const auto fn = number(parser, function, 3, 4);
    const auto a = number(parser, address, 0, 65535);
    for (const auto *v : {&f, &l, &fn, &a}) {
        if (!*v)
            return inputError(kScan, v->error());
    }
    if (*l < *f)
        return inputError(kScan, Error{tr("--to is below --from"), QStringLiteral("--to")});
    acquisition::ScanOptions o;
    o.link = *device;
    o.firstUnit = *f;
    o.lastUnit = *l;
    o.function = static_cast<std::uint8_t>(*fn);
    o.address = static_cast<std::uint16_t>(*a);
    acquisition::BusScanner scanner;
    QEventLoop loop;
    const bool asJson = parser.isSet(json);
    const bool frames = parser.isSet(port.frames);
    ProgressBar bar(tr("scanning"), *l - *f + 1, tr("units"));
    int probed = 0;
    QObject::connect(
        &scanner, &acquisition::BusScanner::probed, &loop,
        [&](int unit, bool found, const QString &detail) {
            bar.update(++probed);
            if (!found)
                return;
            if (asJson)
                out() << QStringLiteral("{\"unit\":%1,\"answer\":\"%2\"}\n").arg(unit).arg(detail);
            else
                out() << tr("unit %1 answers: %2").arg(unit).arg(detail) << "\n";
            out() << Qt::flush;
        });
    if (frames) {
        QObject::connect(
            &scanner, &acquisition::BusScanner::frameLogged, &loop,
            [](const acquisition::FrameRecord &fr) { err() << frameLine(fr) << "\n"; });
    }
    QObject::connect(&scanner, &acquisition::BusScanner::finished, &loop,
                     [&](const QList<acquisition::ScanHit> &hits) {
                         bar.finish(tr("%1 unit(s) found").arg(hits.size()));
                         loop.quit();
                     });
    QObject::connect(&scanner, &acquisition::BusScanner::failed, &loop, [&](const QString &why) {
        rc = inputError(kScan, Error{why, o.link.port});
        loop.quit();
    });
    QString error;
    if (!scanner.start(o, &error))
        return inputError(kScan, Error{error, QStringLiteral("--tcp")});
    loop.exec();
    return rc;
}

} // namespace

int runModbus(const QStringList &args)
{
    return dispatch(args, {{"read", &read}, {"scan", &scan}},
                    tr("vocsync-cli modbus read|scan ...\n\n"
                       "  read   read a meter by its device template\n"
                       "  scan   find the unit ids on a bus\n"));
}

} // namespace vocsync::cli
