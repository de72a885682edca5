#pragma once

#include <QSortFilterProxyModel>

namespace vocsync::ui {

/// The frame log's bus and device filters (empty: any).
class FrameFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setBus(const QString &busId);
    void setDevice(const QString &deviceId);
    QString bus() const { return m_bus; }
    QString device() const { return m_device; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_bus;
    QString m_device;
};

} // namespace vocsync::ui
