#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <memory>

namespace vocsync::acquisition {
class SampleSource;
}
namespace vocsync::alarms {
class AlarmEngine;
class AlarmStore;
} // namespace vocsync::alarms
namespace vocsync::storage {
class SampleWriter;
}
namespace vocsync::ui {
class MainWindow;
}

namespace vocsync::gui {

class DemoBackfill;
class Hj212Host;
class MeterHost;
class LiveAnalysisHost;

/// The composition root of the GUI (STYLE.md 1): creates the services and the window,
/// puts the acquisition source and the live analysis on their own threads (the SampleWriter
/// runs its own), connects them with queued signals, and stops them in order on exit. Alarms:
/// the AlarmStore on the station database, the AlarmEngine on the GUI thread with the desktop
/// channel (and SMS channels when configured), fed by the analysis' events and the live
/// samples, ticked every second. No logic beyond wiring.
class AppContext : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dbPath;
        bool demo = false;
        std::int64_t demoHistoryMs = 0;
        /// Stored history the analysis learns facility profiles from.
        std::int64_t learnMs = 0;
        /// Stored history replayed through the live analysis at start, so recent anomalies
        /// (and the alarms they raise) are known at once.
        std::int64_t replayMs = 0;
    };

    explicit AppContext(Options options, QObject *parent = nullptr);
    ~AppContext() override;

    /// Opens the database (importing the demo plant into an empty one in demo mode), starts
    /// the writer and creates the main window; in demo mode then backfills and goes live.
    Status start();
    ui::MainWindow *window() const { return m_window.get(); }
    alarms::AlarmEngine *alarmEngine() const { return m_engine.get(); }

signals:
    /// Data is on screen: history loaded, the analysis replayed and, in demo mode, live
    /// samples arriving.
    void ready();

private:
    Result<Plant> openPlant();
    Status openAlarms();
    void seedDemoRules();
    void startBackfill();
    void startLive();
    void startMeters();
    /// The HJ 212 server, its page and upstream forwarding (after the meters: the acquisition
    /// thread runs by then).
    void startHj212();
    /// Samples of `source` to the writer, the window, the alarms and the analysis.
    void connectSource(acquisition::SampleSource *source, bool showsLinkState);
    void startAnalysis();
    void checkReady();
    void shutdown();

    Options m_options;
    Plant m_plant;
    std::unique_ptr<storage::SampleWriter> m_writer;
    std::unique_ptr<alarms::AlarmStore> m_alarmStore;
    std::unique_ptr<alarms::AlarmEngine> m_engine;
    QTimer m_alarmTick;
    std::unique_ptr<ui::MainWindow> m_window;
    QThread m_acquisitionThread;
    acquisition::SampleSource *m_source = nullptr; ///< lives on m_acquisitionThread
    std::unique_ptr<MeterHost> m_meters;
    std::unique_ptr<Hj212Host> m_hj212;
    QThread m_backfillThread;
    DemoBackfill *m_backfill = nullptr; ///< lives on m_backfillThread
    QThread m_analysisThread;
    LiveAnalysisHost *m_analysis = nullptr; ///< lives on m_analysisThread
    bool m_historyReady = false;
    bool m_analysisReady = false;
    bool m_liveReady = false;
    int m_liveBatches = 0;
    bool m_readyEmitted = false;
};

} // namespace vocsync::gui
