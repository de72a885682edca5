#include "vocsync/alarms/smsgatewaychannel.h"

#include <QRegularExpression>

#include <functional>

namespace vocsync::alarms {

namespace {

using Escape = std::function<QString(const QString &)>;

QString percentEncoded(const QString &value)
{
    // Everything but RFC 3986 unreserved characters, so '+', '&', '=' and '#' in a message
    // cannot end or split a parameter.
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString jsonEscaped(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c; // RFC 8259 7: other characters may stay as they are (UTF-8)
        }
    }
    return out;
}

QString xmlEscaped(const QString &value)
{
    return value.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&apos;"));
}

QString identity(const QString &value)
{
    return value;
}

QString levelKey(int level)
{
    return level == 0 ? QStringLiteral("warning") : QStringLiteral("alarm");
}

// One pass over the template: a value that itself contains "{text}" is not expanded again.
QString expand(const QString &tpl, const Notification &n, const QString &phone,
               const Escape &escape)
{
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("{phone}"), phone},
        {QStringLiteral("{text}"), n.text},
        {QStringLiteral("{title}"), n.title},
        {QStringLiteral("{level}"), levelKey(n.level)},
        {QStringLiteral("{alarm_id}"), QString::number(n.alarmId)},
    };
    QString out;
    qsizetype i = 0;
    while (i < tpl.size()) {
        bool replaced = false;
        if (tpl.at(i) == QLatin1Char('{')) {
            for (const auto &[key, value] : values) {
                if (QStringView(tpl).mid(i).startsWith(key)) {
                    out += escape(value);
                    i += key.size();
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced)
            out += tpl.at(i++);
    }
    return out;
}

QByteArray headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers,
                       const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Escape bodyEscape(const QByteArray &contentType)
{
    const QByteArray type = contentType.toLower();
    if (type.contains("json"))
        return jsonEscaped;
    if (type.contains("x-www-form-urlencoded"))
        return percentEncoded;
    if (type.contains("xml"))
        return xmlEscaped;
    return identity;
}

} // namespace

QString SmsGatewayConfig::validate() const
{
    const QUrl url(urlTemplate.trimmed());
    if (urlTemplate.trimmed().isEmpty() || !url.isValid())
        return SmsGatewayChannel::tr("SMS gateway: the URL template '%1' is not a URL")
            .arg(urlTemplate);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return SmsGatewayChannel::tr("SMS gateway: the URL must start with http:// or https://");
    if (!successPattern.isEmpty() && !QRegularExpression(successPattern).isValid())
        return SmsGatewayChannel::tr("SMS gateway: success pattern: %1")
            .arg(QRegularExpression(successPattern).errorString());
    if (timeoutMs <= 0)
        return SmsGatewayChannel::tr("SMS gateway: timeout must be positive");
    for (const auto &[name, value] : headers) {
        if (name.isEmpty() || name.contains(':') || value.contains('\n') || value.contains('\r'))
            return SmsGatewayChannel::tr("SMS gateway: invalid header '%1'")
                .arg(QString::fromUtf8(name));
    }
    return {};
}

Result<SmsGatewayRequest> buildGatewayRequest(const SmsGatewayConfig &config,
                                              const Notification &notification,
                                              const QString &phone)
{
    const QString invalid = config.validate();
    if (!invalid.isEmpty())
        return Error{invalid, QString()}; // the message names the field
    SmsGatewayRequest request;
    request.method = config.method == SmsGatewayConfig::Method::Get ? "GET" : "POST";
    const QString url = expand(config.urlTemplate.trimmed(), notification, phone, percentEncoded);
    request.url = QUrl(url);
    if (!request.url.isValid())
        return Error{SmsGatewayChannel::tr("not a valid URL after expansion: %1")
                         .arg(request.url.errorString()),
                     QStringLiteral("url")};
    request.headers = config.headers;
    if (config.method == SmsGatewayConfig::Method::Get)
        return request;
    QByteArray contentType = headerValue(config.headers, "Content-Type");
    if (contentType.isEmpty()) {
        // What QNetworkAccessManager would pick anyway, said aloud so escaping matches it.
        contentType = "application/x-www-form-urlencoded";
        request.headers.append({"Content-Type", contentType});
    }
    request.body =
        expand(config.bodyTemplate, notification, phone, bodyEscape(contentType)).toUtf8();
    return request;
}

} // namespace vocsync::alarms
