// GUI smoke test: a station database with a few hours of demo-plant history, the main window
// opened on it (the ui-level entry point, no app/), a facility's trend loaded from storage,
// live samples appended, a zoom-out to a rollup level, and a screenshot.
#include "vocsync/acquisition/demoplant.h"
#include "vocsync/storage/connection.h"
#include "vocsync/storage/plantrepository.h"
#include "vocsync/storage/samplewriter.h"
#include "vocsync/ui/appearance.h"
#include "vocsync/ui/mainwindow.h"
#include "vocsync/ui/models/plantstatusmodel.h"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>

#include <cmath>

using namespace vocsync;

namespace {
constexpr std::int64_t kHistoryMs = 3 * 3600'000;
// The scrubber's induced-draft fan runs around the clock in the demo plant.
const QString kFacility = QStringLiteral("E03-F07");

struct Range
{
    int count = 0;
    double min = INFINITY;
    double max = -INFINITY;
    double minKey = INFINITY;
    double maxKey = -INFINITY;
};

Range finiteRange(QCPGraph *graph)
{
    Range r;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        if (std::isnan(it->value))
            continue;
        ++r.count;
        r.min = std::min(r.min, it->value);
        r.max = std::max(r.max, it->value);
        r.minKey = std::min(r.minKey, it->key);
        r.maxKey = std::max(r.maxKey, it->key);
    }
    return r;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trendShowsStoredHistory();
    void liveSamplesAreAppended();
    void zoomOutUsesRollupBand();
    void wheelZoomKeepsFollowing();
    void panIntoHistoryReadsRawLevel();
    void statusBarShowsBackfillAndLink();
    void overviewShowsLatestState();
    void screenshot();
    void settingsDialogShowsDatabase();
    void cleanupTestCase();

private:
    QCustomPlot *plot() const
    {
        return m_window->findChild<QCustomPlot *>(QStringLiteral("trendPlot"));
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    Plant m_plant;
    std::int64_t m_nowMs = 0;
    std::unique_ptr<acquisition::DemoSimulator> m_simulator;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("VocSyncTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    qRegisterMetaType<SampleBatch>();
    ui::applyAppearance(*qobject_cast<QApplication *>(QCoreApplication::instance()));

    m_dbPath = m_dir.filePath(QStringLiteral("station.db"));
    {
        Result<storage::Connection> conn = storage::Connection::open(m_dbPath);
        QVERIFY2(conn.ok(), qPrintable(conn.error().toString()));
        const Status saved =
            storage::plantrepository::save(conn.value().db(), acquisition::demoPlant());
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        Result<Plant> loaded = storage::plantrepository::load(conn.value().db());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        m_plant = loaded.value();
    }
    QVERIFY(m_plant.facility(kFacility));

    m_nowMs = QDateTime::currentMSecsSinceEpoch() / 10000 * 10000;
    m_simulator = std::make_unique<acquisition::DemoSimulator>(m_plant);
    storage::SampleWriter writer(m_dbPath);
    const Status started = writer.start();
    QVERIFY2(started.ok(), qPrintable(started.error().toString()));
    qint64 written = 0;
    m_simulator->generate(m_nowMs - kHistoryMs, m_nowMs + 1,
                          [&](SampleBatch &&batch, std::int64_t) {
                              written += static_cast<qint64>(batch.size());
                              writer.enqueue(std::move(batch));
                              return true;
                          });
    const Status compacted = writer.compactAll();
    QVERIFY2(compacted.ok(), qPrintable(compacted.error().toString()));
    QVERIFY(written > 1000);
    QCOMPARE(writer.stats().committed, quint64(written));
    writer.stop();

    m_window = std::make_unique<ui::MainWindow>(m_plant, m_dbPath);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::trendShowsStoredHistory()
{
    m_window->showFacilityTrend(kFacility);
    QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Trend);
    QCOMPARE(m_window->trendFacilityId(), kFacility);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->trendHasData(), 15000);
    QCustomPlot *p = plot();
    QVERIFY(p);
    QVERIFY(p->graphCount() >= 2);
    const Range current = finiteRange(p->graph(0));
    const Range power = finiteRange(p->graph(1));
    // 24 h view over 3 h of 10 s data: minute level at least, so roughly 180 buckets.
    QVERIFY2(current.count >= 150, qPrintable(QString::number(current.count)));
    QVERIFY(power.count >= 150);
    // A 45 kW fan: tens of amperes at 400 V, never negative, never absurd.
    QVERIFY2(current.min >= 0 && current.max > 5 && current.max < 500,
             qPrintable(QStringLiteral("%1..%2").arg(current.min).arg(current.max)));
    QVERIFY2(power.min >= 0 && power.max > 1 && power.max < 100,
             qPrintable(QStringLiteral("%1..%2").arg(power.min).arg(power.max)));
    // Keys are UTC seconds inside the stored period.
    const double from = (m_nowMs - kHistoryMs) / 1000.0;
    QVERIFY(current.minKey >= from - 60 && current.maxKey <= m_nowMs / 1000.0 + 60);
    QVERIFY(current.maxKey > m_nowMs / 1000.0 - 300);
}

void TestMainWindow::liveSamplesAreAppended()
{
    QCustomPlot *p = plot();
    const int before = p->graph(0)->dataCount();
    const std::int64_t t = m_nowMs + 10000;
    const SampleBatch live = m_simulator->samplesAt(t);
    QVERIFY(!live.empty());
    m_window->addSamples(live);
    QCOMPARE(p->graph(0)->dataCount(), before + 1);
    // Keys are sorted; the newest rollup bucket is drawn at its middle, so look the key up.
    const auto it = p->graph(0)->data()->findBegin(t / 1000.0, false);
    QVERIFY(it != p->graph(0)->data()->constEnd());
    QCOMPARE(it->key, t / 1000.0);
    QVERIFY(it->value >= 0 && it->value < 500);
}

void TestMainWindow::zoomOutUsesRollupBand()
{
    const QList<QPushButton *> ranges =
        m_window->findChildren<QPushButton *>(QStringLiteral("rangeButton"));
    QCOMPARE(ranges.size(), 4);
    QTest::mouseClick(ranges.at(2), Qt::LeftButton); // 7 days
    QCustomPlot *p = plot();
    QTRY_COMPARE_WITH_TIMEOUT(qRound(p->xAxis->range().size() / 86400.0), 7, 5000);
    // The band graphs (min/max around the mean) fill once the rollup level is loaded.
    QTRY_VERIFY_WITH_TIMEOUT(p->graphCount() > 3 && p->graph(3)->dataCount() > 0, 15000);
    const Range mean = finiteRange(p->graph(0));
    const Range max = finiteRange(p->graph(2));
    const Range min = finiteRange(p->graph(3));
    QVERIFY(mean.count > 0);
    QVERIFY(max.max >= mean.max);
    QVERIFY(min.min <= mean.min);
}

void TestMainWindow::wheelZoomKeepsFollowing()
{
    QCustomPlot *p = plot();
    const double before = p->xAxis->range().size();
    const QPointF at(p->width() / 2.0, p->height() / 2.0);
    QWheelEvent wheel(at, p->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(p, &wheel);
    QCOMPARE(p->xAxis->range().size(), before * 0.85);
    // While following, the zoom is anchored at the right edge: now stays in view.
    QVERIFY(p->xAxis->range().upper > QDateTime::currentMSecsSinceEpoch() / 1000.0);
    auto *live = m_window->findChild<QToolButton *>(QStringLiteral("liveButton"));
    QVERIFY(live && live->isChecked());
}

void TestMainWindow::panIntoHistoryReadsRawLevel()
{
    QCustomPlot *p = plot();
    auto *live = m_window->findChild<QToolButton *>(QStringLiteral("liveButton"));
    // What a drag does: the user moves the axis; one hour, ending an hour ago.
    const double to = m_nowMs / 1000.0 - 3600;
    p->xAxis->setRange(to - 3600, to);
    QVERIFY(!live->isChecked());
    // One hour of 10 s samples: raw level, no band, about 360 points in view.
    QTRY_VERIFY_WITH_TIMEOUT(p->graph(2)->dataCount() == 0 && p->graph(0)->dataCount() > 300,
                             15000);
    const Range current = finiteRange(p->graph(0));
    QVERIFY2(current.minKey <= to - 3500 && current.maxKey >= to - 100,
             qPrintable(QStringLiteral("%1..%2").arg(current.minKey).arg(current.maxKey)));
    // Back to live with the button.
    live->click();
    QVERIFY(live->isChecked());
    QVERIFY(p->xAxis->range().upper > QDateTime::currentMSecsSinceEpoch() / 1000.0);
}

void TestMainWindow::statusBarShowsBackfillAndLink()
{
    auto *progress = m_window->findChild<QProgressBar *>();
    QVERIFY(progress);
    QVERIFY(!progress->isVisible());
    m_window->setBackfillProgress(42);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->value(), 42);
    m_window->setBackfillFinished(true, {});
    QVERIFY(!progress->isVisible());
    m_window->setLinkState(acquisition::LinkState::Connected, QStringLiteral("test source"));
    bool found = false;
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        found = found || label->text().contains(QStringLiteral("Connected (test source)"));
    QVERIFY(found);
}

void TestMainWindow::overviewShowsLatestState()
{
    // The newest stored samples are seconds old: the model shows real states, not "no data".
    ui::PlantStatusModel *model = m_window->statusModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->facilityState(kFacility) != RunState::Unknown, 10000);
    QVERIFY(model->summary().noData <
            model->summary().productionTotal + model->summary().treatmentTotal);
    m_window->showPage(ui::MainWindow::Page::Overview);
    QCOMPARE(m_window->currentPage(), ui::MainWindow::Page::Overview);
}

void TestMainWindow::screenshot()
{
    m_window->showFacilityTrend(kFacility);
    QTest::qWait(200);
    const QString file = m_dir.filePath(QStringLiteral("main-window.png"));
    QVERIFY(m_window->grab().save(file));
    QImage image(file);
    QCOMPARE(image.size(), m_window->size());
    qInfo("screenshot: %s", qPrintable(file));
}

void TestMainWindow::settingsDialogShowsDatabase()
{
    QAction *settings = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text().startsWith(QStringLiteral("&Settings")))
            settings = a;
    }
    QVERIFY(settings);
    bool seen = false;
    // exec() blocks: inspect and close the dialog from the event loop it runs.
    QTimer::singleShot(200, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        for (QLineEdit *field : dialog->findChildren<QLineEdit *>()) {
            if (field->text().endsWith(QStringLiteral("station.db")))
                seen = field->isReadOnly();
        }
        dialog->grab().save(m_dir.filePath(QStringLiteral("settings.png")));
        dialog->reject();
    });
    settings->trigger();
    QVERIFY(seen);
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
