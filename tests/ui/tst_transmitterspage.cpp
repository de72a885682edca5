// TransmittersPage: the transmitter table (rows by MN, counters, badges, summary), the packet
// log (filter by the selected MN, raw and decoded side by side, rejected packets), the command
// bar (buttons -> requests, outcomes shown), the upstream panel; and the same page wired to a
// real Hj212Server on 127.0.0.1 with a scripted transmitter: its packet, its status, and a
// "Read clock" click that reaches the wire and comes back as a result.
#include "vocsync/acquisition/factormaplibrary.h"
#include "vocsync/acquisition/hj212server.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/hj212/codec.h"
#include "vocsync/hj212/messages.h"
#include "vocsync/hj212/streamframer.h"
#include "vocsync/ui/labels.h"
#include "vocsync/ui/models/packetlogmodel.h"
#include "vocsync/ui/models/transmittertablemodel.h"
#include "vocsync/ui/models/upstreamtablemodel.h"
#include "vocsync/ui/packetdetailview.h"
#include "vocsync/ui/packetlogview.h"
#include "vocsync/ui/transmitterspage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QTreeWidget>

using namespace vocsync;
using acquisition::CommandResult;
using acquisition::PacketRecord;
using acquisition::TransmitterStatus;
using sync::UpstreamStatus;
using ui::PacketLogModel;
using ui::TransmittersPage;
using ui::TransmitterTableModel;
using ui::UpstreamTableModel;

namespace {

constexpr std::int64_t kNowMs = 1'795'000'000'000; // 2026-11-18 19:06:40 in Shanghai
const QString kMnA = QStringLiteral("010000A8900016F000169DC0");
const QString kMnB = QStringLiteral("88888880000001");
const QString kMnC = QStringLiteral("010000A8900016F000169DC1");
// HJ 212-2017 C.14 with the errata of hj212.md §12 fixed; CRC 6E80 verified there.
const QByteArray kC14 =
    "##0218QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=5;"
    "CP=&&DataTime=20160801085857;w01001-Rtd=7.1,w01001-Flag=N;w01018-SampleTime="
    "20160801070000,w01018-Rtd=2.2,w01018-Flag=N,w01018-EFlag=A01&&6E80";

Plant plant()
{
    Plant p;
    Enterprise a;
    a.id = QStringLiteral("E01");
    a.name = QStringLiteral("浙江德清恒达精细化工有限公司");
    Enterprise b;
    b.id = QStringLiteral("E02");
    b.name = QStringLiteral("湖州南浔森雅家居有限公司");
    p.enterprises = {a, b};
    return p;
}

TransmitterStatus online()
{
    TransmitterStatus t;
    t.mn = kMnA;
    t.name = QStringLiteral("1#喷涂线数采仪");
    t.enterpriseId = QStringLiteral("E01");
    t.peer = QStringLiteral("10.1.2.3:50211");
    t.connected = true;
    t.version = 1;
    t.connectedSinceMs = kNowMs - 3'600'000;
    t.lastPacketMs = kNowMs - 4000;
    t.lastDataTimeMs = kNowMs - 5000;
    t.packets = 1234;
    t.errors = 2;
    t.samples = 9876;
    t.backfilled = 120;
    t.lastError = QStringLiteral("bad_crc at 312: CRC 1C80 expected, 1C08 found");
    t.lastErrorMs = kNowMs - 600'000;
    return t;
}

TransmitterStatus offline()
{
    TransmitterStatus t;
    t.mn = kMnB;
    t.name = QStringLiteral("烘干线数采仪");
    t.enterpriseId = QStringLiteral("E02");
    t.peer = QStringLiteral("10.1.2.9:40001");
    t.version = 0;
    t.lastPacketMs = kNowMs - 3'600'000;
    t.packets = 50;
    return t;
}

TransmitterStatus neverSeen()
{
    TransmitterStatus t;
    t.mn = kMnC;
    t.name = QStringLiteral("备用数采仪");
    return t;
}

PacketRecord packet(const QString &mn, std::int64_t tMs, bool incoming, const QByteArray &raw,
                    bool ok = true, const QString &error = {})
{
    PacketRecord r;
    r.tMs = tMs;
    r.mn = mn;
    r.peer = QStringLiteral("10.1.2.3:50211");
    r.incoming = incoming;
    r.ok = ok;
    r.raw = raw;
    r.error = error;
    if (ok) {
        hj212::Packet p;
        hj212::Rejection why;
        if (hj212::parseFrame(raw, p, why))
            r.json = hj212::toJson(p);
    }
    return r;
}

QString text(const QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column).data().toString();
}

