#include "devicedetailview.h"

#include "devicelabels.h"
#include "vocsync/ui/devicereadingview.h"
#include "vocsync/ui/labels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QLocale>
#include <QVBoxLayout>

namespace vocsync::ui {

using acquisition::DeviceHealth;

namespace {
/// Label/value lines; labels and short values do not wrap (a date split over two lines is
/// hard to read), long ones (errors, details) do.
class FieldTable
{
public:
    void add(const QString &label, const QString &value, const QString &color = {})
    {
        const QString v = value.isEmpty() ? DeviceLabels::none() : value.toHtmlEscaped();
        QString style = color.isEmpty() ? QString() : QStringLiteral("color:%1; ").arg(color);
        if (value.size() <= 24)
            style += QStringLiteral("white-space:nowrap; ");
        m_rows += QStringLiteral("<tr><td style='color:#616e7c; white-space:nowrap; "
                                 "padding:1px 10px 1px 0'>%1</td>"
                                 "<td style='%2padding:1px 0'>%3</td></tr>")
                      .arg(label.toHtmlEscaped(), style, v);
    }
    QString html() const { return QStringLiteral("<table cellspacing='0'>%1</table>").arg(m_rows); }

private:
    QString m_rows;
};

QString count(std::uint64_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}
} // namespace

DeviceDetailView::DeviceDetailView(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_body(new QLabel(this)),
      m_readings(new DeviceReadingView(this))
{
    setObjectName(QStringLiteral("card"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setMinimumWidth(210);
    m_readings->setCompact(true);
    // The health text grows with a last error: it scrolls rather than being cut off.
    auto *bodyScroll = new QScrollArea(this);
    bodyScroll->setFrameShape(QFrame::NoFrame);
    bodyScroll->setWidgetResizable(true);
    bodyScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    bodyScroll->setWidget(m_body);
    bodyScroll->setMinimumWidth(230);
    bodyScroll->viewport()->setAutoFillBackground(false);
    m_body->setAutoFillBackground(false);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(14);
    columns->addWidget(bodyScroll, 0);
    columns->addWidget(m_readings, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);
    showNothing();
}

QString DeviceDetailView::title() const
{
    return m_title->text();
}

QString DeviceDetailView::body() const
{
    return m_body->text();
}

void DeviceDetailView::showNothing()
{
    m_title->setText(tr("No device selected"));
    m_body->setText(tr("Select a device or a bus in the list to see its health and its last "
                       "reading."));
    m_readings->clear(QString());
}

void DeviceDetailView::showDevice(const Device &device, const QString &modelName,
                                  const std::optional<DeviceHealth> &health,
                                  const acquisition::Reading *reading, bool testing)
{
    const QString id = device.id.toHtmlEscaped();
    m_title->setText(modelName.isEmpty() ? id : tr("%1 · %2").arg(id, modelName.toHtmlEscaped()));
    FieldTable t;
    if (!device.isPolled()) {
        t.add(tr("Protocol"), DeviceLabels::protocol(device.protocol));
        t.add(tr("Status"), DeviceLabels::none());
        m_body->setText(t.html() + QStringLiteral("<p style='color:#616e7c'>%1</p>")
                                       .arg(tr("The station does not poll this device: its data is "
                                               "simulated or sent in over HJ 212.")
                                                .toHtmlEscaped()));
        m_readings->clear(QString());
        return;
    }
    const DeviceHealth::Status status =
        health ? health->status
               : (device.enabled ? DeviceHealth::Status::Waiting : DeviceHealth::Status::Disabled);
    t.add(tr("Status"), DeviceLabels::status(status), DeviceLabels::statusColor(status).name());
    t.add(tr("Bus"), tr("%1 · %2").arg(device.port, DeviceLabels::protocol(device.protocol)));
    t.add(tr("Address"), device.address);
    t.add(tr("Interval"), tr("%1, timeout %2 ms")
                              .arg(DeviceLabels::interval(device.pollIntervalMs))
                              .arg(device.timeoutMs));
    if (health) {
        t.add(tr("Last seen"),
              health->lastSeenMs > 0 ? Labels::dateTime(health->lastSeenMs) : tr("never"));
        t.add(tr("Next poll"),
              health->nextPollMs > 0 ? Labels::dateTime(health->nextPollMs) : QString());
        t.add(tr("Round trip"), health->lastRttMs < 0
                                    ? QString()
                                    : tr("%1 ms, average %2 ms")
                                          .arg(health->lastRttMs)
                                          .arg(QLocale().toString(health->avgRttMs, 'f', 1)));
        t.add(tr("Polls"), tr("%1, %2 good").arg(count(health->polls), count(health->good)));
        t.add(tr("Errors"), tr("%1 timeouts · %2 bad frames · %3 exceptions")
                                .arg(count(health->timeouts), count(health->badFrames),
                                     count(health->exceptions)));
        if (!health->lastError.isEmpty())
            t.add(tr("Last error"),
                  tr("%1 (%2)").arg(health->lastError, Labels::dateTime(health->lastErrorMs)),
                  status == DeviceHealth::Status::Ok ? QString() : QStringLiteral("#c41d1d"));
    }
    m_body->setText(t.html());
    if (reading) {
        m_readings->setReading(*reading);
        return;
    }
    m_readings->clear(testing ? tr("Test read running: waiting for the first reply…")
                              : tr("No reading yet."));
}

void DeviceDetailView::showBus(const QString &busId,
                               const std::optional<acquisition::BusStatus> &bus, int deviceCount)
{
    m_title->setText(busId.isEmpty() ? tr("(no port)") : busId.toHtmlEscaped());
    FieldTable t;
    if (bus) {
        t.add(tr("Kind"), DeviceLabels::busKind(bus->kind));
        t.add(tr("State"), bus->open ? tr("Open") : tr("Closed"),
              DeviceLabels::busColor(bus->open).name());
        t.add(tr("Sent"), DeviceLabels::bytes(bus->bytesTx));
        t.add(tr("Received"), DeviceLabels::bytes(bus->bytesRx));
        t.add(tr("Devices"), QString::number(deviceCount));
        t.add(tr("Detail"), bus->detail);
    } else {
        t.add(tr("State"), tr("Not opened yet"));
        t.add(tr("Devices"), QString::number(deviceCount));
    }
    m_body->setText(t.html());
    m_readings->clear(tr("Select one of its devices to see its last reading."));
}

} // namespace vocsync::ui
