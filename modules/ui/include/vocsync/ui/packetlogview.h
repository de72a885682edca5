#pragma once

#include "vocsync/acquisition/hj212server.h"

#include <QFrame>
#include <QTimer>

#include <deque>
#include <functional>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

namespace vocsync::ui {

class PacketDetailView;
class PacketFilterModel;
class PacketLogModel;

/// The HJ 212 packet log of the transmitters page: the packets of the selected transmitter
/// (or of all), in and out, newest at the bottom, and the chosen one raw and decoded side by
/// side. Packets are appended every kAppendIntervalMs, not one by one; while paused they are
/// held (the newest PacketLogModel::kCapacity) and shown on resume. Until a row is clicked the
/// detail follows the newest packet received among those shown.
class PacketLogView : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kAppendIntervalMs = 100;
    /// While following, the detail shows the newest incoming packet among this many last rows.
    static constexpr int kFollowScan = 50;
    /// "非甲烷总烃 · mg/m³" for a factor code of a transmitter (MN); empty when unknown.
    using FactorLookup = std::function<QString(const QString &mn, const QString &code)>;

    explicit PacketLogView(QWidget *parent = nullptr);
    ~PacketLogView() override;

    PacketLogModel *model() const { return m_model; }
    /// The rows shown (the log through the filters).
    QAbstractItemModel *visibleModel() const;
    QTableView *table() const { return m_table; }
    PacketDetailView *detail() const { return m_detail; }
    QToolButton *loggingButton() const { return m_logging; }
    bool isLogging() const;
    bool isPaused() const;
    /// The MN whose packets are shown; empty: all.
    QString mnFilter() const;
    /// "12 packets", "12 of 40 packets", as shown.
    QString countText() const;
    void setFactorLookup(FactorLookup lookup);

public slots:
    void appendPacket(const vocsync::acquisition::PacketRecord &packet);
    /// Shows the packets of this transmitter (empty: all), as the transmitter table's
    /// selection asks, unless the user chose to see all.
    void setMn(const QString &mn);
    void setShowAll(bool all);
    void setErrorsOnly(bool on);
    /// Turns logging on or off (as the button does); emits packetLoggingChanged on a change.
    void setLogging(bool on);
    void setPaused(bool paused);
    void clear();
    /// Moves the held packets into the log now (the timer calls it).
    void flush();
    /// Shows the packet of this visible row in the detail pane (and stops following).
    void selectRow(int row);

signals:
    void packetLoggingChanged(bool on);

private:
    QWidget *createToolBar();
    void updateCount();
    void updateDetail();

    PacketLogModel *m_model;
    PacketFilterModel *m_filter;
    QTableView *m_table;
    PacketDetailView *m_detail;
    QToolButton *m_logging = nullptr;
    QToolButton *m_pause = nullptr;
    QComboBox *m_scope = nullptr;
    QToolButton *m_errorsOnly = nullptr;
    QLabel *m_count = nullptr;
    QString m_mn;
    bool m_following = true;
    std::deque<acquisition::PacketRecord> m_pending;
    QTimer m_appendTimer;
};

} // namespace vocsync::ui
