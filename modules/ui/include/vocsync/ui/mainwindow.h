#pragma once

#include "vocsync/acquisition/samplesource.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/sample.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>

class QStackedWidget;

namespace vocsync::alarms {
class AlarmEngine;
}

namespace vocsync::ui {

class AlarmCenter;
class DevicesPage;
class HistoryLoader;
class OverviewPage;
class PlantStatusModel;
class SideBar;
class StateTimelinePage;
class StatusPanel;
class TransmittersPage;
class TrendPage;

/// The workstation's shell: navigation on the left, the pages in a stack, menus and the
/// status bar. It knows the plant and the database path; samples, link states and backfill
/// progress are pushed in by whoever composes the program (AppContext, or a test).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// In the order of the navigation; the value is the index saved in the settings.
    enum class Page {
        Overview,
        Trend,
        Timeline,
        Alarms,
        AlarmHistory,
        AlarmRules,
        Devices,
        Transmitters
    };
    /// The --page names: "overview", "trend", "timeline", "alarms", "alarm-history",
    /// "alarm-rules", "devices", "transmitters".
    static std::optional<Page> pageFromKey(const QString &key);

    /// `alarms`: the station's alarm engine; without one (tests of the other pages) the window
    /// runs its own, which keeps nothing.
    MainWindow(const Plant &plant, const QString &dbPath, alarms::AlarmEngine *alarms = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    PlantStatusModel *statusModel() const { return m_model; }
    void showPage(Page page);
    Page currentPage() const;
    /// Switches to the trend page and shows the facility.
    void showFacilityTrend(const QString &facilityId);
    QString trendFacilityId() const;
    /// True once the trend chart shows stored or live data of its facility.
    bool trendHasData() const;
    StateTimelinePage *timelinePage() const { return m_timeline; }
    /// The composition root connects it to the meter poller and the plant storage.
    DevicesPage *devicesPage() const { return m_devices; }
    /// The composition root connects it to the HJ 212 server and the upstream forwarder.
    TransmittersPage *transmittersPage() const { return m_transmitters; }
    /// Opens the alarm panel on this alarm.
    void showAlarm(qint64 alarmId);
    /// Loads the current page's data again (timeline analysis, history search); pageRefreshed()
    /// follows once it is shown (at once for pages that need nothing).
    void refreshCurrentPage();

public slots:
    void addSamples(const vocsync::SampleBatch &batch);
    void setLinkState(vocsync::acquisition::LinkState state, const QString &detail);
    void setBackfillProgress(int percent);
    void setBackfillFinished(bool ok, const QString &message);

signals:
    /// The trend chart finished loading stored history.
    void trendLoaded();
    void pageRefreshed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void tick();
    void restoreSettings();
    void saveSettings();
    void openSettings();
    void showAbout();
    void loadLatest();
    void addPage(QWidget *page, const QString &icon, const QString &title);

    QString m_dbPath;
    std::unique_ptr<alarms::AlarmEngine> m_ownEngine;
    PlantStatusModel *m_model;
    HistoryLoader *m_latest;
    SideBar *m_sideBar;
    OverviewPage *m_overview;
    TrendPage *m_trend;
    StateTimelinePage *m_timeline;
    AlarmCenter *m_alarms;
    DevicesPage *m_devices;
    TransmittersPage *m_transmitters;
    QStackedWidget *m_stack;
    QMenu *m_view = nullptr;
    StatusPanel *m_status;
    QTimer m_clock;
};

} // namespace vocsync::ui
