// Packet helpers, the CP key suffixes, HJ 212 time text and the JSON line of a packet.
#include "vocsync/hj212/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace vocsync::hj212;

class TestPacket : public QObject
{
    Q_OBJECT

private slots:
    void partNames();
    void inlineTextRefusesWhatDoesNotFit();
    void helpers();
    void clearKeepsNothing();
    void parseTime_data();
    void parseTime();
    void formatTime();
    void timeZones();
    void json();
    void jsonKeepsDecimalsAndEscapes();
    void jsonOfUnfinishedPacket();
};

void TestPacket::partNames()
{
    const QList<QByteArray> names = {"Rtd", "Min", "Avg", "Max", "Cou", "ZsRtd", "ZsMin",
                                     "ZsAvg", "ZsMax", "RS", "RT", "Data", "DayData",
                                     "NightData", "Ala", "UpValue", "LowValue"};
    QCOMPARE(names.size(), kPartCount);
    for (int i = 0; i < kPartCount; ++i) {
        QCOMPARE(partName(Part(i)), QByteArrayView(names[i]));
        QCOMPARE(partFromName(names[i]), std::optional<Part>(Part(i)));
    }
    for (const char *bad : {"", "rtd", "RTD", "Rt", "Flag", "SampleTime", "ZsFoo", "Rtdx", "R"})
        QVERIFY2(!partFromName(bad), bad);
}

void TestPacket::inlineTextRefusesWhatDoesNotFit()
{
    FactorCode code;
    QVERIFY(code.assign("a24088"));
    QVERIFY(!code.assign(QByteArray(24, 'x')));
    QCOMPARE(code.view(), QByteArrayView("a24088")); // unchanged
    QVERIFY(code.assign(QByteArray(23, 'x')));
    QCOMPARE(code.size(), 23);
}

void TestPacket::helpers()
{
    Packet p;
    QVERIFY(p.field("QnRtn").isNull());
    p.setField("QnRtn", "1");
    p.setField("QnRtn", "2");
    p.setField("Empty", "");
    QCOMPARE(p.fields.size(), size_t(2));
    QCOMPARE(p.field("QnRtn"), QByteArrayView("2"));
    QVERIFY(!p.field("Empty").isNull());
    QVERIFY(p.field("Empty").isEmpty());
    QVERIFY(!p.factor("a24088"));
    p.factorRef("a24088").set(Part::Rtd, 1.5, 1);
    p.factorRef("a24088").flag = 'N';
    QCOMPARE(p.factors.size(), size_t(1));
    QCOMPARE(p.factor("a24088")->value(Part::Rtd), 1.5);
    QCOMPARE(p.factor("a24088")->flag, 'N');
    QCOMPARE(p.version(), Version::V2005); // no Flag
    QVERIFY(!p.answerRequested());
    p.flag = 13;
    QCOMPARE(p.version(), Version::V2025);
    QVERIFY(p.answerRequested());
    QVERIFY(!p.isSubpacket());
}

void TestPacket::clearKeepsNothing()
{
    Packet p;
    Rejection why;
    QVERIFY(parseFrame("##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;"
                       "Flag=5;CP=&&RtdInterval=30&&1c80",
                       p, why));
    QVERIFY(!p.warnings.empty());
    p.factorRef("x").set(Part::Rtd, 1);
    p.clear();
    QVERIFY(p.qn.isEmpty() && p.st.isEmpty() && p.pw.isEmpty() && p.mn.isEmpty());
    QCOMPARE(p.cn, -1);
    QCOMPARE(p.flag, -1);
    QCOMPARE(p.dataTimeMs, std::int64_t(0));
    QVERIFY(p.factors.empty() && p.fields.empty() && p.warnings.empty());
}

