#pragma once

#include "vocsync/acquisition/samplesource.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/sample.h"

#include <QMainWindow>
#include <QTimer>

namespace vocsync::ui {

class HistoryLoader;
class OverviewPage;
class PlantStatusModel;
class SideBar;
class StatusPanel;
class TrendPage;

/// The workstation's shell: navigation on the left, the pages in a stack, menus and the
/// status bar. It knows the plant and the database path; samples, link states and backfill
/// progress are pushed in by whoever composes the program (AppContext, or a test).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Overview, Trend };

    MainWindow(const Plant &plant, const QString &dbPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    PlantStatusModel *statusModel() const { return m_model; }
    void showPage(Page page);
    Page currentPage() const;
    /// Switches to the trend page and shows the facility.
    void showFacilityTrend(const QString &facilityId);
    QString trendFacilityId() const;
    /// True once the trend chart shows stored or live data of its facility.
    bool trendHasData() const;

public slots:
    void addSamples(const vocsync::SampleBatch &batch);
    void setLinkState(vocsync::acquisition::LinkState state, const QString &detail);
    void setBackfillProgress(int percent);
    void setBackfillFinished(bool ok, const QString &message);

signals:
    /// The trend chart finished loading stored history.
    void trendLoaded();

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

    QString m_dbPath;
    PlantStatusModel *m_model;
    HistoryLoader *m_latest;
    SideBar *m_sideBar;
    OverviewPage *m_overview;
    TrendPage *m_trend;
    StatusPanel *m_status;
    QTimer m_clock;
};

} // namespace vocsync::ui
