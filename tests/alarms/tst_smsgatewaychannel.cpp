// SmsGatewayChannel against a real HTTP/1.1 server in the test (QTcpServer on 127.0.0.1,
// answering by hand): the exact request bytes, the success rule, 500, timeout, refused.
#include "vocsync/alarms/smsgatewaychannel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace vocsync;
using namespace vocsync::alarms;

namespace {

const QString kPhone = QStringLiteral("+8613800138000");

// One received request split into its parts.
struct Received
{
    QByteArray requestLine;
    QList<QByteArray> headerLines; // as sent, "Name: value"
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &l : headerLines) {
            if (l.startsWith(QByteArray(name + ": ")))
                return l.mid(name.size() + 2);
        }
        return {};
    }
};

// A minimal HTTP/1.1 server: reads one request per connection (head + Content-Length body),
// records it, and answers with `status` and `answer`, or never when `silent`.
class HttpStub : public QObject
{
public:
    int status = 200;
    QByteArray answer = "{\"code\":0,\"msg\":\"ok\"}";
    bool silent = false;
    QList<Received> requests;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype headEnd = buf.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Received r;
        const QList<QByteArray> lines = buf.left(headEnd).split('\n');
        r.requestLine = lines.first().trimmed();
        for (qsizetype i = 1; i < lines.size(); ++i)
            r.headerLines.append(lines.at(i).trimmed());
        const qsizetype length = r.header("Content-Length").toLongLong();
        if (buf.size() < headEnd + 4 + length)
            return;
        r.body = buf.mid(headEnd + 4, length);
        requests.append(r);
        buf.clear();
        if (silent)
            return;
        const QByteArray reason = status == 200 ? "OK" : "Internal Server Error";
        s->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                 "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
                 QByteArray::number(answer.size()) + "\r\nConnection: close\r\n\r\n" + answer);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

Notification notification(const QString &text, const QStringList &recipients = {kPhone})
{
    Notification n;
    n.id = 5;
    n.alarmId = 107;
    n.title = QStringLiteral("报警 E01 喷漆房1");
    n.text = text;
    n.recipients = recipients;
    n.level = 1;
    return n;
}

} // namespace

class TestSmsGatewayChannel : public QObject
{
    Q_OBJECT

private:
    HttpStub *m_http = nullptr;
    QList<DeliveryResult> m_results;

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_http->port()); }
    SmsGatewayChannel *channel(const SmsGatewayConfig &c)
    {
        auto *ch = new SmsGatewayChannel(c, m_http);
        connect(ch, &NotificationChannel::delivered, this,
                [this](const DeliveryResult &r) { m_results.append(r); });
        return ch;
    }

