#pragma once

#include "vocsync/alarms/alarmstore.h"
#include "vocsync/core/plant.h"
#include "vocsync/core/result.h"

#include <QWidget>

#include <cstdint>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace vocsync::ui {

class AlarmFilterModel;
class AlarmHistoryLoader;
class AlarmTableModel;

/// The alarm history: a search over every stored alarm by time range (station zone),
/// enterprise, type, who acknowledged and text, run off the GUI thread; the result as a table
/// with counts, and an export to CSV (UTF-8 with BOM, for Excel).
class AlarmHistoryPage : public QWidget
{
    Q_OBJECT
public:
    AlarmHistoryPage(const QString &dbPath, const Plant &plant, QWidget *parent = nullptr);
    ~AlarmHistoryPage() override;

    AlarmTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    /// The query the form describes, and the reverse (fills the form).
    alarms::AlarmQuery query() const;
    void setQuery(const alarms::AlarmQuery &query);
    /// Sets the range to the last `days` station days up to the end of today.
    void setLastDays(int days);
    bool isSearching() const;
    /// The counts line under the form ("124 alarms · 报警 12 · ...").
    QString summary() const;

    /// Writes the alarms shown (in the table's order) as CSV.
    Status exportCsv(const QString &path) const;

public slots:
    void search();
    /// Asks for a file name and exports.
    void exportWithDialog();

signals:
    /// A search finished; `error` is empty on success.
    void searchFinished(int count, const QString &error);

protected:
    /// Each time the page is shown it searches again, so new alarms are in the list.
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createForm();
    void updateSummary(const QString &error, bool truncated);

    AlarmHistoryLoader *m_loader;
    AlarmTableModel *m_model;
    AlarmFilterModel *m_sorter;
    QTableView *m_table;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_enterprise = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_ackBy = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_search = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary;
    int m_limit = 10000;
};

} // namespace vocsync::ui
