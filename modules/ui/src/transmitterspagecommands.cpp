// TransmittersPage, part 2: the command bar (clock, real-time interval, history) for the
// selected transmitter, and the outcomes of the commands.
#include "vocsync/ui/transmitterspage.h"

#include "elidedlabel.h"
#include "historyrequestdialog.h"
#include "theme.h"
#include "transmitterlabels.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/hj212/messages.h"
#include "vocsync/ui/labels.h"
#include "vocsync/ui/models/transmittertablemodel.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vocsync::ui {

using acquisition::CommandResult;
using L = TransmitterLabels;

namespace {
/// HJ 212-2017 Table 4: RtdInterval 30 <= n <= 3600 seconds.
constexpr int kMinRtdIntervalS = 30;
constexpr int kMaxRtdIntervalS = 3600;
constexpr int kHistoryKept = 20;

QPushButton *commandButton(const QString &text, const char *objectName, const QString &tip,
                           QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    b->setToolTip(tip);
    return b;
}
} // namespace

QWidget *TransmittersPage::createCommandBar()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    m_getTime = commandButton(tr("Read clock"), "commandGetTime",
                              tr("Ask the transmitter for its clock (CN 1011)"), card);
    connect(m_getTime, &QPushButton::clicked, this, &TransmittersPage::getTime);
    m_setTime = commandButton(tr("Set clock"), "commandSetTime",
                              tr("Set the transmitter's clock to the station's (CN 1012)"), card);
    connect(m_setTime, &QPushButton::clicked, this, &TransmittersPage::setTime);
    m_getInterval =
        commandButton(tr("Read interval"), "commandGetInterval",
                      tr("Ask the transmitter for its real-time data interval (CN 1061)"), card);
    connect(m_getInterval, &QPushButton::clicked, this, &TransmittersPage::getRtdInterval);
    m_interval = new QSpinBox(card);
    m_interval->setObjectName(QStringLiteral("commandInterval"));
    m_interval->setRange(kMinRtdIntervalS, kMaxRtdIntervalS);
    m_interval->setValue(60);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("Real-time data interval, %1 to %2 seconds (HJ 212-2017)")
                               .arg(kMinRtdIntervalS)
                               .arg(kMaxRtdIntervalS));
    m_setInterval = commandButton(tr("Set interval"), "commandSetInterval",
                                  tr("Set the real-time data interval (CN 1062)"), card);
    connect(m_setInterval, &QPushButton::clicked, this, &TransmittersPage::setRtdInterval);
    m_history = commandButton(tr("Request history…"), "commandHistory",
                              tr("Ask for the minute, hour or day data of a time range (CN 2051, "
                                 "2061, 2031)"),
                              card);
    connect(m_history, &QPushButton::clicked, this, &TransmittersPage::openHistoryDialog);
    m_commandResult = new ElidedLabel(card);
    m_commandResult->setObjectName(QStringLiteral("commandResult"));

    auto *layout = new QHBoxLayout(card);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    layout->addWidget(m_getTime);
    layout->addWidget(m_setTime);
    layout->addSpacing(10);
    layout->addWidget(m_getInterval);
    layout->addWidget(m_interval);
    layout->addWidget(m_setInterval);
    layout->addSpacing(10);
    layout->addWidget(m_history);
    layout->addSpacing(16);
    layout->addWidget(m_commandResult, 1);
    return card;
}

void TransmittersPage::updateCommands()
{
    const QString mn = selectedMn();
    const acquisition::TransmitterStatus *t = m_model->transmitter(mn);
    const bool online = t && t->connected;
    for (QWidget *w : {static_cast<QWidget *>(m_getTime), static_cast<QWidget *>(m_setTime),
                       static_cast<QWidget *>(m_getInterval), static_cast<QWidget *>(m_interval),
                       static_cast<QWidget *>(m_setInterval), static_cast<QWidget *>(m_history)})
        w->setEnabled(online);
    // The selected transmitter's newest outcome, else what the buttons would do.
    if (const auto last = m_lastResult.constFind(mn); last != m_lastResult.constEnd()) {
        showCommandLine(last->first, last->second ? Outcome::Ok : Outcome::Failed);
        return;
    }
    const QString name = !t ? QString() : t->name.isEmpty() ? t->mn : t->name;
    showCommandLine(!t       ? tr("Select a transmitter to send it commands")
                    : online ? tr("Commands go to %1").arg(name)
                             : tr("%1 is not connected: no commands").arg(name),
                    Outcome::Hint);
}

