#pragma once

#include "vocsync/acquisition/hj212server.h"
#include "vocsync/core/plant.h"
#include "vocsync/sync/upstreamforwarder.h"
#include "vocsync/ui/packetlogview.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace vocsync::ui {

class ElidedLabel;
class TransmitterTableModel;
class UpstreamTableModel;

/// The transmitters page (数采仪 / HJ 212): the registered transmitters with their connection
/// and counters, commands to the selected one (clock, real-time interval, history) with their
/// outcome, its packet log raw and decoded, and the state of the upstream platforms' queues.
///
/// Like the devices page it never calls the server or the forwarder itself: it asks by
/// signals (the *Requested signals, packetLoggingChanged) and is told by slots, so it can be
/// connected to services on other threads with queued connections — connectServer() and
/// connectForwarder() do exactly that.
class TransmittersPage : public QWidget
{
    Q_OBJECT
public:
    /// UTC ms; the station's clock that "Set clock" sends.
    using Clock = std::function<std::int64_t()>;

    explicit TransmittersPage(const Plant &plant = {}, QWidget *parent = nullptr);
    ~TransmittersPage() override;

    TransmitterTableModel *model() const { return m_model; }
    UpstreamTableModel *upstreamModel() const { return m_upstream; }
    QTableView *table() const { return m_table; }
    QTableView *upstreamTable() const { return m_upstreamTable; }
    PacketLogView *packetLog() const { return m_packetLog; }
    QString selectedMn() const;
    void selectTransmitter(const QString &mn);
    void setClock(Clock clock);
    void setFactorLookup(PacketLogView::FactorLookup lookup);

    /// "4 transmitters: 3 online · 1 offline" as shown above the table.
    QString summary() const;
    /// The listening state in the header ("Listening on port 9212").
    QString listenText() const;
    /// The line beside the command buttons: the selected transmitter's newest command outcome
    /// (or what the buttons would do); and every outcome, newest first, with its transmitter.
    QString commandText() const;
    const QStringList &commandHistory() const { return m_commandHistory; }
    /// The newest rejection shown ("Rejected from 10.0.0.5:5123: unknown MN ...").
    QString rejectionText() const;

    /// Wires the page to a server living on another thread: status, packets, outcomes and
    /// rejections come by queued connections; commands and packet logging go the same way.
    /// The statuses the server already has are fetched once.
    void connectServer(acquisition::Hj212Server *server);
    /// Wires the upstream panel to a forwarder on another thread, likewise.
    void connectForwarder(sync::UpstreamForwarder *forwarder);

public slots:
    void setPlant(const vocsync::Plant &plant);
    void setTransmitters(const QList<vocsync::acquisition::TransmitterStatus> &transmitters);
    void updateTransmitter(const vocsync::acquisition::TransmitterStatus &status);
    void appendPacket(const vocsync::acquisition::PacketRecord &packet);
    void showCommandResult(const vocsync::acquisition::CommandResult &result);
    void setUpstreamTargets(const QList<vocsync::sync::UpstreamStatus> &targets);
    void updateUpstream(const vocsync::sync::UpstreamStatus &status);
    /// The server listens on `port` (0: it does not; `error` says why).
    void setListening(quint16 port, const QString &error);
    void showRejected(const QString &mn, const QString &peer, const QString &reason, bool alarm);

    /// The command buttons: each asks for the selected transmitter.
    void getTime();
    void setTime();
    void getRtdInterval();
    void setRtdInterval();
    void requestHistory(int cn, std::int64_t fromMs, std::int64_t toMs);
    /// Asks for the kind and range of history in a dialog, then requestHistory().
    void openHistoryDialog();

signals:
    void getTimeRequested(const QString &mn);
    void setTimeRequested(const QString &mn, qint64 utcMs);
    void getRtdIntervalRequested(const QString &mn);
    void setRtdIntervalRequested(const QString &mn, int seconds);
    void historyRequested(const QString &mn, int cn, qint64 fromMs, qint64 toMs);
    void packetLoggingChanged(bool on);

private:
    /// The look the page's tables share: rows selected whole, fixed row height, no grid.
    static void setUpTable(QTableView *table);
    QWidget *createSummaryBar();
    QWidget *createCommandBar();
    QWidget *createUpstreamPanel();
    void fitColumns();
    void fitContentColumns();
    void fitUpstreamColumns();
    void updateSummary();
    void updateCommands();
    void updateUpstreamSummary();
    void commandSent(const QString &what);
    enum class Outcome { Hint, Ok, Failed };
    void showCommandLine(const QString &text, Outcome outcome);
    void tick();

    Plant m_plant;
    TransmitterTableModel *m_model;
    UpstreamTableModel *m_upstream;
    QTableView *m_table;
    QTableView *m_upstreamTable = nullptr;
    PacketLogView *m_packetLog;
    QLabel *m_listen = nullptr;
    QLabel *m_summary = nullptr;
    ElidedLabel *m_rejection = nullptr;
    ElidedLabel *m_commandResult = nullptr;
    QLabel *m_upstreamSummary = nullptr;
    QLabel *m_upstreamEmpty = nullptr;
    QPushButton *m_getTime = nullptr;
    QPushButton *m_setTime = nullptr;
    QPushButton *m_getInterval = nullptr;
    QPushButton *m_setInterval = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_history = nullptr;
    QStringList m_commandHistory;
    QHash<QString, QPair<QString, bool>> m_lastResult; ///< MN -> outcome line, ok
    Clock m_clock;
    QTimer m_tick;
};

} // namespace vocsync::ui
