#include "ui/elidedlabel.h"

#include <QResizeEvent>

namespace Plugboard {

ElidedLabel::ElidedLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setTextInteractionFlags(Qt::NoTextInteraction);
    // May be narrower than its text: the card's width decides, not a long name.
    setMinimumWidth(1);
}

ElidedLabel::~ElidedLabel() = default;

void ElidedLabel::setFullText(const QString& text, const QString& toolTip)
{
    m_fullText = text;
    m_toolTip = toolTip;
    elide();
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const QString shown
        = fontMetrics().elidedText(m_fullText, Qt::ElideRight, std::max(1, contentsRect().width()));
    if (shown != text())
        setText(shown);
    if (!m_toolTip.isEmpty())
        setToolTip(m_toolTip);
    else
        setToolTip(shown == m_fullText ? QString() : m_fullText);
}

} // namespace Plugboard
