#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace vocsync::ui {

/// Title and subtitle on top of every page, with room on the right for page controls.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PageHeader(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    /// Adds a widget to the right end of the header.
    void addTrailingWidget(QWidget *widget);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_trailing;
};

} // namespace vocsync::ui