QTreeWidgetItem *topItem(QTreeWidget *tree, const QString &label)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == label)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

/// A transmitter on a real socket: sends frames, collects and parses what the server sends.
class ScriptedTransmitter : public QObject
{
public:
    explicit ScriptedTransmitter(quint16 port)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_framer.append(m_socket.readAll());
            hj212::StreamFramer::Item item;
            while (m_framer.next(item)) {
                hj212::Packet p;
                hj212::Rejection why;
                if (item.kind == hj212::StreamFramer::Kind::Frame &&
                    hj212::parseFrame(item.bytes, p, why))
                    received.push_back(p);
            }
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool waitConnected() { return m_socket.waitForConnected(5000); }
    void send(const hj212::Packet &p)
    {
        const Result<QByteArray> frame = hj212::encodeFrame(p);
        QVERIFY2(frame.ok(), frame ? "" : qPrintable(frame.error().toString()));
        m_socket.write(frame.value());
    }
    /// The first packet received with this CN, or nullptr.
    const hj212::Packet *find(int cn) const
    {
        for (const hj212::Packet &p : received) {
            if (p.cn == cn)
                return &p;
        }
        return nullptr;
    }

    std::vector<hj212::Packet> received;

private:
    QTcpSocket m_socket;
    hj212::StreamFramer m_framer;
};

hj212::Packet upload(int cn, const QByteArray &qn, int flag)
{
    hj212::Packet p;
    p.qn.assign(qn);
    p.st.assign("31");
    p.cn = cn;
    p.pw.assign("123456");
    p.mn.assign(kMnA.toLatin1());
    p.flag = flag;
    return p;
}

} // namespace

class TestTransmittersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableRowsCountersAndSummary();
    void statusUpdatesAreCoalesced();
    void packetLogFollowsTheSelectedMn();
    void detailShowsRawAndDecoded();
    void rejectedPacketShowsWhy();
    void cnAndErrorOfARecord();
    void commandButtonsAskForTheSelectedTransmitter();
    void commandOutcomesAreShown();
    void upstreamPanel();
    void realServerAndScriptedTransmitter();
};

void TestTransmittersPage::initTestCase()
{
    timeutil::setStationZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
}

