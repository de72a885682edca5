#include "statuspanel.h"

#include "vocsync/ui/labels.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

namespace vocsync::ui {

namespace {
QString dot(const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">●</span>").arg(color.name());
}
} // namespace

StatusPanel::StatusPanel(QStatusBar *bar, const QString &dbPath)
    : QObject(bar), m_database(new QLabel(bar)), m_link(new QLabel(bar)),
      m_rateLabel(new QLabel(bar)), m_backfillLabel(new QLabel(bar)),
      m_backfill(new QProgressBar(bar)), m_dbName(QFileInfo(dbPath).fileName())
{
    bar->setSizeGripEnabled(false);
    m_database->setText(tr("Database: %1").arg(m_dbName));
    m_database->setToolTip(QFileInfo(dbPath).absoluteFilePath());
    m_link->setTextFormat(Qt::RichText);
    m_backfill->setRange(0, 100);
    m_backfill->setFixedWidth(160);
    m_backfill->setTextVisible(true);
    m_backfillLabel->setText(tr("Backfilling history"));
    m_backfill->hide();
    m_backfillLabel->hide();
    bar->addWidget(m_database);
    bar->addWidget(m_backfillLabel);
    bar->addWidget(m_backfill);
    bar->addPermanentWidget(m_rateLabel);
    bar->addPermanentWidget(m_link);
    setLinkState(acquisition::LinkState::Disconnected, tr("no live source"));
    tick(0);
}

void StatusPanel::setLinkState(acquisition::LinkState state, const QString &detail)
{
    const QString text = detail.isEmpty()
                             ? tr("Acquisition: %1").arg(Labels::linkState(state))
                             : tr("Acquisition: %1 (%2)").arg(Labels::linkState(state), detail);
    m_link->setText(dot(Labels::linkStateColor(state)) + QLatin1Char(' ') + text.toHtmlEscaped());
}

void StatusPanel::countSamples(std::int64_t count, std::int64_t nowMs)
{
    m_meter.add(count, nowMs);
}

void StatusPanel::tick(std::int64_t nowMs)
{
    m_rate = m_meter.rate(nowMs);
    m_rateLabel->setText(tr("Incoming: %1 samples/s").arg(QLocale().toString(m_rate, 'f', 1)));
}

void StatusPanel::setBackfillProgress(int percent)
{
    m_backfillLabel->show();
    m_backfill->show();
    m_backfill->setValue(percent);
}

void StatusPanel::setBackfillFinished(bool ok, const QString &message)
{
    m_backfill->hide();
    m_backfillLabel->hide();
    if (!ok)
        m_database->setText(tr("Database: %1 — backfill failed: %2").arg(m_dbName, message));
}

} // namespace vocsync::ui