void TestPacket::parseTime_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("utc");
    QTest::newRow("c14-datatime") << QByteArray("20160801085857") << true
                                  << QStringLiteral("2016-08-01T00:58:57.000Z");
    QTest::newRow("qn-with-ms") << QByteArray("20160801085857223") << true
                                << QStringLiteral("2016-08-01T00:58:57.223Z");
    QTest::newRow("local-midnight-is-previous-utc-day")
        << QByteArray("20160801000000") << true << QStringLiteral("2016-07-31T16:00:00.000Z");
    QTest::newRow("leap-day-2016") << QByteArray("20160229120000") << true
                                   << QStringLiteral("2016-02-29T04:00:00.000Z");
    QTest::newRow("leap-day-2000") << QByteArray("20000229000000") << true
                                   << QStringLiteral("2000-02-28T16:00:00.000Z");
    QTest::newRow("year-end") << QByteArray("20241231235959") << true
                              << QStringLiteral("2024-12-31T15:59:59.000Z");
    QTest::newRow("no-leap-2017") << QByteArray("20170229000000") << false << QString();
    QTest::newRow("no-leap-1900") << QByteArray("19000229000000") << false << QString();
    QTest::newRow("april-31") << QByteArray("20160431000000") << false << QString();
    QTest::newRow("month-0") << QByteArray("20160001000000") << false << QString();
    QTest::newRow("month-13") << QByteArray("20161301000000") << false << QString();
    QTest::newRow("day-0") << QByteArray("20160100000000") << false << QString();
    QTest::newRow("hour-24") << QByteArray("20160801240000") << false << QString();
    QTest::newRow("minute-60") << QByteArray("20160801006000") << false << QString();
    QTest::newRow("second-60") << QByteArray("20160801000060") << false << QString();
    QTest::newRow("15-digits") << QByteArray("201608010000001") << false << QString();
    QTest::newRow("13-digits") << QByteArray("2016080100000") << false << QString();
    QTest::newRow("letter") << QByteArray("2016080100000a") << false << QString();
    QTest::newRow("sign") << QByteArray("-2016080100000") << false << QString();
    QTest::newRow("empty") << QByteArray() << false << QString();
    QTest::newRow("year-0001") << QByteArray("00010101000000") << false << QString();
}

void TestPacket::parseTime()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QString, utc);
    std::int64_t ms = 42;
    QCOMPARE(vocsync::hj212::parseTime(text, ms), ok);
    if (!ok) {
        QCOMPARE(ms, std::int64_t(42)); // untouched
        return;
    }
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs), utc);
    QCOMPARE(text.size() == 17 ? formatQnTime(ms) : vocsync::hj212::formatTime(ms), text);
}

void TestPacket::formatTime()
{
    const std::int64_t ms = QDateTime(QDate(2016, 8, 1), QTime(0, 58, 57, 223), Qt::UTC)
                                .toMSecsSinceEpoch();
    QCOMPARE(vocsync::hj212::formatTime(ms), QByteArray("20160801085857"));
    QCOMPARE(formatQnTime(ms), QByteArray("20160801085857223"));
    // Before 1970 and around it.
    QCOMPARE(vocsync::hj212::formatTime(-1000), QByteArray("19700101075959"));
    QCOMPARE(formatQnTime(-1), QByteArray("19700101075959999"));
    // Every minute of a leap year round-trips.
    const std::int64_t start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC)
                                   .toMSecsSinceEpoch();
    for (std::int64_t t = start; t < start + 366LL * 86'400'000; t += 7 * 60'000 + 123) {
        std::int64_t back = 0;
        QVERIFY(vocsync::hj212::parseTime(formatQnTime(t), back));
        QCOMPARE(back, t);
    }
}

void TestPacket::timeZones()
{
    std::int64_t beijing = 0;
    std::int64_t utc = 0;
    QVERIFY(vocsync::hj212::parseTime("20160801085857", beijing));
    QVERIFY(vocsync::hj212::parseTime("20160801085857", utc, 0));
    QCOMPARE(utc - beijing, std::int64_t(8) * 3600 * 1000);
    QCOMPARE(vocsync::hj212::formatTime(beijing, 0), QByteArray("20160801005857"));
    // A peer configured for another zone: ParseOptions carries it into DataTime.
    ParseOptions options;
    options.utcOffsetS = 0;
    Packet p;
    Rejection why;
    QVERIFY(parseFrame(frameSegment("QN=20160801085857223;ST=32;CN=2011;PW=123456;"
                                    "MN=010000A8900016F000169DC0;Flag=4;"
                                    "CP=&&DataTime=20160801085857&&"),
                       p, why, options));
    QCOMPARE(p.dataTimeMs, utc);
    QVERIFY(toJson(p, options).contains("\"dataTime\":\"2016-08-01 08:58:57\""));
    QVERIFY(toJson(p).contains("\"dataTime\":\"2016-08-01 16:58:57\""));
}

