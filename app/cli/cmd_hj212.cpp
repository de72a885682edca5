// vocsync-cli hj212 parse|crc|send|listen|simulate: HJ 212 field tools on the station's own
// codec (docs/hj212-cli.md). send is in cmd_hj212send.cpp, listen in cmd_hj212listen.cpp,
// simulate in cmd_hj212simulate.cpp.
#include "cliutil.h"
#include "commands.h"
#include "hj212cli.h"

#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/crc.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace vocsync::cli {

namespace hj212cli {

QByteArray rejectionJson(const hj212::Rejection &why, qsizetype line)
{
    QJsonObject o{{QStringLiteral("error"), why.message},
                  {QStringLiteral("reason"), hj212::reasonKey(why.reason)},
                  {QStringLiteral("offset"), static_cast<qint64>(why.offset)}};
    if (line > 0)
        o.insert(QStringLiteral("line"), static_cast<qint64>(line));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void writeOut(const QByteArray &bytes)
{
    out() << Qt::flush; // keep the order with anything written through out()
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace hj212cli

namespace {

const QString kParse = QStringLiteral("hj212 parse");
const QString kCrc = QStringLiteral("hj212 crc");

/// Opens FILE, or standard input for no FILE or "-".
bool openInput(QFile &file, const QString &path)
{
    if (path.isEmpty() || path == QLatin1String("-"))
        return file.open(stdin, QIODevice::ReadOnly);
    file.setFileName(path);
    return file.open(QIODevice::ReadOnly);
}

int parsePackets(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "vocsync-cli hj212 parse [FILE] [--no-crc]\n\n"
        "Reads HJ 212 packets, one per line (CRLF or LF), from FILE or standard input and writes\n"
        "JSON Lines: one object per packet with its header fields and CP decoded, or\n"
        "{\"error\": text, \"reason\": key, \"offset\": N, \"line\": L} for a rejected one "
        "(offset\n"
        "= byte in the line, 0 = the first '#'). Empty lines are skipped. Exit 0 when every\n"
        "packet parsed, 1 when any was rejected or FILE cannot be read, 2 on usage errors."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Packets, one per line (default: standard input)."));
    const QCommandLineOption noCrc(QStringLiteral("no-crc"),
                                   tr("Do not check the CRC (show damaged packets decoded)."));
    parser.addOption(noCrc);
    int rc = kExitOk;
    if (!parse(parser, args, kParse, &rc))
        return rc;
    const QStringList files = parser.positionalArguments().mid(1); // [0] = the action
    if (files.size() > 1)
        return usageError(kParse, tr("expected at most one FILE, found %1").arg(files.size()));
    const QString path = files.value(0);
    QFile input;
    if (!openInput(input, path))
        return inputError(
            kParse, Error{input.errorString(), path.isEmpty() ? QStringLiteral("stdin") : path});
    const bool interactive = path.isEmpty() || path == QLatin1String("-");
    hj212::ParseOptions options;
    options.checkCrc = !parser.isSet(noCrc);
    hj212::Packet packet;
    hj212::Rejection why;
    qsizetype lineNo = 0;
    int packets = 0;
    int rejected = 0;
    QByteArray outBuf;
    for (;;) {
        QByteArray line = input.readLine();
        if (line.isEmpty())
            break; // end of input (a read line holds at least its '\n' otherwise)
        ++lineNo;
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        ++packets;
        // The file's line ends are not the packet's: judge each as properly terminated.
        line += "\r\n";
        if (hj212::parseFrame(line, packet, why, options)) {
            outBuf += hj212::toJson(packet, options);
        } else {
            ++rejected;
            outBuf += hj212cli::rejectionJson(why, lineNo);
        }
        outBuf += '\n';
        // A pipe from a live source shows each packet at once; a file is written in blocks.
        if (interactive || outBuf.size() > 64 * 1024) {
            hj212cli::writeOut(outBuf);
            outBuf.clear();
        }
    }
    hj212cli::writeOut(outBuf);
    if (rejected == 0)
        return kExitOk;
    err() << "vocsync-cli " << kParse << ": "
          << tr("%1 of %2 packets rejected").arg(rejected).arg(packets) << Qt::endl;
    return kExitBadInput;
}

int crc(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("vocsync-cli hj212 crc [--frame] TEXT\n\n"
           "Prints the HJ 212 CRC16 (4 hex digits) of a data segment: the text between the length\n"
           "and the CRC of a frame, \"QN=...;ST=...;...;CP=&&...&&\" (UTF-8 bytes). With --frame,\n"
           "prints the complete frame instead: ##, length, segment, CRC and CRLF."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("The data segment."));
    const QCommandLineOption frame(QStringLiteral("frame"), tr("Print the complete frame."));
    parser.addOption(frame);
    int rc = kExitOk;
    if (!parse(parser, args, kCrc, &rc))
        return rc;
    const QStringList texts = parser.positionalArguments().mid(1); // [0] = the action
    if (texts.size() != 1)
        return usageError(kCrc, tr("expected one TEXT (quote it: it contains ';' and '&')"));
    const QByteArray segment = texts.constFirst().toUtf8();
    if (segment.startsWith("##"))
        return usageError(kCrc, tr("TEXT is the data segment only, without \"##\", the length "
                                   "and the CRC"));
    if (!parser.isSet(frame)) {
        hj212cli::writeOut(
            QByteArray::number(hj212::crc16(segment), 16).toUpper().rightJustified(4, '0') + '\n');
        return kExitOk;
    }
    if (segment.size() > hj212::kMaxSegment)
        return inputError(kCrc, Error{tr("the data segment has %1 bytes; a frame holds at most %2")
                                          .arg(segment.size())
                                          .arg(hj212::kMaxSegment),
                                      QStringLiteral("TEXT")});
    hj212cli::writeOut(hj212::frameSegment(segment));
    return kExitOk;
}

} // namespace

int runHj212(const QStringList &args)
{
    return dispatch(args,
                    {{"parse", &parsePackets},
                     {"crc", &crc},
                     {"send", &hj212cli::send},
                     {"listen", &runHj212Listen},
                     {"simulate", &runHj212Simulate}},
                    tr("vocsync-cli hj212 parse|crc|send|listen|simulate ...\n\n"
                       "  parse      decode packets (one per line) into JSON Lines\n"
                       "  crc        the CRC16 of a data segment, or the whole frame\n"
                       "  send       send packets to a server and print its answers\n"
                       "  listen     accept transmitters and store what they send\n"
                       "  simulate   run the demo plant's transmitters, sending to a server\n"));
}

} // namespace vocsync::cli
