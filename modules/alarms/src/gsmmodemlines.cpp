#include "gsmmodemlines.h"

namespace vocsync::alarms {

ModemLine classifyModemLine(const QByteArray &line)
{
    const QByteArray l = line.trimmed();
    if (l == "OK")
        return ModemLine::Ok;
    if (l == "ERROR" || l.startsWith("+CMS ERROR:") || l.startsWith("+CME ERROR:"))
        return ModemLine::Error;
    if (l.startsWith("+CMGS:"))
        return ModemLine::CmgsResult;
    if (l == ">")
        return ModemLine::Prompt;
    return ModemLine::Other;
}

QList<QByteArray> takeModemLines(QByteArray &buffer)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < buffer.size(); ++i) {
        const char c = buffer.at(i);
        if (c != '\r' && c != '\n')
            continue;
        const QByteArray line = buffer.mid(start, i - start).trimmed();
        if (!line.isEmpty())
            lines.append(line);
        start = i + 1;
    }
    buffer.remove(0, start);
    return lines;
}

} // namespace vocsync::alarms
