#include "sidebar.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace vocsync::ui {

SideBar::SideBar(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("sideBar"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedWidth(200);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/vocsync.svg")).pixmap(QSize(34, 34)));
    auto *title = new QLabel(QStringLiteral("VocSync"), this);
    title->setObjectName(QStringLiteral("brandTitle"));
    auto *subtitle = new QLabel(tr("VOC treatment supervision"), this);
    subtitle->setObjectName(QStringLiteral("brandSubtitle"));
    subtitle->setWordWrap(true);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(title);
    names->addWidget(subtitle);
    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(16, 18, 12, 18);
    brand->setSpacing(10);
    brand->addWidget(logo);
    brand->addLayout(names, 1);

    m_list->setObjectName(QStringLiteral("navigation"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_list, &QListWidget::currentRowChanged, this, &SideBar::currentPageChanged);

    auto *version = new QLabel(tr("Version %1").arg(QCoreApplication::applicationVersion()), this);
    version->setObjectName(QStringLiteral("brandSubtitle"));
    version->setContentsMargins(16, 8, 8, 12);
    version->setVisible(!QCoreApplication::applicationVersion().isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(brand);
    layout->addWidget(m_list, 1);
    layout->addWidget(version);
}

void SideBar::addPage(const QIcon &icon, const QString &text)
{
    m_list->addItem(new QListWidgetItem(icon, text));
}

void SideBar::setCurrentPage(int page)
{
    m_list->setCurrentRow(page);
}

int SideBar::currentPage() const
{
    return m_list->currentRow();
}

} // namespace vocsync::ui
