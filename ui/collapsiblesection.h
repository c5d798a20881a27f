#pragma once

#include <QWidget>

class QToolButton;

namespace Plugboard {

/// A header button with an arrow and a content widget below it that the
/// header shows and hides ("▸ More platforms (12)").
class CollapsibleSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollapsibleSection)

public:
    /// Takes ownership of `content`.
    explicit CollapsibleSection(QWidget* content, QWidget* parent = nullptr);
    ~CollapsibleSection() override;

    void setTitle(const QString& title);
    QString title() const;
    void setExpanded(bool expanded);
    bool isExpanded() const;
    QToolButton* header() const { return m_header; }

Q_SIGNALS:
    /// The user opened or closed the section (not emitted for setExpanded()).
    void expandedByUser(bool expanded);

private:
    void showExpansion(bool expanded);

    QToolButton* m_header = nullptr;
    QWidget* m_content = nullptr;
};

} // namespace Plugboard