void TestPacket::json()
{
    Packet p;
    Rejection why;
    QVERIFY(parseFrame("##0218QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801085857;w01001-Rtd=7.1,w01001-Flag=N;w01018-SampleTime=20160801070000,w01018-Rtd=2.2,w01018-Flag=N,w01018-EFlag=A01&&6E80\n",
                       p, why));
    const QByteArray line = toJson(p);
    QVERIFY(!line.contains('\n'));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("qn")).toString(), QStringLiteral("20160801085857223"));
    QCOMPARE(o.value(QStringLiteral("st")).toString(), QStringLiteral("32"));
    QCOMPARE(o.value(QStringLiteral("cn")).toInt(), 2011);
    QCOMPARE(o.value(QStringLiteral("pw")).toString(), QStringLiteral("123456"));
    QCOMPARE(o.value(QStringLiteral("mn")).toString(), QStringLiteral("010000A8900016F000169DC0"));
    QCOMPARE(o.value(QStringLiteral("flag")).toInt(), 5);
    QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("2017"));
    QCOMPARE(o.value(QStringLiteral("answer")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("pnum")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("dataTime")).toString(), QStringLiteral("2016-08-01 08:58:57"));
    QCOMPARE(o.value(QStringLiteral("dataTimeMs")).toDouble(), 1470013137000.0);
    const QJsonObject factors = o.value(QStringLiteral("factors")).toObject();
    QCOMPARE(factors.keys(), QStringList({QStringLiteral("w01001"), QStringLiteral("w01018")}));
    const QJsonObject cod = factors.value(QStringLiteral("w01018")).toObject();
    QCOMPARE(cod.value(QStringLiteral("Rtd")).toDouble(), 2.2);
    QCOMPARE(cod.value(QStringLiteral("Flag")).toString(), QStringLiteral("N"));
    QCOMPARE(cod.value(QStringLiteral("EFlag")).toString(), QStringLiteral("A01"));
    QCOMPARE(cod.value(QStringLiteral("SampleTime")).toString(), QStringLiteral("2016-08-01 07:00:00"));
    QCOMPARE(cod.value(QStringLiteral("SampleTimeMs")).toDouble(), 1470006000000.0);
    QVERIFY(o.value(QStringLiteral("fields")).toObject().isEmpty());
    const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 1); // LF without CR
    QCOMPARE(warnings[0].toObject().value(QStringLiteral("offset")).toInt(), 228); // after the CRC
}

void TestPacket::jsonKeepsDecimalsAndEscapes()
{
    Packet p;
    p.st.assign("32");
    p.cn = 3020;
    p.factorRef("w00000").set(Part::Cou, 63.0, 1);
    p.factorRef("a01013").set(Part::Rtd, -0.052, 3);
    p.factorRef("a05002").set(Part::Rtd, 0.0, 3);
    p.factorRef("i11001").info = QByteArray("//清洗管路 \"a\\b\"\x01//");
    p.factorRef("i11002").info = QByteArray("//\xB9\xDC\xC2\xB7//"); // GBK, not UTF-8
    p.setField("PolId", "w01018");
    const QByteArray line = toJson(p);
    QVERIFY2(line.contains("\"w00000\":{\"Cou\":63.0}"), line.constData());
    QVERIFY(line.contains("\"Rtd\":-0.052"));
    QVERIFY(line.contains("\"a05002\":{\"Rtd\":0.000}"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString() + QLatin1Char(' ') + QString::fromUtf8(line)));
    const QJsonObject factors = doc.object().value(QStringLiteral("factors")).toObject();
    QCOMPARE(factors.value(QStringLiteral("i11001")).toObject().value(QStringLiteral("Info")).toString(),
             QStringLiteral("//清洗管路 \"a\\b\"\u0001//"));
    QCOMPARE(factors.value(QStringLiteral("i11002")).toObject().value(QStringLiteral("Info")).toString(),
             QStringLiteral("//\uFFFD\uFFFD\u00B7//")); // C2 B7 happens to be UTF-8
    QCOMPARE(doc.object().value(QStringLiteral("fields")).toObject().value(QStringLiteral("PolId")).toString(),
             QStringLiteral("w01018"));
}

void TestPacket::jsonOfUnfinishedPacket()
{
    const Packet p;
    const QJsonDocument doc = QJsonDocument::fromJson(toJson(p));
    QVERIFY(doc.isObject());
    QVERIFY(doc.object().value(QStringLiteral("qn")).isNull());
    QVERIFY(doc.object().value(QStringLiteral("cn")).isNull());
    QVERIFY(doc.object().value(QStringLiteral("dataTime")).isNull());
    QCOMPARE(doc.object().value(QStringLiteral("version")).toString(), QStringLiteral("2005"));
}

QTEST_APPLESS_MAIN(TestPacket)
#include "tst_packet.moc"
