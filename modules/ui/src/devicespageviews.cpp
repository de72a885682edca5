// DevicesPage, part 2: how the tree, the detail card, the actions and the summary follow the
// model and the selection.
#include "vocsync/ui/devicespage.h"

#include "devicedetailview.h"
#include "devicelabels.h"
#include "vocsync/ui/deviceeditdialog.h"
#include "vocsync/ui/models/devicetablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>

#include <algorithm>
#include <map>

namespace vocsync::ui {

using Model = DeviceTableModel;
using acquisition::DeviceHealth;

void DevicesPage::fitColumns()
{
    QHeaderView *h = m_tree->header();
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    h->setStretchLastSection(true);
    h->setMinimumSectionSize(40);
    const QFontMetrics fm(m_tree->font());
    QFont bold = m_tree->font();
    bold.setWeight(QFont::DemiBold); // the style sheet's header sections
    const QFontMetrics headerFm(bold);
    // The widest line of a header (English ones break over two lines) plus its padding.
    const auto headerWidth = [&](int column) {
        int w = 0;
        for (const QString &line :
             m_model->headerData(column, Qt::Horizontal).toString().split(QLatin1Char('\n')))
            w = std::max(w, headerFm.horizontalAdvance(line));
        return w + 12;
    };
    const auto fit = [&](int column, const QStringList &samples, int padding) {
        int w = headerWidth(column);
        for (const QString &s : samples)
            w = std::max(w, fm.horizontalAdvance(s) + padding);
        h->resizeSection(column, w);
    };
    QStringList statuses;
    for (int s = 0; s <= static_cast<int>(DeviceHealth::Status::Disabled); ++s)
        statuses << DeviceLabels::status(static_cast<DeviceHealth::Status>(s));
    // The badge: its text at 0.9 size, 20 px of padding, 6 px from the cell's edge.
    fit(Model::StatusColumn, statuses, 24);
    fit(Model::LastSeenColumn, {QStringLiteral("12-31 23:59:59")}, 14);
    fit(Model::RttColumn, {QStringLiteral("999 / 999")}, 12);
    fit(Model::PollsColumn, {QStringLiteral("99,999")}, 12);
    fit(Model::GoodColumn, {QStringLiteral("100.0 %")}, 12);
    for (int c : {Model::TimeoutsColumn, Model::BadFramesColumn, Model::ExceptionsColumn})
        fit(c, {QStringLiteral("9,999")}, 12);
}

void DevicesPage::fitContentColumns()
{
    // Ids, models and addresses vary in length: those columns follow the device rows (bus
    // rows span the row and need no column of their own).
    QHeaderView *h = m_tree->header();
    for (int c : {Model::IdColumn, Model::ModelColumn, Model::ProtocolColumn, Model::AddressColumn,
                  Model::IntervalColumn}) {
        const QFont font = m_tree->font();
        QFont bold = font;
        bold.setWeight(QFont::DemiBold);
        int width = QFontMetrics(bold).horizontalAdvance(
                        m_model->headerData(c, Qt::Horizontal).toString()) +
                    12;
        for (int bus = 0; bus < m_model->rowCount(); ++bus) {
            const QModelIndex parent = m_model->index(bus, 0);
            for (int row = 0; row < m_model->rowCount(parent); ++row) {
                const QString text = m_model->index(row, c, parent).data().toString();
                width = std::max(width, QFontMetrics(font).horizontalAdvance(text) + 12);
            }
        }
        if (c == Model::IdColumn)
            width += 2 * m_tree->indentation();
        h->resizeSection(c, std::min(width, c == Model::ModelColumn ? 140 : 200));
    }
}

void DevicesPage::updateActions()
{
    const Device *device = m_model->device(selectedDeviceId());
    const bool polled = device && device->isPolled();
    m_edit->setEnabled(polled);
    m_remove->setEnabled(device != nullptr);
    m_test->setEnabled(polled);
    m_edit->setToolTip(device && !polled ? tr("Simulated and HJ 212 devices are configured in "
                                              "the plant file")
                                         : QString());
}

void DevicesPage::updateDetail()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        m_detail->showNothing();
        return;
    }
    if (current.data(Model::IsBusRole).toBool()) {
        const QString busId = current.data(Model::BusIdRole).toString();
        m_detail->showBus(busId, m_model->bus(busId),
                          m_model->rowCount(current.siblingAtColumn(0)));
        return;
    }
    const Device *device = m_model->device(current.data(Model::DeviceIdRole).toString());
    if (!device) {
        m_detail->showNothing();
        return;
    }
    const bool testing = !m_testId.isEmpty();
    const auto reading = m_lastReading.constFind(testing ? m_testId : device->id);
    m_detail->showDevice(*device, current.siblingAtColumn(Model::ModelColumn).data().toString(),
                         m_model->health(device->id),
                         reading == m_lastReading.constEnd() ? nullptr : &*reading, testing);
}

void DevicesPage::updateSummary()
{
    std::map<DeviceHealth::Status, int> counts;
    int polled = 0;
    for (const Device &d : m_model->devices()) {
        if (const auto s = m_model->status(d.id)) {
            ++counts[*s];
            ++polled;
        }
    }
    QStringList parts;
    for (const auto &[status, n] : counts) {
        parts << QStringLiteral("<span style='color:%1'>●</span> %2 %3")
                     .arg(DeviceLabels::statusColor(status).name())
                     .arg(n)
                     .arg(DeviceLabels::status(status).toHtmlEscaped());
    }
    const QString head = tr("%n polled device(s)", nullptr, polled);
    const QString joined = parts.join(QStringLiteral(" · "));
    m_summary->setText(parts.isEmpty() ? head : tr("%1: %2").arg(head, joined));
}

} // namespace vocsync::ui
