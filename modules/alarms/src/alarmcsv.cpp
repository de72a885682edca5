#include "vocsync/alarms/alarmstore.h"

#include "vocsync/core/timeutil.h"

#include <QCoreApplication>

namespace vocsync::alarms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vocsync::alarms", text);
}

/// RFC 4180, 2.6 and 2.7: a field holding a comma, a quote or a line break is quoted, and a
/// quote inside it is doubled.
QString field(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString typeName(const QString &key)
{
    if (const auto t = analysis::eventTypeFromKey(key))
        return analysis::eventTypeName(*t);
    if (key == QLatin1String("threshold"))
        return tr("Threshold");
    return key;
}

} // namespace

QByteArray alarmsToCsv(const QList<Alarm> &alarms)
{
    QStringList lines;
    lines << QStringList{tr("Time"),    tr("Enterprise"),      tr("Facility"),
                         tr("Type"),    tr("Level"),           tr("State"),
                         tr("Message"), tr("Acknowledged by"), tr("Comment")}
                 .join(QLatin1Char(','));
    for (const Alarm &a : alarms) {
        const QStringList row = {timeutil::toIso(a.raisedMs),
                                 a.enterprise,
                                 a.facility,
                                 typeName(a.type),
                                 alarmLevelName(a.level),
                                 alarmStateName(a.state),
                                 a.message,
                                 a.ackBy,
                                 a.ackComment};
        QStringList fields;
        for (const QString &s : row)
            fields << field(s);
        lines << fields.join(QLatin1Char(','));
    }
    // RFC 4180 2.1: records end with CRLF. The BOM lets Excel detect UTF-8 (Chinese text).
    QByteArray out("\xEF\xBB\xBF");
    for (const QString &line : lines)
        out += line.toUtf8() + "\r\n";
    return out;
}

} // namespace vocsync::alarms
