#pragma once

#include "vocsync/acquisition/devicehealth.h"
#include "vocsync/core/result.h"

#include <QFrame>
#include <QTimer>

#include <deque>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

namespace vocsync::ui {

class FrameFilterModel;
class FrameLogModel;

/// The raw frame log of the devices page: every frame on the lines while logging is on (the
/// poller sends them only then), newest at the bottom, capped at FrameLogModel::kCapacity.
/// Frames are appended every kAppendIntervalMs, not one by one; while paused they are held
/// (the newest kCapacity of them) and shown on resume. Filters by bus and device; the rows
/// shown can be saved as text.
class FrameLogView : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kAppendIntervalMs = 100;

    explicit FrameLogView(QWidget *parent = nullptr);
    ~FrameLogView() override;

    FrameLogModel *model() const { return m_model; }
    /// The rows shown (the log through the filters).
    QAbstractItemModel *visibleModel() const;
    QTableView *table() const { return m_table; }
    QToolButton *loggingButton() const { return m_logging; }
    QToolButton *pauseButton() const { return m_pause; }
    bool isLogging() const;
    bool isPaused() const;
    int heldCount() const { return static_cast<int>(m_pending.size()); }

    /// Empty: any. The combos follow.
    void setBusFilter(const QString &busId);
    void setDeviceFilter(const QString &deviceId);
    /// Writes the rows shown, one frame a line (FrameLogModel::textLine), UTF-8.
    Status saveText(const QString &path) const;

public slots:
    void appendFrame(const vocsync::acquisition::FrameRecord &frame);
    /// Turns logging on or off (as the button does); emits frameLoggingChanged on a change.
    void setLogging(bool on);
    void setPaused(bool paused);
    void clear();
    /// Moves the held frames into the log now (the timer calls it).
    void flush();

signals:
    void frameLoggingChanged(bool on);

private:
    QWidget *createToolBar();
    void refillFilters();
    void updateCount();
    void saveAs();

    FrameLogModel *m_model;
    FrameFilterModel *m_filter;
    QTableView *m_table;
    QToolButton *m_logging = nullptr;
    QToolButton *m_pause = nullptr;
    QComboBox *m_bus = nullptr;
    QComboBox *m_device = nullptr;
    QLabel *m_count = nullptr;
    std::deque<acquisition::FrameRecord> m_pending;
    QTimer m_appendTimer;
};

} // namespace vocsync::ui
