// vocsync-cli dlt645 read: reads a DL/T 645-2007 meter on a serial port by its template.
#include "cliutil.h"
#include "commands.h"
#include "meteroptions.h"
#include "meterread.h"

#include "vocsync/dlt645/frame.h"

namespace vocsync::cli {

namespace {

const QString kRead = QStringLiteral("dlt645 read");

int read(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "vocsync-cli dlt645 read --serial DEV --address 12DIGITS [--template ID|FILE.json]\n"
        "    [--baud 2400] [--parity E] [--json] [--count N] [--interval MS]\n\n"
        "Reads a DL/T 645-2007 meter: voltage, current, active power, power factor, frequency and\n"
        "energy (the template's data identifiers), one request per identifier. The address is\n"
        "the 12 digits on the nameplate. Line defaults: 2400 bit/s, 8E1."));
    PortOptions port;
    port.addTo(parser, false);
    const QCommandLineOption tmpl(QStringLiteral("template"),
                                  tr("Template id or .json file (default dlt645-2007-generic)."),
                                  QStringLiteral("ID"), QStringLiteral("dlt645-2007-generic"));
    const QCommandLineOption address(QStringLiteral("address"), tr("Meter address, 12 digits."),
                                     QStringLiteral("DIGITS"));
    const QCommandLineOption json(QStringLiteral("json"), tr("JSON output."));
    const QCommandLineOption count(QStringLiteral("count"), tr("Readings to take (default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Poll interval in ms (default 1000)."),
                                      QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption retries(QStringLiteral("retries"),
                                     tr("Failed polls in a row before giving up (default 2)."),
                                     QStringLiteral("N"), QStringLiteral("2"));
    parser.addOptions({tmpl, address, json, count, interval, retries});
    int rc = kExitOk;
    if (!parse(parser, args, kRead, &rc))
        return rc;
    if (!parser.isSet(address))
        return usageError(kRead, tr("--address DIGITS is required"));
    const auto a = dlt645::Address::fromString(parser.value(address));
    if (!a)
        return inputError(kRead, Error{a.error().message, QStringLiteral("--address")});
    auto templates = acquisition::TemplateLibrary::withUserDirectory();
    const Result<QString> id = resolveTemplate(templates, parser.value(tmpl), QStringLiteral("dlt645"));
    if (!id)
        return inputError(kRead, id.error());
    const dlt645::DeviceTemplate *t = templates.dlt645Template(*id);
    Result<Device> device = port.device(parser, QStringLiteral("dlt645"), t->defaultBaud,
                                        t->defaultParity);
    if (!device)
        return device.error().where == QLatin1String("--serial") ? usageError(kRead, device.error().message)
                                                                : inputError(kRead, device.error());
    Device d = std::move(device).value();
    d.templateId = *id;
    d.address = parser.value(address);
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    ReadPlan plan;
    plan.count = parser.value(count).toInt(&ok1);
    d.pollIntervalMs = parser.value(interval).toInt(&ok2);
    plan.retries = parser.value(retries).toInt(&ok3);
    if (!ok1 || plan.count < 1)
        return inputError(kRead, Error{tr("expected a count of 1 or more"), QStringLiteral("--count")});
    if (!ok2 || d.pollIntervalMs < 1000 || d.pollIntervalMs > 3600000)
        return inputError(kRead, Error{tr("expected 1000 to 3600000 ms"), QStringLiteral("--interval")});
    if (!ok3 || plan.retries < 0)
        return inputError(kRead, Error{tr("expected 0 or more"), QStringLiteral("--retries")});
    plan.json = parser.isSet(json);
    plan.frames = parser.isSet(port.frames);
    return readMeter(kRead, templates, d, plan);
}

} // namespace

int runDlt645(const QStringList &args)
{
    return dispatch(args, {{"read", &read}},
                    tr("vocsync-cli dlt645 read ...\n\n  read   read a DL/T 645-2007 meter\n"));
}

} // namespace vocsync::cli