private slots:
    void init()
    {
        m_results.clear();
        m_http = new HttpStub;
        QVERIFY(m_http->listen());
    }

    void cleanup()
    {
        delete m_http;
        m_http = nullptr;
    }

    void getWithEncodedQuery()
    {
        SmsGatewayConfig c;
        c.method = SmsGatewayConfig::Method::Get;
        c.urlTemplate =
            base() + QStringLiteral("/send?to={phone}&msg={text}&id={alarm_id}&lvl={level}");
        c.headers = {{"Authorization", "Bearer t0k3n"}};
        SmsGatewayChannel *ch = channel(c);
        QCOMPARE(ch->name(), QStringLiteral("sms_http"));
        ch->send(notification(QStringLiteral("【报警】喷漆房1：未同时开启 & 持续43分钟+")));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, 10000);
        QVERIFY2(m_results.at(0).ok, qPrintable(m_results.at(0).detail));
        QCOMPARE(m_results.at(0).detail, QStringLiteral("HTTP 200"));
        QCOMPARE(m_results.at(0).channel, QStringLiteral("sms_http"));
        QCOMPARE(m_results.at(0).recipient, kPhone);
        QCOMPARE(m_results.at(0).notificationId, qint64(5));
        QCOMPARE(ch->pendingRequests(), 0);

        QCOMPARE(m_http->requests.size(), 1);
        const Received &r = m_http->requests.at(0);
        // Percent-encoding of the UTF-8 bytes, everything but RFC 3986 unreserved characters
        // (the same as Python's urllib.parse.quote(s, safe='')).
        QCOMPARE(
            r.requestLine,
            "GET /send?to=%2B8613800138000&msg=%E3%80%90%E6%8A%A5%E8%AD%A6%E3%80%91%E5%96%B7"
            "%E6%BC%86%E6%88%BF1%EF%BC%9A%E6%9C%AA%E5%90%8C%E6%97%B6%E5%BC%80%E5%90%AF%20%26%20"
            "%E6%8C%81%E7%BB%AD43%E5%88%86%E9%92%9F%2B&id=107&lvl=alarm HTTP/1.1");
        QCOMPARE(r.header("Authorization"), "Bearer t0k3n");
        QCOMPARE(r.header("Host"), "127.0.0.1:" + QByteArray::number(m_http->port()));
        QCOMPARE(r.header("User-Agent"), "VocSync");
        QVERIFY(r.header("Content-Length").isEmpty());
        QVERIFY(r.body.isEmpty());
    }

    void postJsonEscapesQuotesAndNewline()
    {
        SmsGatewayConfig c;
        c.urlTemplate = base() + QStringLiteral("/api/sms");
        c.bodyTemplate =
            QStringLiteral("{\"mobile\":\"{phone}\",\"content\":\"{text}\",\"title\":\"{title}\"}");
        c.headers = {{"Content-Type", "application/json; charset=utf-8"},
                     {"Authorization", "APPCODE 1234"}};
        c.successContains = QStringLiteral("\"code\":0");
        SmsGatewayChannel *ch = channel(c);
        const QString text = QStringLiteral("设施\"喷漆房1\"停运\n持续43分钟\\");
        ch->send(notification(text));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, 10000);
        QVERIFY2(m_results.at(0).ok, qPrintable(m_results.at(0).detail));
        QCOMPARE(m_results.at(0).detail, QStringLiteral("HTTP 200"));

        const Received &r = m_http->requests.at(0);
        QCOMPARE(r.requestLine, "POST /api/sms HTTP/1.1");
        QCOMPARE(r.header("Content-Type"), "application/json; charset=utf-8");
        QCOMPARE(r.header("Authorization"), "APPCODE 1234");
        // Written out by hand: quotes and backslash escaped, the newline as \n, the Chinese
        // characters as UTF-8 (RFC 8259 7). 116 octets.
        const QByteArray expected = QStringLiteral("{\"mobile\":\"+8613800138000\",\"content\":"
                                                   "\"设施\\\"喷漆房1\\\"停运\\n持续43分钟\\\\\","
                                                   "\"title\":\"报警 E01 喷漆房1\"}")
                                        .toUtf8();
        QCOMPARE(r.body, expected);
        QCOMPARE(r.body.size(), 116);
        QCOMPARE(r.header("Content-Length"), "116");
        const QJsonObject parsed = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(parsed.value(QStringLiteral("content")).toString(), text);
    }

    void postFormIsPercentEncoded()
    {
        SmsGatewayConfig c;
        c.urlTemplate = base() + QStringLiteral("/sms");
        c.bodyTemplate = QStringLiteral("to={phone}&msg={text}&level={level}");
        c.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        SmsGatewayChannel *ch = channel(c);
        Notification n = notification(QStringLiteral("报警 a=b&c"));
        n.level = 0;
        ch->send(n);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, 10000);
        QVERIFY(m_results.at(0).ok);
        QCOMPARE(m_http->requests.at(0).body,
                 "to=%2B8613800138000&msg=%E6%8A%A5%E8%AD%A6%20a%3Db%26c&level=warning");
    }

    void successRuleOnTheBody()
    {
        m_http->answer = "{\"code\":1,\"msg\":\"余额不足\"}";
        SmsGatewayConfig c;
        c.urlTemplate = base() + QStringLiteral("/api/sms");
        c.bodyTemplate = QStringLiteral("{\"to\":\"{phone}\"}");
        c.headers = {{"Content-Type", "application/json"}};
        c.successContains = QStringLiteral("\"code\":0");
        channel(c)->send(notification(QStringLiteral("x")));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, 10000);
        QVERIFY(!m_results.at(0).ok);
        QCOMPARE(m_results.at(0).detail,
                 QStringLiteral("HTTP 200, but the answer does not contain '\"code\":0': "
                                "{\"code\":1,\"msg\":\"余额不足\"}"));

        c.successContains.clear();
        c.successPattern = QStringLiteral("\"code\"\\s*:\\s*1\\b");
        channel(c)->send(notification(QStringLiteral("x")));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 2, 10000);
        QVERIFY2(m_results.at(1).ok, qPrintable(m_results.at(1).detail));

        c.successPattern = QStringLiteral("\"code\"\\s*:\\s*0\\b");
        channel(c)->send(notification(QStringLiteral("x")));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 3, 10000);
        QVERIFY(!m_results.at(2).ok);
        QVERIFY(m_results.at(2).detail.startsWith(
            QStringLiteral("HTTP 200, but the answer does not match")));
    }

    void serverError()
    {
        m_http->status = 500;
        m_http->answer = "internal error";
        SmsGatewayConfig c;
        c.urlTemplate = base() + QStringLiteral("/api/sms");
        channel(c)->send(notification(QStringLiteral("x")));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, 10000);
        QVERIFY(!m_results.at(0).ok);
        QCOMPARE(m_results.at(0).detail, QStringLiteral("HTTP 500: internal error"));
    }

    void serverNeverAnswers()
    {
        m_http->silent = true;
        SmsGatewayConfig c;
        c.urlTemplate = base() + QStringLiteral("/api/sms");
        c.timeoutMs = 1000;
        QElapsedTimer t;
        t.start();
        channel(c)->send(notification(QStringLiteral("x")));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, 10000);
        QVERIFY2(t.elapsed() >= 950 && t.elapsed() < 4000,
                 qPrintable(QString::number(t.elapsed())));
        QVERIFY(!m_results.at(0).ok);
        QCOMPARE(m_results.at(0).detail, QStringLiteral("no answer within 1000 ms"));
        QCOMPARE(m_http->requests.size(), 1); // it did arrive; only the answer is missing
    }

    void connectionRefused()
    {
        QTcpServer probe; // a port that was free a moment ago and has no listener now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        SmsGatewayConfig c;
        c.urlTemplate = QStringLiteral("http://127.0.0.1:%1/api/sms").arg(port);
        channel(c)->send(notification(QStringLiteral("x")));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, 10000);
        QVERIFY(!m_results.at(0).ok);
        QCOMPARE(m_results.at(0).detail, QStringLiteral("Connection refused"));
    }

    void oneRequestPerRecipient()
    {
        SmsGatewayConfig c;
        c.method = SmsGatewayConfig::Method::Get;
        c.urlTemplate = base() + QStringLiteral("/send?to={phone}");
        SmsGatewayChannel *ch = channel(c);
        ch->send(notification(QStringLiteral("x"), {kPhone, QStringLiteral("13900139000")}));
        QCOMPARE(ch->pendingRequests(), 2);
        ch->send(notification(QStringLiteral("x"), {}));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 3, 10000);
        QStringList lines;
        for (const Received &r : m_http->requests)
            lines.append(QString::fromLatin1(r.requestLine));
        lines.sort();
        QCOMPARE(lines, (QStringList{QStringLiteral("GET /send?to=%2B8613800138000 HTTP/1.1"),
                                     QStringLiteral("GET /send?to=13900139000 HTTP/1.1")}));
        int ok = 0;
        for (const DeliveryResult &r : m_results) {
            ok += r.ok ? 1 : 0;
            if (!r.ok)
                QCOMPARE(r.detail, QStringLiteral("no recipient"));
        }
        QCOMPARE(ok, 2);
    }

    void invalidConfigIsReported()
    {
        SmsGatewayConfig c;
        c.urlTemplate = QStringLiteral("ftp://example.invalid/{phone}");
        QVERIFY(!c.validate().isEmpty());
        channel(c)->send(notification(QStringLiteral("x")));
        QVERIFY(m_results.isEmpty()); // never from inside send()
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, 5000);
        QVERIFY(!m_results.at(0).ok);
        QVERIFY2(m_results.at(0).detail.contains(QStringLiteral("http://")),
                 qPrintable(m_results.at(0).detail));
        c.urlTemplate = base();
        c.successPattern = QStringLiteral("(unclosed");
        QVERIFY(!c.validate().isEmpty());
    }

    void buildRequestEscapesPerContentType()
    {
        SmsGatewayConfig c;
        c.urlTemplate = QStringLiteral("https://sms.example.cn/{title}?t={text}");
        c.bodyTemplate = QStringLiteral("<sms><to>{phone}</to><text>{text}</text></sms>");
        c.headers = {{"content-type", "text/xml"}};
        const auto r = buildGatewayRequest(c, notification(QStringLiteral("<a & 'b' \"c\">")),
                                           QStringLiteral("139"));
        QVERIFY(r.ok());
        QCOMPARE(r->method, "POST");
        QCOMPARE(r->url.toEncoded(),
                 "https://sms.example.cn/%E6%8A%A5%E8%AD%A6%20E01%20%E5%96%B7%E6%BC%86%E6%88%BF1"
                 "?t=%3Ca%20%26%20%27b%27%20%22c%22%3E");
        QCOMPARE(r->body, "<sms><to>139</to><text>&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;"
                          "</text></sms>");
        // A value holding a placeholder is not expanded again; unknown ones stay as written.
        c.headers = {{"Content-Type", "text/plain"}};
        c.bodyTemplate = QStringLiteral("{text} {unknown}");
        const auto p =
            buildGatewayRequest(c, notification(QStringLiteral("{phone}")), QStringLiteral("139"));
        QCOMPARE(p->body, "{phone} {unknown}");
        // No Content-Type on a POST: form encoding, said explicitly.
        c.headers.clear();
        c.bodyTemplate = QStringLiteral("m={text}");
        const auto f =
            buildGatewayRequest(c, notification(QStringLiteral("a b")), QStringLiteral("139"));
        QCOMPARE(f->body, "m=a%20b");
        QCOMPARE(f->headers.size(), 1);
        QCOMPARE(f->headers.at(0).second, "application/x-www-form-urlencoded");
    }
};

QTEST_GUILESS_MAIN(TestSmsGatewayChannel)
#include "tst_smsgatewaychannel.moc"