void TestTransmittersPage::tableRowsCountersAndSummary()
{
    TransmittersPage page(plant());
    page.setClock([] { return kNowMs; });
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Out of order, as statuses arrive: the rows are sorted by MN.
    page.updateTransmitter(neverSeen());
    page.updateTransmitter(offline());
    page.updateTransmitter(online());
    const TransmitterTableModel *m = page.model();
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(text(m, 0, TransmitterTableModel::MnColumn), kMnA);
    QCOMPARE(text(m, 1, TransmitterTableModel::MnColumn), kMnC);
    QCOMPARE(text(m, 2, TransmitterTableModel::MnColumn), kMnB);

    QCOMPARE(text(m, 0, TransmitterTableModel::EnterpriseColumn),
             QStringLiteral("浙江德清恒达精细化工有限公司"));
    QCOMPARE(text(m, 0, TransmitterTableModel::PeerColumn), QStringLiteral("10.1.2.3:50211"));
    QCOMPARE(text(m, 0, TransmitterTableModel::StatusColumn), QStringLiteral("Online"));
    QCOMPARE(text(m, 1, TransmitterTableModel::StatusColumn), QStringLiteral("Never seen"));
    QCOMPARE(text(m, 2, TransmitterTableModel::StatusColumn), QStringLiteral("Offline"));
    QCOMPARE(text(m, 0, TransmitterTableModel::LastPacketColumn), QStringLiteral("11-18 19:06:36"));
    QCOMPARE(text(m, 1, TransmitterTableModel::LastPacketColumn), QStringLiteral("—"));
    QCOMPARE(text(m, 0, TransmitterTableModel::PacketsColumn), QStringLiteral("1,234"));
    QCOMPARE(text(m, 0, TransmitterTableModel::ErrorsColumn), QStringLiteral("2"));
    QCOMPARE(text(m, 0, TransmitterTableModel::SamplesColumn), QStringLiteral("9,876"));
    QCOMPARE(text(m, 0, TransmitterTableModel::BackfilledColumn), QStringLiteral("120"));
    QCOMPARE(text(m, 2, TransmitterTableModel::VersionColumn), QStringLiteral("HJ/T 212-2005"));
    QCOMPARE(text(m, 0, TransmitterTableModel::LastErrorColumn), online().lastError);
    QCOMPARE(m->index(0, TransmitterTableModel::PacketsColumn)
                 .data(TransmitterTableModel::SortRole)
                 .toULongLong(),
             1234ull);
    // Badges: green online, none outside the status column.
    QCOMPARE(m->index(0, TransmitterTableModel::StatusColumn)
                 .data(TransmitterTableModel::StatusColorRole)
                 .value<QColor>(),
             QColor(0x2b, 0x8a, 0x3e));
    QVERIFY(!m->index(0, TransmitterTableModel::MnColumn)
                 .data(TransmitterTableModel::StatusColorRole)
                 .isValid());

    const QString summary = page.summary();
    // No catalogue is loaded: plurals show their source text.
    QVERIFY2(summary.startsWith(QStringLiteral("3 registered transmitter(s): ")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 Online")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 Offline")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 Never seen")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("2 rejected packet")), qPrintable(summary));
    // The first transmitter to arrive was selected by itself (so the packet log and the
    // commands have a target), and the selection stayed with it as rows were inserted above.
    QCOMPARE(page.selectedMn(), kMnC);

    // A new registry: rows replaced, the selection kept where the MN still is.
    page.selectTransmitter(kMnB);
    page.setTransmitters({offline(), online()});
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(page.selectedMn(), kMnB);
}

void TestTransmittersPage::statusUpdatesAreCoalesced()
{
    TransmittersPage page(plant());
    page.updateTransmitter(online());
    QSignalSpy changed(page.model(), &QAbstractItemModel::dataChanged);
    QSignalSpy flushed(page.model(), &TransmitterTableModel::transmittersFlushed);
    TransmitterStatus t = online();
    for (int i = 0; i < 50; ++i) {
        t.packets += 1;
        page.updateTransmitter(t);
    }
    // Stored at once, shown together later.
    QCOMPARE(page.model()->transmitter(kMnA)->packets, 1284ull);
    QCOMPARE(changed.count(), 0);
    QVERIFY(flushed.wait(2 * TransmitterTableModel::kFlushIntervalMs + 500));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(flushed.first().first().toStringList(), QStringList{kMnA});
    QCOMPARE(text(page.model(), 0, TransmitterTableModel::PacketsColumn), QStringLiteral("1,284"));
    // Going offline changes the badge.
    t.connected = false;
    page.updateTransmitter(t);
    page.model()->flush();
    QCOMPARE(text(page.model(), 0, TransmitterTableModel::StatusColumn), QStringLiteral("Offline"));
}

void TestTransmittersPage::packetLogFollowsTheSelectedMn()
{
    TransmittersPage page(plant());
    page.updateTransmitter(online());
    page.updateTransmitter(offline());
    ui::PacketLogView *log = page.packetLog();
    QVERIFY(log->isLogging());
    const QByteArray answer = hj212::frameSegment("QN=20160801085857223;ST=91;CN=9014;PW=123456;"
                                                  "MN=010000A8900016F000169DC0;Flag=4;CP=&&&&")
                                  .chopped(2);
    for (int i = 0; i < 3; ++i) {
        log->appendPacket(packet(kMnA, kNowMs + i * 1000, true, kC14));
        log->appendPacket(packet(kMnA, kNowMs + i * 1000 + 5, false, answer));
    }
    log->appendPacket(packet(kMnB, kNowMs + 4000, true,
                             "##0049ST=91;CN=9014;CP=&&QN=20040516010101001;CN=2051&&5F00"));
    log->appendPacket(packet(QString(), kNowMs + 5000, true, "##garbage", false,
                             QStringLiteral("bad_length at 2: the length is not 4 digits")));
    // Appended together after the interval, not one by one.
    QCOMPARE(log->model()->rowCount(), 0);
    QTRY_COMPARE(log->model()->rowCount(), 8);
    QCOMPARE(log->mnFilter(), kMnA);
    QCOMPARE(log->visibleModel()->rowCount(), 6);
    QCOMPARE(log->countText(), QStringLiteral("6 packet(s) of 8"));

    page.selectTransmitter(kMnB);
    QCOMPARE(log->mnFilter(), kMnB);
    QCOMPARE(log->visibleModel()->rowCount(), 1);
    QCOMPARE(log->visibleModel()->index(0, PacketLogModel::CommandColumn).data().toString(),
             QStringLiteral("9014 Data answer"));
    // The detail follows the newest row shown.
    QVERIFY(log->detail()->packet().has_value());
    QCOMPARE(log->detail()->packet()->mn, kMnB);

    log->setShowAll(true);
    QCOMPARE(log->visibleModel()->rowCount(), 8);
    QVERIFY(!log->table()->isColumnHidden(PacketLogModel::MnColumn));
    log->setErrorsOnly(true);
    QCOMPARE(log->visibleModel()->rowCount(), 1);
    QCOMPARE(log->visibleModel()->index(0, PacketLogModel::ResultColumn).data().toString(),
             QStringLiteral("Bad length"));
    QCOMPARE(log->visibleModel()->index(0, PacketLogModel::MnColumn).data().toString(),
             QStringLiteral("—"));
    log->setErrorsOnly(false);
    log->setShowAll(false);
    QCOMPARE(log->visibleModel()->rowCount(), 1); // B is still the selected one

    // Paused: held, shown on resume.
    log->setPaused(true);
    log->appendPacket(packet(kMnB, kNowMs + 9000, true, kC14));
    QTest::qWait(ui::PacketLogView::kAppendIntervalMs * 3);
    QCOMPARE(log->model()->rowCount(), 8);
    QVERIFY2(log->countText().contains(QStringLiteral("1 new held")), qPrintable(log->countText()));
    log->setPaused(false);
    QCOMPARE(log->model()->rowCount(), 9);
    QCOMPARE(log->visibleModel()->rowCount(), 2);

    // Logging is asked of the server by a signal.
    QSignalSpy logging(&page, &TransmittersPage::packetLoggingChanged);
    log->setLogging(false);
    QCOMPARE(logging.count(), 1);
    QCOMPARE(logging.first().first().toBool(), false);
}

void TestTransmittersPage::detailShowsRawAndDecoded()
{
    TransmittersPage page(plant());
    page.setFactorLookup([](const QString &mn, const QString &code) {
        return mn == kMnA && code == QLatin1String("w01018") ? QStringLiteral("化学需氧量 · mg/L")
                                                             : QString();
    });
    page.updateTransmitter(online());
    ui::PacketLogView *log = page.packetLog();
    log->appendPacket(packet(kMnA, kNowMs, true, kC14));
    log->appendPacket(packet(kMnA, kNowMs + 10, false, "##0087QN=1;ST=91"));
    log->flush();
    QCOMPARE(log->visibleModel()->rowCount(), 2);
    log->selectRow(0);
    ui::PacketDetailView *detail = log->detail();
    QCOMPARE(detail->rawText(), QString::fromLatin1(kC14));
    QVERIFY2(detail->summaryText().contains(QStringLiteral("2026-11-18 19:06:40.000")),
             qPrintable(detail->summaryText()));
    QVERIFY2(detail->summaryText().contains(QStringLiteral("2011 Real-time data")),
             qPrintable(detail->summaryText()));
    // "##", the length, 218 bytes of data segment, the CRC.
    QVERIFY2(detail->summaryText().endsWith(QStringLiteral(" · 228 byte(s)")),
             qPrintable(detail->summaryText()));
    QVERIFY(detail->errorText().isEmpty());

    // The tree keeps the codec's order (header first) and its number texts.
    QTreeWidget *tree = detail->tree();
    QVERIFY(tree->topLevelItemCount() >= 10);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("qn"));
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("20160801085857223"));
    QCOMPARE(topItem(tree, QStringLiteral("cn"))->text(1), QStringLiteral("2011"));
    QCOMPARE(topItem(tree, QStringLiteral("mn"))->text(1), kMnA);
    QCOMPARE(topItem(tree, QStringLiteral("dataTime"))->text(1),
             QStringLiteral("2016-08-01 08:58:57"));
    QTreeWidgetItem *factors = topItem(tree, QStringLiteral("factors"));
    QVERIFY(factors);
    QVERIFY(factors->isExpanded());
    QCOMPARE(factors->childCount(), 2);
    QCOMPARE(factors->child(0)->text(0), QStringLiteral("w01001"));
    QCOMPARE(factors->child(0)->text(1), QStringLiteral("Rtd=7.1 · Flag=N"));
    QTreeWidgetItem *cod = factors->child(1);
    QCOMPARE(cod->text(0), QStringLiteral("w01018"));
    QVERIFY2(cod->text(1).startsWith(QStringLiteral("化学需氧量 · mg/L — Rtd=2.2 · Flag=N")),
             qPrintable(cod->text(1)));
    QVERIFY(!cod->isExpanded()); // a record of plain values: its summary says it all

    // The JSON view: indented, in the codec's order, a factor on one line.
    const QString json = detail->jsonText();
    QVERIFY2(json.startsWith(QStringLiteral("{\n  \"qn\": \"20160801085857223\",\n")),
             qPrintable(json));
    QVERIFY2(json.contains(QStringLiteral("\"w01001\": {\"Rtd\": 7.1, \"Flag\": \"N\"}")),
             qPrintable(json));
    QVERIFY(json.indexOf(QStringLiteral("\"cn\"")) < json.indexOf(QStringLiteral("\"factors\"")));
    detail->setJsonShown(true);
    detail->setJsonShown(false);
}

