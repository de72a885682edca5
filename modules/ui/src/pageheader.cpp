#include "pageheader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace vocsync::ui {

PageHeader::PageHeader(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_trailing(new QHBoxLayout)
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    // Long subtitles wrap instead of widening the window.
    m_subtitle->setWordWrap(true);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_subtitle);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(text, 1);
    m_trailing->setSpacing(8);
    layout->addLayout(m_trailing);
}

void PageHeader::setTitle(const QString &title)
{
    m_title->setText(title);
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void PageHeader::addTrailingWidget(QWidget *widget)
{
    m_trailing->addWidget(widget, 0, Qt::AlignBottom);
}

} // namespace vocsync::ui
