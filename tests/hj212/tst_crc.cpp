// The HJ 212 CRC16 (HJ 212-2017 Appendix A): the table-driven crc16() against the standard's
// bit-by-bit C code, and both against every example frame of ../shared/hj212.md §12, whose
// CRCs were computed by reference/hj212_verify_crc.py (1C80 is the standard's own example).
#include "vocsync/hj212/crc.h"

#include <QRandomGenerator>
#include <QTest>

using namespace vocsync::hj212;

class TestCrc : public QObject
{
    Q_OBJECT

private slots:
    void examples_data();
    void examples();
    void tableMatchesBitwiseOnRandomData();
    void notModbus();
    void onlyPossibleLowBytes();
    void emptyInput();
};

void TestCrc::examples_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("crc");
    // Frames as printed in hj212.md §12 (UTF-8), without CR LF.
    const auto row = [](const char *name, const char *frame, int length, int crc) {
        QTest::newRow(name) << QByteArray(frame) << length << crc;
    };
    row("2017-A.example-1062", "##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80", 101, 0x1C80);
    row("2017-C.1-1000", "##0107QN=20160801085857223;ST=32;CN=1000;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&OverTime=5;ReCount=3&&CAC1", 107, 0xCAC1);
    row("2017-C.1-9011", "##0094QN=20160801085857223;ST=91;CN=9011;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&QnRtn=1&&1B00", 94, 0x1B00);
    row("2017-C.1-9012", "##0095QN=20160801085857223;ST=91;CN=9012;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&ExeRtn=1&&6240", 95, 0x6240);
    row("2017-C.14-2011", "##0218QN=20160801085857223;ST=32;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801085857;w01001-Rtd=7.1,w01001-Flag=N;w01018-SampleTime=20160801070000,w01018-Rtd=2.2,w01018-Flag=N,w01018-EFlag=A01&&6E80", 218, 0x6E80);
    row("2017-C.14-9014", "##0087QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&&&3240", 87, 0x3240);
    row("2017-C.15-2021", "##0128QN=20160801085857223;ST=32;CN=2021;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801085857;SB1-RS=1;SB2-RS=0&&F141", 128, 0xF141);
    row("2017-C.16-2051", "##0325QN=20160801085000001;ST=32;CN=2051;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801084000;w00000-Cou=10.5,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N;w01018-Cou=10.5,w01018-Min=40.1,w01018-Avg=40.1,w01018-Max=40.1,w01018-Flag=N&&6180", 325, 0x6180);
    row("2017-C.17-2061", "##0325QN=20160801090000001;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801080000;w00000-Cou=63.0,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N;w01018-Cou=63.0,w01018-Min=40.1,w01018-Avg=40.1,w01018-Max=40.1,w01018-Flag=N&&B7C1", 325, 0xB7C1);
    row("2017-C.19-2041", "##0132QN=20160802000000001;ST=32;CN=2041;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20160801000000;SB1-RT=1.1;SB2-RT=2.1&&1380", 132, 0x1380);
    row("2017-C.21-2061-request", "##0134QN=20160801085857223;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&BeginTime=20160801080000;EndTime=20160801080000&&7EC0", 134, 0x7EC0);
    row("2017-C.50-2061-part1", "##0260QN=20160801085857534;ST=32;CN=2061;PW=123456;MN=010000A8900016F000169DC0;Flag=7;PNUM=2;PNO=1;CP=&&DataTime=20160801080000;w00000-Cou=63.0,w00000-Min=16.4,w00000-Avg=17.5,w00000-Max=20.1,w00000-Flag=N;w01001-Min=7.1,w01001-Avg=7.5,w01001-Max=7.8,w01001-Flag=N&&D941", 260, 0xD941);
    // 144 characters, 152 UTF-8 bytes: length and CRC count bytes.
    row("2017-C.40-3020-chinese", "##0152QN=20160801085857223;ST=32;CN=3020;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20100301145000;PolId=w01018;i11001-Info=//清洗管路//&&9741", 152, 0x9741);
    row("2005-2051-request", "##0124QN=20040516010101001;ST=32;CN=2051;PW=123456;MN=88888880000001;Flag=3;CP=&&BeginTime=20040506111000,EndTime=20040506151000&&6B80", 124, 0x6B80);
    row("2005-9011", "##0084ST=91;CN=9011;PW=123456;MN=88888880000001;Flag=0;CP=&&QN=20040516010101001;QnRtn=1&&7200", 84, 0x7200);
    row("2005-2011", "##0130ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime=20040516020111;B01-Rtd=100;101-Rtd=1.1,101-Flag=N;102-Rtd=2.2,102-Flag=N&&81C1", 130, 0x81C1);
    row("2005-9014", "##0049ST=91;CN=9014;CP=&&QN=20040516010101001;CN=2051&&5F00", 49, 0x5F00);
    row("field-2011-nmhc", "##0318QN=20240123123950241;ST=31;CN=2011;PW=123456;MN=81733553216103;Flag=4;CP=&&DataTime=20240122081600;a00000-Rtd=5.407,a00000-Flag=N;a01011-Rtd=7.072,a01011-Flag=N;a01013-Rtd=-0.052,a01013-Flag=N;a01012-Rtd=6.480,a01012-Flag=N;a24088-Rtd=0.804,a24088-Flag=N;a05002-Rtd=0.000,a05002-Flag=N;a01014-Rtd=0.970,a01014-Flag=N&&6740", 318, 0x6740);
    row("field-3020", "##0100QN=20240123131014225;ST=31;CN=3020;PW=123456;MN=81733553216103;Flag=4;CP=&&DataTime=20240123131000&&1040", 100, 0x1040);
}

