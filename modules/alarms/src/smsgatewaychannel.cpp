#include "vocsync/alarms/smsgatewaychannel.h"

#include "gsmmodemlogging.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace vocsync::alarms {

namespace {

constexpr int kExcerptChars = 200; // of an answer body quoted in a failure detail

QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body).simplified();
    if (text.size() > kExcerptChars)
        text = text.left(kExcerptChars) + QStringLiteral("...");
    return text;
}

} // namespace

SmsGatewayChannel::SmsGatewayChannel(const SmsGatewayConfig &config, QObject *parent)
    : NotificationChannel(parent), m_config(config), m_network(new QNetworkAccessManager(this))
{
}

SmsGatewayChannel::~SmsGatewayChannel() = default;

QString SmsGatewayChannel::name() const
{
    return QStringLiteral("sms_http");
}

int SmsGatewayChannel::pendingRequests() const
{
    return m_pending;
}

void SmsGatewayChannel::send(const Notification &notification)
{
    QStringList phones = notification.recipients;
    if (phones.isEmpty()) {
        // Reported, not dropped: a rule without recipients is a configuration error.
        QTimer::singleShot(0, this, [this, id = notification.id] {
            report(id, QString(), false, tr("no recipient"));
        });
        return;
    }
    for (const QString &phone : phones) {
        const Result<SmsGatewayRequest> built = buildGatewayRequest(m_config, notification, phone);
        if (!built) {
            QTimer::singleShot(
                0, this, [this, id = notification.id, phone, detail = built.error().toString()] {
                    report(id, phone, false, detail);
                });
            continue;
        }
        QNetworkRequest request(built->url);
        request.setTransferTimeout(m_config.timeoutMs);
        request.setRawHeader("User-Agent", "VocSync");
        for (const auto &[key, value] : built->headers)
            request.setRawHeader(key, value);
        QNetworkReply *reply = built->method == "GET" ? m_network->get(request)
                                                      : m_network->post(request, built->body);
        ++m_pending;
        qCDebug(lcSms) << built->method << built->url.toEncoded();
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, id = notification.id, phone] { onFinished(reply, id, phone); });
    }
}

void SmsGatewayChannel::onFinished(QNetworkReply *reply, qint64 notificationId,
                                   const QString &phone)
{
    reply->deleteLater();
    --m_pending;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid()) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        const QString detail =
            timedOut ? tr("no answer within %1 ms").arg(m_config.timeoutMs) : reply->errorString();
        report(notificationId, phone, false, detail);
        return;
    }
    const QByteArray body = reply->readAll();
    const int status = statusAttr.toInt();
    const QString http = QStringLiteral("HTTP %1").arg(status);
    if (status < 200 || status > 299) {
        const QString text = excerpt(body);
        report(notificationId, phone, false,
               text.isEmpty() ? http : http + QStringLiteral(": ") + text);
        return;
    }
    const QString answer = QString::fromUtf8(body);
    if (!m_config.successContains.isEmpty() && !answer.contains(m_config.successContains)) {
        report(notificationId, phone, false,
               tr("%1, but the answer does not contain '%2': %3")
                   .arg(http, m_config.successContains, excerpt(body)));
        return;
    }
    if (!m_config.successPattern.isEmpty() &&
        !QRegularExpression(m_config.successPattern).match(answer).hasMatch()) {
        report(notificationId, phone, false,
               tr("%1, but the answer does not match '%2': %3")
                   .arg(http, m_config.successPattern, excerpt(body)));
        return;
    }
    report(notificationId, phone, true, http);
}

void SmsGatewayChannel::report(qint64 notificationId, const QString &phone, bool ok,
                               const QString &detail)
{
    DeliveryResult r;
    r.notificationId = notificationId;
    r.channel = name();
    r.recipient = phone;
    r.ok = ok;
    r.detail = detail;
    r.atMs = QDateTime::currentMSecsSinceEpoch();
    if (!ok)
        qCWarning(lcSms) << "SMS gateway request for" << phone << "failed:" << detail;
    emit delivered(r);
}

} // namespace vocsync::alarms