void TransmittersPage::showCommandLine(const QString &text, Outcome outcome)
{
    m_commandResult->setFullText(text);
    const QColor color = outcome == Outcome::Ok       ? theme::running()
                         : outcome == Outcome::Failed ? theme::severityAlarm()
                                                      : theme::textMuted();
    m_commandResult->setStyleSheet(
        QStringLiteral("color: %1;%2")
            .arg(color.name(),
                 outcome == Outcome::Hint ? QString() : QStringLiteral(" font-weight: 600;")));
    if (!m_commandHistory.isEmpty())
        m_commandResult->setToolTip(m_commandHistory.join(QLatin1Char('\n')));
}

void TransmittersPage::commandSent(const QString &what)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(m_clock(), timeutil::stationZone())
                             .toString(QStringLiteral("HH:mm:ss"));
    m_lastResult.remove(selectedMn());
    showCommandLine(
        tr("%1 · %2: sent to %3, waiting for the answer…").arg(when, what, selectedMn()),
        Outcome::Hint);
}

void TransmittersPage::getTime()
{
    const QString mn = selectedMn();
    if (mn.isEmpty())
        return;
    commandSent(L::command(hj212::cn::GetTime));
    emit getTimeRequested(mn);
}

void TransmittersPage::setTime()
{
    const QString mn = selectedMn();
    if (mn.isEmpty())
        return;
    commandSent(L::command(hj212::cn::SetTime));
    emit setTimeRequested(mn, m_clock());
}

void TransmittersPage::getRtdInterval()
{
    const QString mn = selectedMn();
    if (mn.isEmpty())
        return;
    commandSent(L::command(hj212::cn::GetRtdInterval));
    emit getRtdIntervalRequested(mn);
}

void TransmittersPage::setRtdInterval()
{
    const QString mn = selectedMn();
    if (mn.isEmpty())
        return;
    commandSent(L::command(hj212::cn::SetRtdInterval));
    emit setRtdIntervalRequested(mn, m_interval->value());
}

void TransmittersPage::requestHistory(int cn, std::int64_t fromMs, std::int64_t toMs)
{
    const QString mn = selectedMn();
    if (mn.isEmpty() || fromMs >= toMs)
        return;
    commandSent(tr("%1 from %2 to %3")
                    .arg(L::command(cn), Labels::dateTime(fromMs), Labels::dateTime(toMs)));
    emit historyRequested(mn, cn, fromMs, toMs);
}

void TransmittersPage::openHistoryDialog()
{
    const acquisition::TransmitterStatus *t = m_model->transmitter(selectedMn());
    if (!t)
        return;
    HistoryRequestDialog dialog(t->name.isEmpty() ? t->mn : t->name, m_clock(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    requestHistory(dialog.cn(), dialog.fromMs(), dialog.toMs());
}

void TransmittersPage::showCommandResult(const CommandResult &result)
{
    const std::int64_t now = m_clock();
    const QString when = QDateTime::fromMSecsSinceEpoch(now, timeutil::stationZone())
                             .toString(QStringLiteral("HH:mm:ss"));
    const QString line =
        tr("%1 · %2: %3").arg(when, L::command(result.cn), L::commandOutcome(result, now));
    const acquisition::TransmitterStatus *t = m_model->transmitter(result.mn);
    const QString who = t && !t->name.isEmpty() ? t->name : result.mn;
    m_commandHistory.prepend(tr("%1 (%2)").arg(line, who));
    if (m_commandHistory.size() > kHistoryKept)
        m_commandHistory.removeLast();
    m_lastResult.insert(result.mn, {line, result.ok});
    if (result.ok && result.cn == hj212::cn::GetRtdInterval && result.rtdIntervalS > 0)
        m_interval->setValue(result.rtdIntervalS);
    if (result.mn == selectedMn())
        showCommandLine(line, result.ok ? Outcome::Ok : Outcome::Failed);
    else if (!m_commandHistory.isEmpty())
        m_commandResult->setToolTip(m_commandHistory.join(QLatin1Char('\n')));
}

QString TransmittersPage::commandText() const
{
    return m_commandResult->fullText();
}

} // namespace vocsync::ui
