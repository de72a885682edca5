#include "vocsync/core/transmitterjson.h"

#include "jsonfields.h"
#include "jsonlocator.h"
#include "jsonwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <functional>

namespace vocsync::transmitterjson {

namespace {

using json::Fields;
using json::JsonLocator;
using json::Need;
using Where = std::function<QString(const QString &path)>;

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::transmitterjson", text);
}

bool isMnCharacter(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

/// The PW travels as "PW=...;" in the data segment: a separator inside it would change the
/// packet's meaning, and a non-ASCII character would change its byte length.
bool isPasswordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return u > 0x20 && u < 0x7F && u != u';' && u != u',' && u != u'=' && u != u'&';
}

QString transmitterLabel(const TransmitterConfig &t)
{
    return t.name.isEmpty() ? tr("transmitter %1").arg(t.mn)
                            : tr("transmitter %1 (%2)").arg(t.mn, t.name);
}

/// First pair of MNs that are the same transmitter; where() turns a JSON path into a place.
Status checkUnique(const QList<TransmitterConfig> &transmitters, const Where &where)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < transmitters.size(); ++i) {
        const QString mn = transmitters[i].mn;
        const auto it = seen.constFind(mn.toUpper());
        if (it == seen.constEnd()) {
            seen.insert(mn.toUpper(), i);
            continue;
        }
        const QString first = transmitters[it.value()].mn;
        const QString message =
            first == mn ? tr("MN '%1' is already registered by transmitters[%2]")
                              .arg(mn, QString::number(it.value()))
                        : tr("MN '%1' is already registered by transmitters[%2] as '%3' "
                             "(MNs are hexadecimal: letter case does not make another one)")
                              .arg(mn, QString::number(it.value()), first);
        return Error{message, where(QStringLiteral("transmitters[%1].mn").arg(i))};
    }
    return {};
}

/// Reads one element of "transmitters": types, unknown keys and channel keys. Value ranges
/// are validateTransmitter's.
Result<TransmitterConfig> readEntry(const QString &path, const QJsonObject &o, const Where &where)
{
    Fields f(o, path, where);
    f.allow({"mn", "name", "enterprise", "password", "factorMap", "points", "backfillCn",
             "rtdIntervalS", "alarmOnReject", "enabled"});
    TransmitterConfig t;
    f.text("mn", &t.mn, Need::Required);
    f.text("name", &t.name);
    f.text("enterprise", &t.enterpriseId);
    f.text("password", &t.password);
    f.text("factorMap", &t.factorMap);
    const QJsonObject points = f.object("points");
    f.integer("backfillCn", &t.backfillCn);
    f.integer("rtdIntervalS", &t.rtdIntervalS);
    f.boolean("alarmOnReject", &t.alarmOnReject);
    f.boolean("enabled", &t.enabled);
    if (!f.ok())
        return f.error();

    // Channel keys in their shortest form only, so "1" and "001" cannot both bind channel 1.
    static const QRegularExpression channelKey(QStringLiteral("^[1-9][0-9]{0,3}$"));
    const QString pointsPath = f.path("points");
    for (auto it = points.constBegin(); it != points.constEnd(); ++it) {
        const QString keyPath = JsonLocator::member(pointsPath, it.key());
        if (!channelKey.match(it.key()).hasMatch())
            return Error{tr("'%1' is not a channel number; expected 1..%2 without leading zeros")
                             .arg(it.key(), QString::number(kMaxChannel)),
                         where(keyPath)};
        if (!it.value().isString())
            return Error{tr("expected a monitoring point id (a string), found %1")
                             .arg(json::typeName(it.value())),
                         where(keyPath)};
        t.points.insert(it.key().toInt(), it.value().toString());
    }
    return t;
}

} // namespace

QByteArray write(const QList<TransmitterConfig> &transmitters)
{
    json::JsonWriter w;
    w.beginObject();
    w.key("transmitters").beginArray();
    for (const TransmitterConfig &t : transmitters) {
        w.beginObject();
        w.key("mn").value(t.mn);
        w.key("name").value(t.name);
        w.key("enterprise").value(t.enterpriseId);
        w.key("password").value(t.password);
        w.key("factorMap").value(t.factorMap);
        w.key("points").beginObject(true);
        for (auto it = t.points.constBegin(); it != t.points.constEnd(); ++it)
            w.key(QByteArray::number(it.key()).constData()).value(it.value());
        w.endObject();
        w.key("backfillCn").value(t.backfillCn);
        w.key("rtdIntervalS").value(t.rtdIntervalS);
        w.key("alarmOnReject").boolean(t.alarmOnReject);
        w.key("enabled").boolean(t.enabled);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.toUtf8();
}

Result<QList<TransmitterConfig>> read(const QByteArray &json, const QString &fileName)
{
    // A UTF-8 byte order mark (Windows editors) is not JSON; drop it before parsing.
    const QByteArray text = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("JSON syntax error: %1").arg(parseError.errorString()),
                     (fileName.isEmpty() ? tr("line ") : fileName + QLatin1Char(':')) +
                         JsonLocator::lineColumn(text, parseError.offset)};

    const JsonLocator locator(text);
    const auto at = [&fileName](int line, const QString &path) {
        const QString place = fileName.isEmpty()
                                  ? tr("line %1").arg(line)
                                  : QStringLiteral("%1:%2").arg(fileName, QString::number(line));
        return path.isEmpty() ? place : place + QStringLiteral(": ") + path;
    };
    const Where where = [&locator, &at](const QString &path) {
        return at(locator.line(path), path);
    };
    if (!doc.isObject())
        return Error{tr("a transmitter file holds one JSON object, found %1")
                         .arg(doc.isArray() ? tr("an array") : tr("something else")),
                     where(QString())};
    if (const JsonLocator::Duplicate *d = locator.duplicate())
        return Error{tr("this key occurs twice in one object (first at line %1)").arg(d->firstLine),
                     at(d->secondLine, d->path)};

    Fields top(doc.object(), QString(), where);
    top.allow({"transmitters"});
    const auto entries = top.objects("transmitters", Need::Required);
    if (!top.ok())
        return top.error();
    QList<TransmitterConfig> transmitters;
    for (const auto &[path, o] : entries) {
        Result<TransmitterConfig> t = readEntry(path, o, where);
        if (!t)
            return t.error();
        if (Status s = validateTransmitter(t.value()); !s)
            return Error{s.error().message, where(JsonLocator::member(path, s.error().where))};
        transmitters.append(std::move(t).value());
    }
    if (Status s = checkUnique(transmitters, where); !s)
        return s.error();
    return transmitters;
}

