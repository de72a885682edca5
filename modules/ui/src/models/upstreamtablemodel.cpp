#include "vocsync/ui/models/upstreamtablemodel.h"

#include "vocsync/ui/labels.h"

#include "../theme.h"
#include "../transmitterlabels.h"

#include <QDateTime>

#include <algorithm>

namespace vocsync::ui {

using sync::UpstreamStatus;
using L = TransmitterLabels;

namespace {
bool byId(const UpstreamStatus &a, const UpstreamStatus &b)
{
    return a.targetId < b.targetId;
}

/// The CN an answer text starts with ("9014 for QN ..."), else the whole text.
QString answerCode(const QString &answer)
{
    const QString first = answer.section(QLatin1Char(' '), 0, 0);
    bool number = false;
    first.toInt(&number);
    return number && first.size() == 4 ? first : answer;
}

bool isNumeric(int column)
{
    return column == UpstreamTableModel::PendingColumn || column == UpstreamTableModel::AckedColumn;
}
} // namespace

UpstreamTableModel::UpstreamTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_nowMs(QDateTime::currentMSecsSinceEpoch())
{
}

QString UpstreamTableModel::ago(std::int64_t ms)
{
    return tr("%1 ago").arg(Labels::duration(ms));
}

QString UpstreamTableModel::in(std::int64_t ms)
{
    return tr("in %1").arg(Labels::duration(ms));
}

void UpstreamTableModel::setTargets(const QList<UpstreamStatus> &targets)
{
    beginResetModel();
    m_rows = targets;
    std::sort(m_rows.begin(), m_rows.end(), byId);
    endResetModel();
}

void UpstreamTableModel::updateTarget(const UpstreamStatus &status)
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), status, byId);
    const int row = static_cast<int>(it - m_rows.begin());
    if (it == m_rows.end() || it->targetId != status.targetId) {
        beginInsertRows({}, row, row);
        m_rows.insert(row, status);
        endInsertRows();
        return;
    }
    *it = status;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UpstreamTableModel::setNow(std::int64_t nowMs)
{
    m_nowMs = nowMs;
    if (m_rows.isEmpty())
        return;
    const int last = static_cast<int>(m_rows.size()) - 1;
    emit dataChanged(index(0, OldestPendingColumn), index(last, OldestPendingColumn));
    emit dataChanged(index(0, NextTryColumn), index(last, NextTryColumn));
}

const UpstreamStatus *UpstreamTableModel::target(int targetId) const
{
    const int row = rowOf(targetId);
    return row < 0 ? nullptr : &m_rows[row];
}

int UpstreamTableModel::rowOf(int targetId) const
{
    UpstreamStatus key;
    key.targetId = targetId;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), key, byId);
    return it != m_rows.cend() && it->targetId == targetId ? static_cast<int>(it - m_rows.cbegin())
                                                           : -1;
}

int UpstreamTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UpstreamTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UpstreamTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UpstreamStatus &t = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(t, column);
    case Qt::ToolTipRole:
        return toolTip(t, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == LastErrorColumn)
            return t.connected ? theme::textMuted() : theme::severityAlarm();
        if (column == PendingColumn && t.pending > 0 && !t.connected)
            return theme::severityWarning();
        return {};
    case TargetIdRole:
        return t.targetId;
    case StatusColorRole:
        return column == StatusColumn ? L::connectedColor(t.connected) : QVariant();
    default:
        return {};
    }
}

QVariant UpstreamTableModel::display(const UpstreamStatus &t, int column) const
{
    switch (column) {
    case NameColumn:
        return t.name;
    case EndpointColumn:
        return t.endpoint;
    case StatusColumn:
        return t.connected ? tr("Connected") : tr("Disconnected");
    case PendingColumn:
        return L::count(static_cast<std::uint64_t>(std::max<std::int64_t>(t.pending, 0)));
    case AckedColumn:
        return L::count(static_cast<std::uint64_t>(std::max<std::int64_t>(t.acked, 0)));
    case OldestPendingColumn:
        if (t.pending <= 0 || t.oldestPendingMs <= 0)
            return L::none();
        return ago(m_nowMs - t.oldestPendingMs);
    case LastAnswerColumn:
        if (t.lastAnswerMs <= 0)
            return L::none();
        // "9014 for QN ..." is shown by its CN; the whole answer is in the tooltip.
        return t.lastAnswer.isEmpty() ? L::shortTime(t.lastAnswerMs)
                                      : QStringLiteral("%1 · %2").arg(L::shortTime(t.lastAnswerMs),
                                                                      answerCode(t.lastAnswer));
    case NextTryColumn:
        if (t.nextTryMs <= 0 || (t.connected && t.pending == 0))
            return L::none();
        return t.nextTryMs <= m_nowMs ? tr("now") : in(t.nextTryMs - m_nowMs);
    case LastErrorColumn:
        return t.lastError;
    }
    return {};
}

QVariant UpstreamTableModel::toolTip(const UpstreamStatus &t, int column) const
{
    switch (column) {
    case OldestPendingColumn:
        return t.oldestPendingMs > 0 ? tr("Queued at %1").arg(Labels::dateTime(t.oldestPendingMs))
                                     : QVariant();
    case LastAnswerColumn:
        return t.lastAnswerMs > 0
                   ? QStringLiteral("%1\n%2").arg(Labels::dateTime(t.lastAnswerMs), t.lastAnswer)
                   : QVariant();
    case NextTryColumn:
        return t.nextTryMs > 0 ? Labels::dateTime(t.nextTryMs) : QVariant();
    case LastErrorColumn:
        return t.lastError.isEmpty() ? QVariant() : t.lastError;
    default:
        return {};
    }
}

QVariant UpstreamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PendingColumn:
            return tr("Packets queued and not yet answered by the platform (kept on disk)");
        case AckedColumn:
            return tr("Packets the platform answered (9014), kept until pruned");
        case OldestPendingColumn:
            return tr("How long the oldest unanswered packet has waited");
        case NextTryColumn:
            return tr("When the next packet is sent or resent (backoff while the platform does "
                      "not answer)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Platform");
    case EndpointColumn:
        return tr("Address");
    case StatusColumn:
        return tr("Connection");
    case PendingColumn:
        return tr("Pending");
    case AckedColumn:
        return tr("Answered");
    case OldestPendingColumn:
        return tr("Oldest pending");
    case LastAnswerColumn:
        return tr("Last answer");
    case NextTryColumn:
        return tr("Next try");
    case LastErrorColumn:
        return tr("Last error");
    }
    return {};
}

} // namespace vocsync::ui