void TestTransmittersPage::rejectedPacketShowsWhy()
{
    TransmittersPage page(plant());
    page.updateTransmitter(online());
    QByteArray bad = kC14;
    bad.replace("6E80", "6E81");
    const QString why = QStringLiteral("bad_crc at 214: CRC 6E80 expected, 6E81 found");
    page.appendPacket(packet(kMnA, kNowMs, true, bad, false, why));
    page.packetLog()->flush();
    const QAbstractItemModel *rows = page.packetLog()->visibleModel();
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->index(0, PacketLogModel::ResultColumn).data().toString(),
             QStringLiteral("CRC error"));
    QCOMPARE(rows->index(0, PacketLogModel::ResultColumn).data(Qt::ToolTipRole).toString(), why);
    // Not decoded, but the header's CN is still read from the raw frame.
    QCOMPARE(rows->index(0, PacketLogModel::CommandColumn).data().toString(),
             QStringLiteral("2011 Real-time data"));
    ui::PacketDetailView *detail = page.packetLog()->detail();
    QCOMPARE(detail->rawText(), QString::fromLatin1(bad));
    QCOMPARE(detail->errorText(), QStringLiteral("Rejected: %1").arg(why));
    QCOMPARE(detail->tree()->topLevelItemCount(), 1);
    QCOMPARE(detail->tree()->topLevelItem(0)->text(1), why);
}

