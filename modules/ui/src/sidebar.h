#pragma once

#include <QWidget>

class QListWidget;

namespace vocsync::ui {

/// The dark navigation column on the left: product name and one entry per page.
class SideBar : public QWidget
{
    Q_OBJECT
public:
    explicit SideBar(QWidget *parent = nullptr);

    void addPage(const QIcon &icon, const QString &text);
    void setCurrentPage(int page);
    int currentPage() const;

signals:
    void currentPageChanged(int page);

private:
    QListWidget *m_list;
};

} // namespace vocsync::ui
