#pragma once

#include <QSortFilterProxyModel>

namespace vocsync::ui {

/// The rows of the HJ 212 packet log that PacketLogView shows: one transmitter's (by MN) or
/// all, optionally only the rejected ones.
class PacketFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /// Empty: every packet, also those whose MN could not be read.
    void setMn(const QString &mn);
    QString mn() const { return m_mn; }
    void setErrorsOnly(bool on);
    bool errorsOnly() const { return m_errorsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_mn;
    bool m_errorsOnly = false;
};

} // namespace vocsync::ui