void TestTransmittersPage::cnAndErrorOfARecord()
{
    PacketRecord r;
    r.raw = "##0130ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&QN=1;CN=2051&&81C1";
    QCOMPARE(PacketLogModel::cnOf(r), 2011);
    r.raw = "##0049ST=91;CN=9014;CP=&&QN=20040516010101001;CN=2051&&5F00";
    QCOMPARE(PacketLogModel::cnOf(r), 9014);
    r.raw = "##00QN=1;XCN=2011;CN=20";
    QCOMPARE(PacketLogModel::cnOf(r), -1);
    r.raw = "garbage";
    QCOMPARE(PacketLogModel::cnOf(r), -1);
    // The decoded packet wins over the raw text.
    r.json = "{\"qn\":null,\"st\":\"91\",\"cn\":9012}";
    QCOMPARE(PacketLogModel::cnOf(r), 9012);

    QCOMPARE(PacketLogModel::shortError(QStringLiteral("too_long at 6: 1100 bytes")),
             QStringLiteral("Too long"));
    QCOMPARE(PacketLogModel::shortError(QStringLiteral("missing_field: no MN")),
             QStringLiteral("Missing field"));
    QCOMPARE(PacketLogModel::shortError(QStringLiteral("unknown MN 123")),
             QStringLiteral("unknown MN 123"));
    QCOMPARE(PacketLogModel::shortError(QStringLiteral("new_reason at 3: x")),
             QStringLiteral("new_reason"));
}

