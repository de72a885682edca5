#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace vocsync::ui {

class AlarmTableModel;

/// The red strip on top of the main window while an alarm-level alarm (报警) is active: the
/// newest one, where and what, and how many more; clicking it opens the alarm panel on it.
/// Hidden while there is none.
class AlarmBanner : public QFrame
{
    Q_OBJECT
public:
    explicit AlarmBanner(const AlarmTableModel *alarms, QWidget *parent = nullptr);

    /// The alarm shown, or 0 when the banner is hidden.
    qint64 alarmId() const { return m_alarmId; }
    QString text() const;

public slots:
    void update();

signals:
    void activated(qint64 alarmId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    const AlarmTableModel *m_alarms;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_more;
    QPushButton *m_open;
    QString m_fullText;
    qint64 m_alarmId = 0;
};

} // namespace vocsync::ui
