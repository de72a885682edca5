#include "kpicard.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace vocsync::ui {

namespace {
constexpr int kAccentWidth = 4;
}

KpiCard::KpiCard(const QColor &accent, QWidget *parent)
    : QFrame(parent), m_accent(accent), m_title(new QLabel(this)), m_value(new QLabel(this)),
      m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("card"));
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_value->setObjectName(QStringLiteral("cardValue"));
    m_caption->setObjectName(QStringLiteral("cardCaption"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18 + kAccentWidth, 12, 16, 12);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    setMinimumWidth(180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void KpiCard::setTitle(const QString &title)
{
    m_title->setText(title);
}

void KpiCard::setValue(const QString &value)
{
    m_value->setText(value);
}

void KpiCard::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

QString KpiCard::value() const
{
    return m_value->text();
}

void KpiCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // The accent strip inside the rounded border, left edge.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(m_accent);
    p.drawRoundedRect(QRectF(1, 1, kAccentWidth + 2, height() - 2), 3, 3);
    p.drawRect(QRectF(4, 1, kAccentWidth - 1, height() - 2));
}

} // namespace vocsync::ui