void TestTransmittersPage::commandButtonsAskForTheSelectedTransmitter()
{
    TransmittersPage page(plant());
    page.setClock([] { return kNowMs; });
    page.updateTransmitter(online());
    page.updateTransmitter(offline());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *getTime = page.findChild<QPushButton *>(QStringLiteral("commandGetTime"));
    auto *setTime = page.findChild<QPushButton *>(QStringLiteral("commandSetTime"));
    auto *getInterval = page.findChild<QPushButton *>(QStringLiteral("commandGetInterval"));
    auto *setInterval = page.findChild<QPushButton *>(QStringLiteral("commandSetInterval"));
    auto *interval = page.findChild<QSpinBox *>(QStringLiteral("commandInterval"));
    auto *history = page.findChild<QPushButton *>(QStringLiteral("commandHistory"));
    QVERIFY(getTime && setTime && getInterval && setInterval && interval && history);

    QSignalSpy gets(&page, &TransmittersPage::getTimeRequested);
    QSignalSpy sets(&page, &TransmittersPage::setTimeRequested);
    QSignalSpy getIntervals(&page, &TransmittersPage::getRtdIntervalRequested);
    QSignalSpy setIntervals(&page, &TransmittersPage::setRtdIntervalRequested);
    QSignalSpy histories(&page, &TransmittersPage::historyRequested);

    page.selectTransmitter(kMnA);
    QVERIFY(getTime->isEnabled());
    QTest::mouseClick(getTime, Qt::LeftButton);
    QCOMPARE(gets.count(), 1);
    QCOMPARE(gets.first().first().toString(), kMnA);
    QVERIFY2(page.commandText().endsWith(
                 QStringLiteral("1011 Get time: sent to %1, waiting for the answer…").arg(kMnA)),
             qPrintable(page.commandText()));
    QTest::mouseClick(setTime, Qt::LeftButton);
    QCOMPARE(sets.count(), 1);
    QCOMPARE(sets.first().at(1).toLongLong(), kNowMs);
    QTest::mouseClick(getInterval, Qt::LeftButton);
    QCOMPARE(getIntervals.count(), 1);
    interval->setValue(5); // below the standard's 30 s
    QCOMPARE(interval->value(), 30);
    interval->setValue(120);
    QTest::mouseClick(setInterval, Qt::LeftButton);
    QCOMPARE(setIntervals.count(), 1);
    QCOMPARE(setIntervals.first().at(1).toInt(), 120);
    page.requestHistory(hj212::cn::HourData, kNowMs - 3 * timeutil::kHourMs, kNowMs);
    QCOMPARE(histories.count(), 1);
    QCOMPARE(histories.first().at(0).toString(), kMnA);
    QCOMPARE(histories.first().at(1).toInt(), 2061);
    QCOMPARE(histories.first().at(2).toLongLong(), kNowMs - 3 * timeutil::kHourMs);
    QCOMPARE(histories.first().at(3).toLongLong(), kNowMs);
    page.requestHistory(hj212::cn::HourData, kNowMs, kNowMs); // an empty range asks nothing
    QCOMPARE(histories.count(), 1);

    // An offline transmitter cannot be asked anything.
    page.selectTransmitter(kMnB);
    for (QPushButton *b : {getTime, setTime, getInterval, setInterval, history})
        QVERIFY(!b->isEnabled());
    QVERIFY(!interval->isEnabled());
}

void TestTransmittersPage::commandOutcomesAreShown()
{
    TransmittersPage page(plant());
    page.setClock([] { return kNowMs; });
    page.updateTransmitter(online());
    page.updateTransmitter(offline());
    QCOMPARE(page.selectedMn(), kMnA);
    QCOMPARE(page.commandText(), QStringLiteral("Commands go to 1#喷涂线数采仪"));
    CommandResult time;
    time.mn = kMnA;
    time.cn = hj212::cn::GetTime;
    time.ok = true;
    time.qnRtn = 1;
    time.exeRtn = 1;
    time.systemTimeMs = kNowMs - 95'000;
    page.showCommandResult(time);
    QCOMPARE(page.commandText(),
             QStringLiteral("19:06:40 · 1011 Get time: 2026-11-18 19:05:05 (1 min behind the "
                            "station)"));
    CommandResult interval;
    interval.mn = kMnA;
    interval.cn = hj212::cn::GetRtdInterval;
    interval.ok = true;
    interval.rtdIntervalS = 300;
    page.showCommandResult(interval);
    QVERIFY2(page.commandText().endsWith(QStringLiteral("1061 Get real-time interval: 5 min")),
             qPrintable(page.commandText()));
    QCOMPARE(page.findChild<QSpinBox *>(QStringLiteral("commandInterval"))->value(), 300);
    CommandResult failed;
    failed.mn = kMnA;
    failed.cn = hj212::cn::HourData;
    failed.message = QStringLiteral("timeout after 3 tries");
    page.showCommandResult(failed);
    QVERIFY2(page.commandText().endsWith(QStringLiteral("2061 Hour data: failed: timeout after 3 "
                                                        "tries")),
             qPrintable(page.commandText()));
    CommandResult history;
    history.mn = kMnA;
    history.cn = hj212::cn::MinuteData;
    history.ok = true;
    history.records = 40;
    page.showCommandResult(history);
    QVERIFY2(page.commandText().endsWith(QStringLiteral("2051 Minute data: 40 record(s) received")),
             qPrintable(page.commandText()));

    // An outcome for another transmitter is kept for it, not shown over the selected one's.
    CommandResult other;
    other.mn = kMnB;
    other.cn = hj212::cn::SetTime;
    other.ok = false;
    other.message = QStringLiteral("not connected");
    page.showCommandResult(other);
    QVERIFY(page.commandText().endsWith(QStringLiteral("40 record(s) received")));
    page.selectTransmitter(kMnB);
    QCOMPARE(page.commandText(), QStringLiteral("19:06:40 · 1012 Set time: failed: not connected"));
    page.selectTransmitter(kMnA);
    QVERIFY(page.commandText().endsWith(QStringLiteral("40 record(s) received")));
    // Sending again replaces the outcome by the wait for the new one.
    page.getTime();
    QVERIFY2(page.commandText().endsWith(QStringLiteral("waiting for the answer…")),
             qPrintable(page.commandText()));

    // Every outcome, newest first, with its transmitter.
    QCOMPARE(page.commandHistory().size(), 5);
    QCOMPARE(page.commandHistory().first(),
             QStringLiteral("19:06:40 · 1012 Set time: failed: not connected (烘干线数采仪)"));
    QVERIFY(page.commandHistory().last().contains(QStringLiteral("1 min behind")));
    QVERIFY(page.commandHistory().last().endsWith(QStringLiteral("(1#喷涂线数采仪)")));
}

