#pragma once

#include "vocsync/alarms/notification.h"
#include "vocsync/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace vocsync::alarms {

/// An HTTP SMS gateway (a carrier's or a cloud provider's "send SMS" API) described by
/// templates. Placeholders: {phone} {text} {title} {level} ("warning"/"alarm") {alarm_id}.
/// In the URL they are percent-encoded (UTF-8); in the body they are escaped for the body's
/// Content-Type: JSON string escapes for "json", percent-encoding for
/// "application/x-www-form-urlencoded", entities for "xml", as they are otherwise.
struct SmsGatewayConfig
{
    enum class Method : std::uint8_t { Get, Post };
    Method method = Method::Post;
    QString urlTemplate;  ///< e.g. "https://sms.example.cn/send?to={phone}&msg={text}"
    QString bodyTemplate; ///< POST only, e.g. {"mobile":"{phone}","content":"{text}"}
    /// Sent as given, e.g. {"Content-Type", "application/json"}, {"Authorization", "Bearer x"}.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString successContains; ///< the answer body must contain this (empty: not checked)
    QString successPattern;  ///< the body must match this regular expression (empty: not checked)
    int timeoutMs = 15000;   ///< QNetworkRequest::setTransferTimeout: no byte for this long fails

    QString validate() const; ///< empty when valid, else a translated message naming the field
};

/// One HTTP request, ready to send.
struct SmsGatewayRequest
{
    QByteArray method; ///< "GET" or "POST"
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body; ///< UTF-8
};

/// Expands the templates of `config` for one recipient of `notification`.
Result<SmsGatewayRequest> buildGatewayRequest(const SmsGatewayConfig &config,
                                              const Notification &notification,
                                              const QString &phone);

/// Sends each recipient of a notification as one HTTP request; every request ends in one
/// DeliveryResult: ok with "HTTP 200", or the HTTP status, the body rule that failed, a
/// network error or the timeout. Requests run concurrently (QNetworkAccessManager queues them
/// per host); send() never blocks.
class SmsGatewayChannel : public NotificationChannel
{
    Q_OBJECT
public:
    explicit SmsGatewayChannel(const SmsGatewayConfig &config, QObject *parent = nullptr);
    ~SmsGatewayChannel() override;

    QString name() const override; ///< "sms_http"
    void send(const Notification &notification) override;

    int pendingRequests() const;

private:
    void onFinished(QNetworkReply *reply, qint64 notificationId, const QString &phone);
    void report(qint64 notificationId, const QString &phone, bool ok, const QString &detail);

    SmsGatewayConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    int m_pending = 0;
};

} // namespace vocsync::alarms