void TestCrc::examples()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, length);
    QFETCH(int, crc);
    const QByteArray segment = frame.mid(6, frame.size() - 10);
    QCOMPARE(segment.size(), length);
    QCOMPARE(frame.mid(2, 4).toInt(), length);
    QCOMPARE(int(crc16(segment)), crc);
    QCOMPARE(int(crc16Bitwise(segment)), crc);
    QCOMPARE(frame.right(4).toInt(nullptr, 16), crc);
    QVERIFY(isPossibleCrc(static_cast<std::uint16_t>(crc)));
}

void TestCrc::tableMatchesBitwiseOnRandomData()
{
    QRandomGenerator rng(212);
    for (int i = 0; i < 5000; ++i) {
        QByteArray data(int(rng.bounded(0, 1100)), Qt::Uninitialized);
        for (char &c : data)
            c = static_cast<char>(rng.bounded(256));
        QCOMPARE(crc16(data), crc16Bitwise(data));
    }
    // Every single byte value, including those >= 0x80 that a signed char would mangle.
    for (int b = 0; b < 256; ++b) {
        const QByteArray one(1, static_cast<char>(b));
        QCOMPARE(crc16(one), crc16Bitwise(one));
        const QByteArray two = QByteArray("x") + one;
        QCOMPARE(crc16(two), crc16Bitwise(two));
    }
}

void TestCrc::notModbus()
{
    // hj212.md §2: CRC-16/MODBUS of the standard's example gives 0759, HJ 212 gives 1C80.
    const QByteArray segment = "QN=20160801085857223;ST=32;CN=1062;PW=100000;"
                               "MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";
    QCOMPARE(crc16(segment), std::uint16_t(0x1C80));
    QVERIFY(crc16(segment) != 0x0759);
    QVERIFY(!isPossibleCrc(0x0759));
    QVERIFY(!isPossibleCrc(0x1C08)); // the misprint of several PDF copies
}

void TestCrc::onlyPossibleLowBytes()
{
    // The register before the last table step has 8 bits: 256 values, low byte in 8 values.
    QRandomGenerator rng(7);
    QSet<int> seen;
    for (int i = 0; i < 20000; ++i) {
        QByteArray data(int(rng.bounded(1, 64)), Qt::Uninitialized);
        for (char &c : data)
            c = static_cast<char>(rng.bounded(256));
        const std::uint16_t c = crc16(data);
        QVERIFY2(isPossibleCrc(c), qPrintable(QString::number(c, 16)));
        seen.insert(c);
    }
    QCOMPARE(seen.size(), 256);
}

void TestCrc::emptyInput()
{
    QCOMPARE(crc16(QByteArrayView()), std::uint16_t(0xFFFF));
    QCOMPARE(crc16Bitwise(QByteArrayView()), std::uint16_t(0xFFFF));
}

QTEST_APPLESS_MAIN(TestCrc)
#include "tst_crc.moc"
