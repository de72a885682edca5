#include "vocsync/ui/devicereadingview.h"

#include "vocsync/core/timeutil.h"
#include "vocsync/ui/models/devicereadingmodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace vocsync::ui {

namespace {
QString ratio(double r)
{
    return QLocale().toString(r, 'g', 6);
}
} // namespace

DeviceReadingView::DeviceReadingView(QWidget *parent)
    : QWidget(parent), m_model(new DeviceReadingModel(this)), m_caption(new QLabel(this)),
      m_table(new QTableView(this))
{
    m_caption->setObjectName(QStringLiteral("pageSubtitle"));
    m_caption->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("readingTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *h = m_table->horizontalHeader();
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    h->setStretchLastSection(true);
    const QFontMetrics fm(font());
    const int han = fm.horizontalAdvance(QChar(0x4E2D));
    h->resizeSection(DeviceReadingModel::KeyColumn,
                     fm.horizontalAdvance(QStringLiteral("energy_kwh")) + 20);
    h->resizeSection(DeviceReadingModel::NameColumn, 7 * han + 16);
    h->resizeSection(DeviceReadingModel::ValueColumn,
                     fm.horizontalAdvance(QStringLiteral("123456.789 kWh")) + 20);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
}

void DeviceReadingView::setCompact(bool compact)
{
    m_compact = compact;
    m_table->setColumnHidden(DeviceReadingModel::KeyColumn, compact);
    m_table->setColumnHidden(DeviceReadingModel::StatusColumn, compact);
    // A hidden last section would still be the one stretched.
    m_table->horizontalHeader()->setStretchLastSection(!compact);
    m_table->horizontalHeader()->setSectionResizeMode(
        DeviceReadingModel::ValueColumn, compact ? QHeaderView::Stretch : QHeaderView::Interactive);
}

QString DeviceReadingView::caption() const
{
    return m_caption->text();
}

void DeviceReadingView::setReading(const acquisition::Reading &reading)
{
    const bool first = m_model->rowCount() == 0;
    m_model->setReading(reading);
    // Fitted once per table (a test read refreshes it every poll; columns must not jump).
    if (first) {
        for (int c : {DeviceReadingModel::KeyColumn, DeviceReadingModel::NameColumn,
                      DeviceReadingModel::ValueColumn}) {
            if (m_compact && c == DeviceReadingModel::ValueColumn)
                continue; // stretched
            m_table->resizeColumnToContents(c);
            m_table->horizontalHeader()->resizeSection(
                c, std::min(m_table->horizontalHeader()->sectionSize(c) + 6, 180));
        }
    }
    int bad = 0;
    for (const acquisition::ReadingValue &v : reading.values)
        bad += v.ok ? 0 : 1;
    const QString when = QDateTime::fromMSecsSinceEpoch(reading.tMs, timeutil::stationZone())
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QString text = tr("Read at %1 in %2 ms · PT %3 · CT %4")
                       .arg(when)
                       .arg(reading.rttMs)
                       .arg(ratio(reading.ptRatio), ratio(reading.ctRatio));
    if (bad > 0)
        text += tr(" · %n value(s) not decoded", nullptr, bad);
    m_caption->setText(text);
}

void DeviceReadingView::clear(const QString &message)
{
    m_model->clear();
    m_caption->setText(message);
}

} // namespace vocsync::ui
