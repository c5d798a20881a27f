#include "ui/visualtaborder.h"

#include <QWidget>

#include <algorithm>

namespace Plugboard::VisualTabOrder {

namespace {

/// Widgets whose tops differ by less than this sit on one line.
constexpr int kSameLine = 8;

bool takesTabFocus(const QWidget* widget, const QWidget* root)
{
    // An open dialog parented to the window is another window: Tab never
    // crosses into it (and Qt refuses to chain across windows).
    return widget->window() == root->window() && (widget->focusPolicy() & Qt::TabFocus)
        && widget->isVisibleTo(root) && widget->isEnabled() && !widget->focusProxy();
}

} // namespace

void apply(QWidget* root)
{
    struct Stop
    {
        QWidget* widget;
        QPoint at;
    };
    QList<Stop> stops;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (takesTabFocus(widget, root))
            stops.append({ widget, widget->mapTo(root, QPoint(0, 0)) });
    }
    std::stable_sort(stops.begin(), stops.end(), [](const Stop& a, const Stop& b) {
        if (std::abs(a.at.y() - b.at.y()) >= kSameLine)
            return a.at.y() < b.at.y();
        return a.at.x() < b.at.x();
    });
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1).widget, stops.at(i).widget);
}

} // namespace Plugboard::VisualTabOrder