void TestTransmittersPage::upstreamPanel()
{
    TransmittersPage page(plant());
    page.setClock([] { return kNowMs; });
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.upstreamModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page.upstreamTable()->isHidden()); // nothing configured: the hint instead
    UpstreamStatus up;
    up.targetId = 2;
    up.name = QStringLiteral("浙江省污染源自动监控平台");
    up.endpoint = QStringLiteral("10.0.0.8:6000");
    up.connected = true;
    up.acked = 4321;
    up.lastAnswerMs = kNowMs - 2000;
    up.lastAnswer = QStringLiteral("9014 for QN 20261118190638000");
    UpstreamStatus down;
    down.targetId = 1;
    down.name = QStringLiteral("湖州市平台");
    down.endpoint = QStringLiteral("10.0.0.9:6001");
    down.pending = 57;
    down.acked = 10;
    down.oldestPendingMs = kNowMs - 12 * timeutil::kMinuteMs;
    down.lastError = QStringLiteral("connection refused");
    down.nextTryMs = kNowMs + 8000;
    page.updateUpstream(up);
    page.updateUpstream(down);
    const UpstreamTableModel *m = page.upstreamModel();
    m->rowCount(); // rows by target id
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(text(m, 0, UpstreamTableModel::NameColumn), down.name);
    QCOMPARE(text(m, 0, UpstreamTableModel::StatusColumn), QStringLiteral("Disconnected"));
    QCOMPARE(text(m, 0, UpstreamTableModel::PendingColumn), QStringLiteral("57"));
    QCOMPARE(text(m, 1, UpstreamTableModel::AckedColumn), QStringLiteral("4,321"));
    QCOMPARE(text(m, 1, UpstreamTableModel::StatusColumn), QStringLiteral("Connected"));
    QCOMPARE(text(m, 1, UpstreamTableModel::LastAnswerColumn),
             QStringLiteral("11-18 19:06:38 · 9014"));
    QCOMPARE(m->index(1, UpstreamTableModel::LastAnswerColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2026-11-18 19:06:38\n9014 for QN 20261118190638000"));
    QCOMPARE(text(m, 0, UpstreamTableModel::LastErrorColumn), QStringLiteral("connection refused"));
    QTRY_COMPARE(text(m, 0, UpstreamTableModel::OldestPendingColumn), QStringLiteral("12 min ago"));
    QCOMPARE(text(m, 0, UpstreamTableModel::NextTryColumn), QStringLiteral("in 8 s"));
    QCOMPARE(text(m, 1, UpstreamTableModel::NextTryColumn), QStringLiteral("—"));
    QVERIFY(page.upstreamTable()->isVisible());

    // A later status of a target replaces its row.
    down.connected = true;
    down.pending = 0;
    down.lastError.clear();
    page.updateUpstream(down);
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(text(m, 0, UpstreamTableModel::PendingColumn), QStringLiteral("0"));
    QCOMPARE(text(m, 0, UpstreamTableModel::OldestPendingColumn), QStringLiteral("—"));
}

void TestTransmittersPage::realServerAndScriptedTransmitter()
{
    acquisition::Hj212Server server(acquisition::FactorMapLibrary::builtin().maps());
    acquisition::Hj212ServerSettings settings;
    settings.address = QHostAddress::LocalHost;
    settings.port = 0;
    settings.backfill = false;
    server.setSettings(settings);
    TransmitterConfig config;
    config.mn = kMnA;
    config.name = QStringLiteral("1#喷涂线数采仪");
    config.enterpriseId = QStringLiteral("E01");
    config.password = QStringLiteral("123456");
    config.factorMap = QStringLiteral("hj212-2017");
    server.setTransmitters({config}, plant());
    server.start();
    QVERIFY2(server.serverPort() != 0, qPrintable(server.lastListenError()));

    TransmittersPage page(plant());
    page.connectServer(&server);
    // The registry and the port come from the server itself.
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QVERIFY2(page.listenText().contains(QString::number(server.serverPort())),
             qPrintable(page.listenText()));
    QCOMPARE(text(page.model(), 0, TransmitterTableModel::StatusColumn),
             QStringLiteral("Never seen"));

    ScriptedTransmitter unit(server.serverPort());
    QVERIFY(unit.waitConnected());
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    hj212::Packet data = upload(hj212::cn::RealTimeData, hj212::formatQnTime(now),
                                hj212::flagFor(hj212::Version::V2017, true));
    data.dataTimeMs = timeutil::floorTo(now, timeutil::kMinuteMs);
    hj212::Factor &nmhc = data.factorRef("a24088");
    nmhc.set(hj212::Part::Rtd, 0.804, 3);
    nmhc.flag = 'N';
    unit.send(data);
    QTRY_VERIFY(unit.find(hj212::cn::DataAnswer)); // the server answered (Flag A)

    QTRY_COMPARE(text(page.model(), 0, TransmitterTableModel::StatusColumn),
                 QStringLiteral("Online"));
    QTRY_COMPARE(text(page.model(), 0, TransmitterTableModel::PacketsColumn), QStringLiteral("1"));
    QCOMPARE(
        text(page.model(), 0, TransmitterTableModel::PeerColumn).section(QLatin1Char(':'), 0, 0),
        QStringLiteral("127.0.0.1"));
    QCOMPARE(page.selectedMn(), kMnA);
    // The packet log: the 2011 in, the 9014 out, raw and decoded.
    ui::PacketLogView *log = page.packetLog();
    QTRY_COMPARE(log->visibleModel()->rowCount(), 2);
    log->selectRow(0);
    QVERIFY2(log->detail()->rawText().contains(QStringLiteral("a24088-Rtd=0.804,a24088-Flag=N")),
             qPrintable(log->detail()->rawText()));
    QTreeWidgetItem *factors = topItem(log->detail()->tree(), QStringLiteral("factors"));
    QVERIFY(factors);
    QCOMPARE(factors->child(0)->text(0), QStringLiteral("a24088"));
    QVERIFY2(factors->child(0)->text(1).endsWith(QStringLiteral("Rtd=0.804 · Flag=N")),
             qPrintable(factors->child(0)->text(1)));
    QCOMPARE(log->visibleModel()->index(1, PacketLogModel::DirectionColumn).data().toString(),
             QStringLiteral("→ Out"));
    QCOMPARE(log->visibleModel()->index(1, PacketLogModel::CommandColumn).data().toString(),
             QStringLiteral("9014 Data answer"));

    // "Read clock": the request reaches the wire; the unit answers as HJ 212-2017 C.2 shows.
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *getTime = page.findChild<QPushButton *>(QStringLiteral("commandGetTime"));
    QTRY_VERIFY(getTime->isEnabled());
    QTest::mouseClick(getTime, Qt::LeftButton);
    QTRY_VERIFY(unit.find(hj212::cn::GetTime));
    const hj212::Packet request = *unit.find(hj212::cn::GetTime);
    QCOMPARE(request.mn.toString(), kMnA);
    QVERIFY(request.answerRequested());
    unit.send(hj212::requestAnswer(request, hj212::QnRtn::Ready));
    hj212::Packet clock = upload(hj212::cn::GetTime, request.qn.toByteArray(),
                                 hj212::flagFor(hj212::Version::V2017, false));
    const std::int64_t unitClock = timeutil::floorTo(now, 1000) - 42'000;
    clock.setField("SystemTime", hj212::formatTime(unitClock));
    unit.send(clock);
    unit.send(hj212::executionAnswer(request, hj212::ExeRtn::Success));
    QTRY_VERIFY2(page.commandText().contains(
                     QStringLiteral("1011 Get time: %1").arg(ui::Labels::dateTime(unitClock))),
                 qPrintable(page.commandText()));
    QVERIFY2(page.commandText().contains(QStringLiteral("behind the station")),
             qPrintable(page.commandText()));
    server.stop();
}

QTEST_MAIN(TestTransmittersPage)
#include "tst_transmitterspage.moc"
