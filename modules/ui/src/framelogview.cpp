#include "vocsync/ui/framelogview.h"

#include "framefiltermodel.h"
#include "theme.h"
#include "vocsync/core/timeutil.h"
#include "vocsync/ui/models/framelogmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace vocsync::ui {

using acquisition::FrameRecord;

namespace {
QToolButton *toolButton(const QString &text, const char *objectName, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(QLatin1String(objectName));
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}
} // namespace

FrameLogView::FrameLogView(QWidget *parent)
    : QFrame(parent), m_model(new FrameLogModel(this)), m_filter(new FrameFilterModel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("card"));
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("frameTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    // Rows have one height, the log can hold thousands: no per-row size calculation.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *h = m_table->horizontalHeader();
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The hex takes what is left; the note keeps a fixed width at the right end.
    h->setStretchLastSection(false);
    h->setSectionResizeMode(FrameLogModel::BytesColumn, QHeaderView::Stretch);
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics fm(font());
    const int han = fm.horizontalAdvance(QChar(0x4E2D));
    h->resizeSection(FrameLogModel::TimeColumn,
                     fixed.horizontalAdvance(QStringLiteral("00:00:00.000")) + 24);
    h->resizeSection(FrameLogModel::BusColumn,
                     fm.horizontalAdvance(QStringLiteral("/dev/ttyUSB0")) + 16);
    h->resizeSection(FrameLogModel::DeviceColumn,
                     fm.horizontalAdvance(QStringLiteral("PM-0000")) + 16);
    h->resizeSection(FrameLogModel::DirectionColumn, 4 * han);
    h->resizeSection(FrameLogModel::NoteColumn, 10 * han);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(createToolBar());
    layout->addWidget(m_table, 1);

    m_appendTimer.setSingleShot(true);
    m_appendTimer.setInterval(kAppendIntervalMs);
    connect(&m_appendTimer, &QTimer::timeout, this, &FrameLogView::flush);
    connect(m_model, &FrameLogModel::sourcesChanged, this, &FrameLogView::refillFilters);
    updateCount();
}

FrameLogView::~FrameLogView() = default;

QWidget *FrameLogView::createToolBar()
{
    auto *bar = new QWidget(this);

    // The look of the trend page's live toggle (#liveButton, a name that page owns): green
    // while frames are being logged.
    m_logging = toolButton(tr("Log frames"), "frameLogging", bar);
    m_logging->setCheckable(true);
    m_logging->setStyleSheet(
        QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 3px; padding: 4px 10px; "
                       "background: #ffffff; color: %2; }"
                       "QToolButton:checked { background: #e6f4ea; border-color: %3; color: %3; }")
            .arg(theme::border().name(), theme::text().name(), theme::running().name()));
    m_logging->setToolTip(tr("Ask the poller for every frame sent and received on all buses. "
                             "Turn it off when done: logging costs time on a busy station."));
    connect(m_logging, &QToolButton::toggled, this, &FrameLogView::frameLoggingChanged);
    m_pause = toolButton(tr("Pause"), "menuButton", bar);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Freeze the list to read it; new frames are held and shown on resume"));
    connect(m_pause, &QToolButton::toggled, this, &FrameLogView::setPaused);
    QToolButton *clear = toolButton(tr("Clear"), "menuButton", bar);
    connect(clear, &QToolButton::clicked, this, &FrameLogView::clear);
    QToolButton *save = toolButton(tr("Save…"), "menuButton", bar);
    save->setToolTip(tr("Save the frames shown as a .txt file"));
    connect(save, &QToolButton::clicked, this, &FrameLogView::saveAs);

    m_bus = new QComboBox(bar);
    m_bus->setObjectName(QStringLiteral("frameBusFilter"));
    m_bus->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_bus->setMinimumContentsLength(6);
    m_bus->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_bus, &QComboBox::activated, this,
            [this] { setBusFilter(m_bus->currentData().toString()); });
    m_device = new QComboBox(bar);
    m_device->setObjectName(QStringLiteral("frameDeviceFilter"));
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_device->setMinimumContentsLength(6);
    m_device->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_device, &QComboBox::activated, this,
            [this] { setDeviceFilter(m_device->currentData().toString()); });
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("pageSubtitle"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_logging);
    layout->addWidget(m_pause);
    layout->addWidget(clear);
    layout->addSpacing(4);
    layout->addWidget(m_bus);
    layout->addWidget(m_device);
    layout->addSpacing(4);
    layout->addWidget(m_count, 1);
    layout->addWidget(save);
    refillFilters();
    return bar;
}

