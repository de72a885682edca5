#pragma once

#include "vocsync/acquisition/devicehealth.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace vocsync::ui {

class DeviceReadingModel;

/// The values one poll decoded, as a table under a caption saying when it was read, how long
/// the poll took and the PT/CT ratios applied (the device editor's test read, the devices
/// page's detail card).
class DeviceReadingView : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceReadingView(QWidget *parent = nullptr);

    DeviceReadingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString caption() const;
    /// Name and value only, the value taking the width left (a narrow card): the key is for
    /// template authors and the status for a test read. A value that failed shows a red dash
    /// with the error as its tooltip, and the caption counts them.
    void setCompact(bool compact);

public slots:
    void setReading(const vocsync::acquisition::Reading &reading);
    /// Empties the table and shows `message` as the caption.
    void clear(const QString &message);

private:
    DeviceReadingModel *m_model;
    QLabel *m_caption;
    QTableView *m_table;
    bool m_compact = false;
};

} // namespace vocsync::ui
