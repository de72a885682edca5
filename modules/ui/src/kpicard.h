#pragma once

#include <QFrame>

class QLabel;

namespace vocsync::ui {

/// One figure of the overview's summary row: a title, a large value and a caption, with an
/// accent colour that says what kind of figure it is.
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    explicit KpiCard(const QColor &accent, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setValue(const QString &value);
    void setCaption(const QString &caption);
    QString value() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_accent;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace vocsync::ui
