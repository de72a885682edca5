// vocsync-cli hj212 send: plays packets from a file to an HJ 212 server (a platform, or
// VocSync's own transmitter-facing server) and prints what it answers (docs/hj212-cli.md).
#include "cliutil.h"
#include "hj212cli.h"

#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/streamframer.h"

#include <QFile>
#include <QTcpSocket>

#include <vector>

namespace vocsync::cli::hj212cli {

namespace {

const QString kSend = QStringLiteral("hj212 send");

struct Line
{
    qsizetype number = 0;
    QByteArray frame;
};

/// The frames to send, one per non-empty line: a line starting with "##" is sent as it is
/// (with CRLF), any other line is a data segment and gets framed. A frame that would not
/// parse is still sent (testing a server's rejections is a use), with a note on stderr.
Result<std::vector<Line>> readFrames(const QString &path)
{
    QFile file;
    bool ok = false;
    if (path == QLatin1String("-")) {
        ok = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        ok = file.open(QIODevice::ReadOnly);
    }
    if (!ok)
        return Error{file.errorString(), path};
    std::vector<Line> lines;
    hj212::Packet packet;
    hj212::Rejection why;
    qsizetype number = 0;
    for (;;) {
        QByteArray line = file.readLine();
        if (line.isEmpty())
            break;
        ++number;
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QByteArray frame = line.startsWith("##") ? line + "\r\n" : hj212::frameSegment(line);
        if (!hj212::parseFrame(frame, packet, why))
            err() << "vocsync-cli " << kSend << ": "
                  << tr("%1:%2: the packet does not parse (%3 at byte %4: %5); sent as it is")
                         .arg(path)
                         .arg(number)
                         .arg(hj212::reasonKey(why.reason))
                         .arg(why.offset)
                         .arg(why.message)
                  << Qt::endl;
        lines.push_back({number, frame});
    }
    return lines;
}

/// Prints what the framer has: frames raw or as JSON on stdout, skipped bytes on stderr.
int printAnswers(hj212::StreamFramer &framer, bool asJson, const QString &peer)
{
    int frames = 0;
    hj212::StreamFramer::Item item;
    hj212::Packet packet;
    hj212::Rejection why;
    while (framer.next(item)) {
        if (item.kind == hj212::StreamFramer::Kind::Junk) {
            err() << "vocsync-cli " << kSend << ": "
                  << tr("%1: skipped %2 bytes at stream offset %3 (%4)")
                         .arg(peer)
                         .arg(item.bytes.size())
                         .arg(item.streamOffset)
                         .arg(item.why.message)
                  << Qt::endl;
            continue;
        }
        ++frames;
        QByteArrayView frame(item.bytes);
        // One answer a line: whatever terminator the peer used is not part of what is shown.
        if (frame.endsWith('\n'))
            frame.chop(1);
        if (frame.endsWith('\r'))
            frame.chop(1);
        if (!asJson)
            writeOut(frame.toByteArray() + '\n');
        else if (hj212::parseFrame(item.bytes, packet, why))
            writeOut(hj212::toJson(packet) + '\n');
        else
            writeOut(rejectionJson(why, 0) + '\n');
    }
    return frames;
}

/// Reads answers until `idleMs` pass without a byte (or the peer closes).
int readAnswers(QTcpSocket &socket, hj212::StreamFramer &framer, int idleMs, bool asJson,
                const QString &peer)
{
    int frames = 0;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(idleMs)) {
        framer.append(socket.readAll());
        frames += printAnswers(framer, asJson, peer);
    }
    framer.append(socket.readAll()); // what came with the close
    // Quiet now: an answer without terminator is complete (hj212.md §13.3).
    framer.flushComplete();
    return frames + printAnswers(framer, asJson, peer);
}

} // namespace

int send(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "vocsync-cli hj212 send --to HOST:PORT FILE [--wait-answer MS] [--json]\n\n"
        "Connects to an HJ 212 server and sends the packets of FILE (\"-\": standard input), one\n"
        "per line: a line starting with ## is sent as a frame, any other line is a data segment\n"
        "and is framed (length, CRC, CRLF) first. After each packet, prints the answers that\n"
        "arrive until MS pass without a byte: raw frames, one per line, or decoded as JSON Lines\n"
        "with --json. Exit 1 when the connection fails or is closed before every packet is sent."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Packets, one per line."));
    const QCommandLineOption to(QStringLiteral("to"), tr("The server."),
                                QStringLiteral("HOST:PORT"));
    const QCommandLineOption wait(QStringLiteral("wait-answer"),
                                  tr("Wait for answers until MS pass in silence (default 1000; "
                                     "0: do not wait)."),
                                  QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Connection timeout (default 5000)."), QStringLiteral("MS"),
                                     QStringLiteral("5000"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the answers decoded, as "
                                                             "JSON Lines."));
    parser.addOptions({to, wait, timeout, json});
    int rc = kExitOk;
    if (!parse(parser, args, kSend, &rc))
        return rc;
    if (!parser.isSet(to))
        return usageError(kSend, tr("--to HOST:PORT is required"));
    const QString peer = parser.value(to);
    const qsizetype colon = peer.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? peer.mid(colon + 1).toUInt(&portOk) : 0;
    if (!portOk || port == 0 || port > 65535)
        return usageError(kSend, tr("--to: expected HOST:PORT, found '%1'").arg(peer));
    const QString host = peer.left(colon);
    bool waitOk = false;
    bool timeoutOk = false;
    const int waitMs = parser.value(wait).toInt(&waitOk);
    const int timeoutMs = parser.value(timeout).toInt(&timeoutOk);
    if (!waitOk || waitMs < 0 || !timeoutOk || timeoutMs <= 0)
        return usageError(kSend, tr("--wait-answer and --timeout take milliseconds"));
    const QStringList files = parser.positionalArguments().mid(1); // [0] = the action
    if (files.size() != 1)
        return usageError(kSend, tr("expected one FILE"));
    const Result<std::vector<Line>> lines = readFrames(files.constFirst());
    if (!lines)
        return inputError(kSend, lines.error());

    QTcpSocket socket;
    socket.connectToHost(host, static_cast<quint16>(port));
    if (!socket.waitForConnected(timeoutMs))
        return inputError(kSend, Error{tr("cannot connect: %1").arg(socket.errorString()), peer});
    hj212::StreamFramer framer;
    const bool asJson = parser.isSet(json);
    int answers = 0;
    int sent = 0;
    for (const Line &line : *lines) {
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        socket.write(line.frame);
        if (!socket.waitForBytesWritten(timeoutMs) && socket.bytesToWrite() > 0)
            break;
        ++sent;
        if (waitMs > 0)
            answers += readAnswers(socket, framer, waitMs, asJson, peer);
    }
    if (socket.state() == QAbstractSocket::ConnectedState) {
        socket.disconnectFromHost();
        if (socket.state() != QAbstractSocket::UnconnectedState)
            socket.waitForDisconnected(timeoutMs);
    }
    framer.append(socket.readAll());
    framer.finish();
    answers += printAnswers(framer, asJson, peer);
    const int total = static_cast<int>(lines->size());
    if (sent < total)
        return inputError(kSend, Error{tr("the connection ended after %1 of %2 packets (%3)")
                                           .arg(sent)
                                           .arg(total)
                                           .arg(socket.errorString()),
                                       peer});
    err() << "vocsync-cli " << kSend << ": "
          << tr("%1: %2 packets sent, %3 answers").arg(peer).arg(sent).arg(answers) << Qt::endl;
    return kExitOk;
}

} // namespace vocsync::cli::hj212cli
