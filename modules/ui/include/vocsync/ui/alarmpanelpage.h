#pragma once

#include "vocsync/alarms/alarm.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QList>
#include <QWidget>

#include <cstdint>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace vocsync::alarms {
class AlarmEngine;
}

namespace vocsync::ui {

class AlarmDetailView;
class AlarmFilterModel;
class AlarmTableModel;
class KpiCard;

/// The alarm panel: every alarm not yet back to normal, newest first, with filters, the
/// details of the selected one, and the operator's actions (acknowledge with a comment, shelve
/// for 1 h / 8 h / to the end of the shift, unshelve, open the facility's trend). Changes go
/// through the AlarmEngine; the table follows the engine's signals.
class AlarmPanelPage : public QWidget
{
    Q_OBJECT
public:
    AlarmPanelPage(alarms::AlarmEngine *engine, const Plant &plant, QWidget *parent = nullptr);

    AlarmTableModel *model() const { return m_model; }
    AlarmFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }

    void setNow(std::int64_t nowMs);
    /// Selects the alarm's row (clearing filters that hide it) and scrolls to it.
    void selectAlarm(qint64 alarmId);
    QList<qint64> selectedAlarmIds() const;
    /// Selects the top row when nothing is selected (so the details show something).
    void selectFirstIfNone();

    /// The actions without dialogs; each stops at the first error and returns it.
    Status acknowledgeAlarms(const QList<qint64> &ids, const QString &user, const QString &comment);
    Status shelveAlarms(const QList<qint64> &ids, std::int64_t untilMs, const QString &user,
                        const QString &reason);
    Status unshelveAlarms(const QList<qint64> &ids, const QString &user);

public slots:
    /// Opens the acknowledge dialog for the selected alarms.
    void acknowledgeSelected();
    /// Opens the shelve dialog for the selected alarms, with the choice preselected.
    void shelveSelected(int choice);
    void unshelveSelected();

signals:
    void trendRequested(const QString &facilityId);

private:
    QWidget *createFilterBar();
    QWidget *createActions();
    void updateSummary();
    void updateActions();
    void showError(const Status &status);
    QString selectionSummary(const QList<qint64> &ids) const;

    alarms::AlarmEngine *m_engine;
    AlarmTableModel *m_model;
    AlarmFilterModel *m_filter;
    QTableView *m_table;
    AlarmDetailView *m_detail;
    KpiCard *m_alarmCount;
    KpiCard *m_warningCount;
    KpiCard *m_unackCount;
    KpiCard *m_shelvedCount;
    QComboBox *m_level = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_enterprise = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_ack = nullptr;
    QToolButton *m_shelve = nullptr;
    QPushButton *m_unshelve = nullptr;
    QPushButton *m_trend = nullptr;
    std::int64_t m_nowMs = 0;
};

} // namespace vocsync::ui
