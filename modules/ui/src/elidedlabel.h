#pragma once

#include <QLabel>

namespace vocsync::ui {

/// A one-line label that shows as much of its text as fits, with "…" where it is cut, and the
/// whole text in its tooltip (a command outcome or a rejection beside buttons, which must not
/// push them or be cut mid-glyph).
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_text; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_text;
};

} // namespace vocsync::ui