Status validateTransmitter(const TransmitterConfig &t)
{
    if (t.mn.isEmpty())
        return Error{tr("the MN is empty"), QStringLiteral("mn")};
    if (t.mn.size() > kMaxMnLength)
        return Error{tr("MN '%1' has %2 characters; at most %3 are allowed")
                         .arg(t.mn, QString::number(t.mn.size()), QString::number(kMaxMnLength)),
                     QStringLiteral("mn")};
    for (QChar c : t.mn) {
        if (!isMnCharacter(c))
            return Error{tr("MN '%1' contains '%2'; only digits and the letters A-Z and a-z are "
                            "allowed")
                             .arg(t.mn, QString(c)),
                         QStringLiteral("mn")};
    }
    if (t.password.size() > kMaxPasswordLength)
        return Error{tr("the password has %1 characters; at most %2 are allowed "
                        "(HJ 212 uses 6)")
                         .arg(t.password.size())
                         .arg(kMaxPasswordLength),
                     QStringLiteral("password")};
    for (QChar c : t.password) {
        if (!isPasswordCharacter(c))
            return Error{tr("the password contains '%1'; use printable ASCII characters other "
                            "than space, ';', ',', '=' and '&'")
                             .arg(QString(c)),
                         QStringLiteral("password")};
    }
    if (t.factorMap.trimmed().isEmpty())
        return Error{tr("the factor map id is empty; expected e.g. vocsync-electric"),
                     QStringLiteral("factorMap")};
    for (auto it = t.points.constBegin(); it != t.points.constEnd(); ++it) {
        const QString path = QStringLiteral("points.%1").arg(it.key());
        if (it.key() < 1 || it.key() > kMaxChannel)
            return Error{
                tr("channel %1 is out of range; expected 1..%2").arg(it.key()).arg(kMaxChannel),
                path};
        if (it.value().trimmed().isEmpty())
            return Error{tr("channel %1 is bound to an empty point id").arg(it.key()), path};
    }
    if (t.backfillCn != 2011 && t.backfillCn != 2051 && t.backfillCn != 2061)
        return Error{tr("CN %1 cannot fill a gap; expected 2011 (real-time data), 2051 (minute "
                        "data) or 2061 (hourly data)")
                         .arg(t.backfillCn),
                     QStringLiteral("backfillCn")};
    if (t.rtdIntervalS < 1 || t.rtdIntervalS > 86400)
        return Error{tr("real-time interval %1 s is out of range; expected 1..86400 s "
                        "(HJ 212 transmitters typically send every 30..3600 s)")
                         .arg(t.rtdIntervalS),
                     QStringLiteral("rtdIntervalS")};
    return {};
}

Status validate(const QList<TransmitterConfig> &transmitters)
{
    for (qsizetype i = 0; i < transmitters.size(); ++i) {
        if (Status s = validateTransmitter(transmitters[i]); !s)
            return Error{s.error().message,
                         QStringLiteral("transmitters[%1].%2").arg(i).arg(s.error().where)};
    }
    return checkUnique(transmitters, [](const QString &path) { return path; });
}

Status checkPlant(const QList<TransmitterConfig> &transmitters, const Plant &plant)
{
    for (qsizetype i = 0; i < transmitters.size(); ++i) {
        const TransmitterConfig &t = transmitters[i];
        if (!t.enterpriseId.isEmpty() && !plant.enterprise(t.enterpriseId))
            return Error{tr("%1 belongs to enterprise '%2', which is not in the plant")
                             .arg(transmitterLabel(t), t.enterpriseId),
                         QStringLiteral("transmitters[%1].enterprise").arg(i)};
        for (auto it = t.points.constBegin(); it != t.points.constEnd(); ++it) {
            if (plant.point(it.value()))
                continue;
            return Error{tr("%1 binds channel %2 to monitoring point '%3', which is not in the "
                            "plant")
                             .arg(transmitterLabel(t), QString::number(it.key()), it.value()),
                         QStringLiteral("transmitters[%1].points.%2").arg(i).arg(it.key())};
        }
    }
    return {};
}

} // namespace vocsync::transmitterjson
