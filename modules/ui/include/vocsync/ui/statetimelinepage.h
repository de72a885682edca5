#pragma once

#include "vocsync/core/plant.h"

#include <QDate>
#include <QWidget>

#include <cstdint>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace vocsync::ui {

class KpiCard;
class StateTimelineWidget;
struct DayAnalysis;

/// The run-state timeline of one enterprise's facilities over one station day: a day picker,
/// the bands and events (StateTimelineWidget), the day's sync rate per production facility and
/// for the enterprise, and the list of the day's events. The analysis runs on a worker over the
/// stored samples (DayAnalysis); the GUI thread only draws the result.
class StateTimelinePage : public QWidget
{
    Q_OBJECT
public:
    StateTimelinePage(const QString &dbPath, const Plant &plant, QWidget *parent = nullptr);
    ~StateTimelinePage() override;

    void setEnterprise(const QString &enterpriseId);
    QString enterpriseId() const;
    void setDay(const QDate &day);
    QDate day() const;
    bool isBusy() const;
    StateTimelineWidget *timeline() const { return m_timeline; }
    QTableWidget *events() const { return m_events; }

public slots:
    /// Analyses the chosen enterprise and day again (the day picker and the enterprise
    /// choice call it too).
    void refresh();

signals:
    /// An analysis finished and is shown; `ok` false when it failed (the message is shown).
    void analysisFinished(bool ok);

protected:
    /// The first time the page is shown it analyses the chosen day.
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    void showAnalysis(const DayAnalysis &day);
    void fillEvents(const DayAnalysis &day);
    void startNext();

    struct Worker;
    std::unique_ptr<Worker> m_worker;
    QString m_dbPath;
    Plant m_plant;
    QComboBox *m_enterprise = nullptr;
    QDateEdit *m_day = nullptr;
    QLabel *m_status = nullptr;
    KpiCard *m_sync;
    KpiCard *m_production;
    KpiCard *m_eventCount;
    KpiCard *m_completeness;
    StateTimelineWidget *m_timeline;
    QTableWidget *m_events;
    bool m_pending = false; ///< a request waits for the running one
    bool m_running = false;
    bool m_requested = false; ///< an analysis was asked for at least once ///< an analysis runs or
                              ///< its result is not shown yet
};

} // namespace vocsync::ui
