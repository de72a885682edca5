#pragma once

#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace vocsync::acquisition {
class SampleSource;
}
namespace vocsync::storage {
class SampleWriter;
}
namespace vocsync::ui {
class MainWindow;
}

namespace vocsync::gui {

class DemoBackfill;

/// The composition root of the GUI (STYLE.md 1): creates the services and the window,
/// puts the acquisition source on its own thread (the SampleWriter runs its own), connects
/// them with queued signals, and stops them in order on exit. No logic beyond wiring.
class AppContext : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dbPath;
        bool demo = false;
        std::int64_t demoHistoryMs = 0;
    };

    explicit AppContext(Options options, QObject *parent = nullptr);
    ~AppContext() override;

    /// Opens the database (importing the demo plant into an empty one in demo mode), starts
    /// the writer and creates the main window; in demo mode then backfills and goes live.
    Status start();
    ui::MainWindow *window() const { return m_window.get(); }

signals:
    /// Data is on screen: history loaded and, in demo mode, live samples arriving.
    void ready();

private:
    Result<Plant> openPlant();
    void startBackfill();
    void startLive();
    void checkReady();
    void shutdown();

    Options m_options;
    Plant m_plant;
    std::unique_ptr<storage::SampleWriter> m_writer;
    std::unique_ptr<ui::MainWindow> m_window;
    QThread m_acquisitionThread;
    acquisition::SampleSource *m_source = nullptr; ///< lives on m_acquisitionThread
    QThread m_backfillThread;
    DemoBackfill *m_backfill = nullptr; ///< lives on m_backfillThread
    bool m_historyReady = false;
    bool m_liveReady = false;
    int m_liveBatches = 0;
    bool m_readyEmitted = false;
};

} // namespace vocsync::gui
