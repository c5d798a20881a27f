#include "ui/collapsiblesection.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace Plugboard {

CollapsibleSection::CollapsibleSection(QWidget* content, QWidget* parent)
    : QWidget(parent)
    , m_header(new QToolButton(this))
    , m_content(content)
{
    m_header->setCheckable(true);
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QFont font = m_header->font();
    font.setBold(true);
    m_header->setFont(font);
    // clicked, not toggled: only a person's click counts as a choice.
    connect(m_header, &QToolButton::clicked, this, [this](bool checked) {
        showExpansion(checked);
        Q_EMIT expandedByUser(checked);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header, 0, Qt::AlignLeft);
    layout->addWidget(m_content);
    showExpansion(false);
}

CollapsibleSection::~CollapsibleSection() = default;

void CollapsibleSection::setTitle(const QString& title)
{
    m_header->setText(title);
    m_header->setAccessibleName(title);
}

QString CollapsibleSection::title() const
{
    return m_header->text();
}

void CollapsibleSection::setExpanded(bool expanded)
{
    showExpansion(expanded);
}

bool CollapsibleSection::isExpanded() const
{
    return m_header->isChecked();
}

void CollapsibleSection::showExpansion(bool expanded)
{
    m_header->setChecked(expanded);
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_content->setVisible(expanded);
}

} // namespace Plugboard