void FrameLogView::refillFilters()
{
    const auto refill = [](QComboBox *combo, const QString &all, const QStringList &items,
                           const QString &current) {
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &item : items)
            combo->addItem(item, item);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    // A filter on something no longer in the log (after clear) stays until changed.
    QStringList buses = m_model->buses();
    if (!m_filter->bus().isEmpty() && !buses.contains(m_filter->bus()))
        buses.append(m_filter->bus());
    QStringList devices = m_model->deviceIds();
    if (!m_filter->device().isEmpty() && !devices.contains(m_filter->device()))
        devices.append(m_filter->device());
    refill(m_bus, tr("All buses"), buses, m_filter->bus());
    refill(m_device, tr("All devices"), devices, m_filter->device());
}

QAbstractItemModel *FrameLogView::visibleModel() const
{
    return m_filter;
}

bool FrameLogView::isLogging() const
{
    return m_logging->isChecked();
}

bool FrameLogView::isPaused() const
{
    return m_pause->isChecked();
}

void FrameLogView::setBusFilter(const QString &busId)
{
    m_filter->setBus(busId);
    refillFilters();
    updateCount();
}

void FrameLogView::setDeviceFilter(const QString &deviceId)
{
    m_filter->setDevice(deviceId);
    refillFilters();
    updateCount();
}

void FrameLogView::appendFrame(const FrameRecord &frame)
{
    m_pending.push_back(frame);
    // Held frames are a ring too: a long pause keeps only what the log could show.
    if (m_pending.size() > static_cast<size_t>(FrameLogModel::kCapacity))
        m_pending.pop_front();
    if (isPaused()) {
        updateCount();
        return;
    }
    if (!m_appendTimer.isActive())
        m_appendTimer.start();
}

void FrameLogView::flush()
{
    m_appendTimer.stop();
    if (m_pending.empty() || isPaused())
        return;
    QScrollBar *scroll = m_table->verticalScrollBar();
    const bool atBottom = scroll->value() >= scroll->maximum() - 2;
    m_model->append(QList<FrameRecord>(m_pending.cbegin(), m_pending.cend()));
    m_pending.clear();
    if (atBottom)
        m_table->scrollToBottom();
    updateCount();
}

void FrameLogView::setLogging(bool on)
{
    m_logging->setChecked(on);
}

void FrameLogView::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused) {
        m_pause->setChecked(paused); // comes back here through toggled
        return;
    }
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused)
        flush();
    updateCount();
}

void FrameLogView::clear()
{
    m_pending.clear();
    m_model->clear();
    updateCount();
}

void FrameLogView::updateCount()
{
    QString text = tr("%n frame(s)", nullptr, m_filter->rowCount());
    if (m_filter->rowCount() != m_model->rowCount())
        text = tr("%1 of %2").arg(text, QLocale().toString(m_model->rowCount()));
    if (isPaused() && !m_pending.empty())
        text = tr("%1 · %n new held while paused", nullptr, static_cast<int>(m_pending.size()))
                   .arg(text);
    m_count->setText(text);
}

Status FrameLogView::saveText(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error{file.errorString(), path};
    QByteArray text;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
        text += FrameLogModel::textLine(m_model->frame(source.row())).toUtf8();
        text += '\n';
    }
    if (file.write(text) != text.size() || !file.commit())
        return Error{file.errorString(), path};
    return {};
}

void FrameLogView::saveAs()
{
    const QString suggested = QStringLiteral("frames-%1.txt")
                                  .arg(QDateTime::currentDateTimeUtc()
                                           .toTimeZone(timeutil::stationZone())
                                           .toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save frame log"), suggested,
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveText(path); !saved)
        QMessageBox::warning(
            this, tr("Save frame log"),
            tr("The frame log could not be saved: %1").arg(saved.error().toString()));
}

} // namespace vocsync::ui
