#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QStackedLayout;
class QTreeView;

namespace vocsync::ui {

class KpiCard;
class PlantStatusModel;

/// The inspector's start page: summary figures of the plant and the enterprise/facility tree
/// with live state badges. Double-clicking a facility asks for its trend.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(PlantStatusModel *model, QWidget *parent = nullptr);

    /// Updates the station clock in the header.
    void setNow(std::int64_t nowMs);
    QTreeView *tree() const { return m_tree; }

signals:
    void facilityActivated(const QString &facilityId);

private:
    void updateSummary();
    void updateEmptyState();
    void resizeColumns();

    PlantStatusModel *m_model;
    QLabel *m_clock;
    KpiCard *m_enterprises;
    KpiCard *m_production;
    KpiCard *m_treatment;
    KpiCard *m_noData;
    QTreeView *m_tree;
    QLabel *m_empty;
    QStackedLayout *m_body;
};

} // namespace vocsync::ui
