#include "vocsync/ui/models/packetlogmodel.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/ui/labels.h"

#include "../theme.h"
#include "../transmitterlabels.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace vocsync::ui {

using acquisition::PacketRecord;

namespace {
/// The CN member of toJson's object, whatever its case ("cn" / "CN"), as a number or text.
int cnFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(QLatin1String("cn"), Qt::CaseInsensitive) != 0)
            continue;
        if (it.value().isDouble())
            return it.value().toInt();
        bool ok = false;
        const int cn = it.value().toString().toInt(&ok);
        return ok ? cn : -1;
    }
    return -1;
}
} // namespace

PacketLogModel::PacketLogModel(QObject *parent)
    : QAbstractTableModel(parent), m_fixedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
}

int PacketLogModel::cnOf(const PacketRecord &record)
{
    if (!record.json.isEmpty()) {
        if (const int cn = cnFromJson(record.json); cn >= 0)
            return cn;
    }
    // The header's CN is the first "CN=" (a 2005 answer names the answered CN again in CP,
    // later). Four digits (HJ 212-2017 Table 3, N4), preceded by the start or a ';'.
    const QByteArray &raw = record.raw;
    for (qsizetype at = raw.indexOf("CN="); at >= 0; at = raw.indexOf("CN=", at + 3)) {
        if (at > 0 && raw.at(at - 1) != ';' && raw.at(at - 1) != '#' &&
            !(raw.at(at - 1) >= '0' && raw.at(at - 1) <= '9'))
            continue;
        if (at + 7 > raw.size())
            return -1;
        int cn = 0;
        for (qsizetype i = at + 3; i < at + 7; ++i) {
            const char c = raw.at(i);
            if (c < '0' || c > '9')
                return -1;
            cn = cn * 10 + (c - '0');
        }
        return cn;
    }
    return -1;
}

QString PacketLogModel::shortError(const QString &error)
{
    // The codec's rejections start with their reason key ("bad_crc at 312: ..."); the
    // server's own ones are sentences ("unknown MN ...") and are shown as they are.
    static const QRegularExpression key(QStringLiteral("^([a-z]+(?:_[a-z]+)+)(?: at \\d+)?:"));
    const QRegularExpressionMatch m = key.match(error);
    if (!m.hasMatch())
        return error;
    const QString reason = TransmitterLabels::rejection(m.captured(1));
    return reason.isEmpty() ? m.captured(1) : reason;
}

void PacketLogModel::append(const QList<PacketRecord> &packets)
{
    if (packets.isEmpty())
        return;
    const qsizetype skip = std::max<qsizetype>(0, packets.size() - kCapacity);
    const int incoming = static_cast<int>(packets.size() - skip);
    const int drop = std::max(0, static_cast<int>(m_packets.size()) + incoming - kCapacity);
    if (drop > 0) {
        beginRemoveRows({}, 0, drop - 1);
        m_packets.erase(m_packets.begin(), m_packets.begin() + drop);
        endRemoveRows();
    }
    const int first = static_cast<int>(m_packets.size());
    beginInsertRows({}, first, first + incoming - 1);
    for (qsizetype i = skip; i < packets.size(); ++i)
        m_packets.push_back({packets[i], cnOf(packets[i])});
    endInsertRows();
}

void PacketLogModel::clear()
{
    beginResetModel();
    m_packets.clear();
    endResetModel();
}

int PacketLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_packets.size());
}

int PacketLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PacketLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_packets[static_cast<size_t>(index.row())];
    const PacketRecord &p = row.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(p.tMs, timeutil::stationZone())
                .toString(QStringLiteral("HH:mm:ss.zzz"));
        case DirectionColumn:
            return p.incoming ? tr("← In") : tr("→ Out");
        case MnColumn:
            return p.mn.isEmpty() ? TransmitterLabels::none() : p.mn;
        case CommandColumn:
            return TransmitterLabels::command(row.cn);
        case ResultColumn:
            return p.ok ? tr("OK") : shortError(p.error);
        case SizeColumn:
            return QLocale().toString(static_cast<qlonglong>(p.raw.size()));
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return Labels::dateTime(p.tMs);
        case MnColumn:
            return p.peer.isEmpty() ? p.mn : tr("%1 from %2").arg(p.mn, p.peer);
        case ResultColumn:
            return p.ok ? QVariant() : p.error;
        case SizeColumn:
            return tr("%n byte(s) without the CRLF", nullptr, static_cast<int>(p.raw.size()));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DirectionColumn)
            return p.incoming ? theme::running() : theme::accent();
        if (index.column() == ResultColumn)
            return p.ok ? theme::running() : theme::severityAlarm();
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((index.column() == SizeColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    case Qt::FontRole:
        return index.column() == TimeColumn || index.column() == MnColumn ? m_fixedFont
                                                                          : QVariant();
    case MnRole:
        return p.mn;
    case OkRole:
        return p.ok;
    case CnRole:
        return row.cn;
    default:
        return {};
    }
}

QVariant PacketLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == SizeColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Dir.");
    case MnColumn:
        return tr("MN");
    case CommandColumn:
        return tr("Command");
    case ResultColumn:
        return tr("Result");
    case SizeColumn:
        return tr("Bytes");
    }
    return {};
}

} // namespace vocsync::ui
