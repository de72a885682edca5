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
    ReadOptions reading;
    reading.addTo(parser);
    const QCommandLineOption tmpl(QStringLiteral("template"),
                                  tr("Template id or .json file (default dlt645-2007-generic)."),
                                  QStringLiteral("ID"), QStringLiteral("dlt645-2007-generic"));
    const QCommandLineOption address(QStringLiteral("address"), tr("Meter address, 12 digits."),
                                     QStringLiteral("DIGITS"));
    parser.addOptions({tmpl, address});
    int rc = kExitOk;
    if (!parse(parser, args, kRead, &rc))
        return rc;
    if (!parser.isSet(address))
        return usageError(kRead, tr("--address DIGITS is required"));
    const auto a = dlt645::Address::fromString(parser.value(address));
    if (!a)
        return inputError(kRead, Error{a.error().message, QStringLiteral("--address")});
    auto templates = acquisition::TemplateLibrary::withUserDirectory();
    Result<Device> device = meterDevice(parser, port, templates, parser.value(tmpl),
                                        QStringLiteral("dlt645"), QStringLiteral("dlt645"));
    if (!device)
        return deviceError(kRead, device.error());
    Device d = std::move(device).value();
    d.address = parser.value(address);
    const Result<ReadPlan> plan = reading.plan(parser, port, &d);
    if (!plan)
        return inputError(kRead, plan.error());
    return readMeter(kRead, templates, d, *plan);
}

} // namespace

int runDlt645(const QStringList &args)
{
    return dispatch(args, {{"read", &read}},
                    tr("vocsync-cli dlt645 read ...\n\n  read   read a DL/T 645-2007 meter\n"));
}

} // namespace vocsync::cli
